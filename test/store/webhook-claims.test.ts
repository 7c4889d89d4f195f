import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  claimDueDeliveries,
  insertDeliveries,
  listDeliveries,
  markAttemptFailed,
  requeueDelivery,
} from '../../src/store/repositories/webhook-deliveries.js';
import { insertEndpoint } from '../../src/store/repositories/webhook-endpoints.js';
import type { WebhookEndpointRecord } from '../../src/store/records.js';
import { useStore } from '../helpers/suite-store.js';
import { numberedDelivery } from '../helpers/webhook-rows.js';

/**
 * The sender's claim: each endpoint's due deliveries, oldest first, no more in flight per endpoint
 * than allowed (counting what other claims hold), each claimed once until its lease runs out.
 */
describe('claiming due webhook deliveries', () => {
  const store = useStore({ poolSize: 2 });
  const start = new Date('2026-12-08T12:00:00.000Z');
  const later = (ms: number) => new Date(start.getTime() + ms);
  const LEASE_MS = 60_000;
  const claim = (now: Date, options: { readonly limit?: number; readonly perEndpoint?: number } = {}) =>
    store.db.transaction().execute((tx) =>
      claimDueDeliveries(tx, {
        now,
        leaseUntil: new Date(now.getTime() + LEASE_MS),
        limit: options.limit ?? 50,
        perEndpoint: options.perEndpoint ?? 2,
      }),
    );
  const endpoint = (id: string, fields: Partial<WebhookEndpointRecord> = {}): WebhookEndpointRecord => ({
    id,
    url: `https://${id}.example/hook`,
    events: '*',
    description: '',
    disabled: false,
    disabledReason: null,
    disabledBy: null,
    clientId: null,
    created: start,
    secretSealed: 'sealed',
    previousSecretSealed: null,
    previousSecretUntil: null,
    failingSince: null,
    ...fields,
  });
  const names = (claimed: readonly { readonly eventId: string }[]) => claimed.map((d) => d.eventId);

  it("takes each endpoint's oldest due deliveries, up to its room, and none of a disabled endpoint", async () => {
    await insertEndpoint(store.db, endpoint('wh_busy'));
    await insertEndpoint(store.db, endpoint('wh_quiet'));
    await insertEndpoint(
      store.db,
      endpoint('wh_off', { disabled: true, disabledReason: 'off', disabledBy: 'operator' }),
    );
    for (let n = 1; n <= 6; n++) await insertDeliveries(store.db, [numberedDelivery('wh_busy', n)], later(n));
    await insertDeliveries(store.db, [numberedDelivery('wh_quiet', 1)], later(3_500));
    await insertDeliveries(store.db, [numberedDelivery('wh_off', 1)], later(0));
    // Not due yet: queued after the claim's now.
    await insertDeliveries(store.db, [numberedDelivery('wh_quiet', 2)], later(20_000));

    const first = await claim(later(10_000));
    assert.deepEqual(
      names(first),
      ['evt_wh_busy_1', 'evt_wh_busy_2', 'evt_wh_quiet_1'],
      'oldest first, 2 per endpoint',
    );
    assert.deepEqual(
      first.map((d) => [d.attempts, d.nextAttemptAt.toISOString(), d.url]),
      [
        [1, later(10_000 + LEASE_MS).toISOString(), 'https://wh_busy.example/hook'],
        [1, later(10_000 + LEASE_MS).toISOString(), 'https://wh_busy.example/hook'],
        [1, later(10_000 + LEASE_MS).toISOString(), 'https://wh_quiet.example/hook'],
      ],
      'each claim counts as an attempt, due again when its lease runs out',
    );

    // The first claims still hold their leases: the busy endpoint has no room, another claim takes nothing more of it.
    assert.deepEqual(names(await claim(later(11_000))), []);

    // One attempt ends (a retry later): its slot is free again, and the next oldest goes.
    const [busy1] = first;
    assert.ok(busy1);
    await markAttemptFailed(store.db, busy1, { statusCode: 500, error: 'http_500', nextAttemptAt: later(30_000) });
    assert.deepEqual(names(await claim(later(12_000))), ['evt_wh_busy_3']);

    // The limit across endpoints: the oldest due first, whichever endpoint they are for.
    assert.deepEqual(names(await claim(later(25_000), { limit: 2, perEndpoint: 4 })), [
      'evt_wh_busy_4',
      'evt_wh_busy_5',
    ]);
    assert.deepEqual(names(await claim(later(26_000), { limit: 2, perEndpoint: 4 })), ['evt_wh_quiet_2']);
  });

  it('a lease that ran out (the attempt was never recorded) makes its delivery due again', async () => {
    await insertEndpoint(store.db, endpoint('wh_lost'));
    await insertDeliveries(store.db, [numberedDelivery('wh_lost', 1)], start);
    const [taken] = await claim(later(1_000), { perEndpoint: 1 });
    assert.equal(taken?.eventId, 'evt_wh_lost_1');
    assert.deepEqual(names(await claim(later(30_000), { perEndpoint: 1 })), [], 'in flight while leased');
    const [again] = await claim(later(1_000 + LEASE_MS + 1), { perEndpoint: 1 });
    assert.deepEqual([again?.eventId, again?.attempts], ['evt_wh_lost_1', 2]);
  });

  it('a delivery queued again while in flight stays with its attempt until the lease ends', async () => {
    await insertEndpoint(store.db, endpoint('wh_requeued'));
    await insertDeliveries(store.db, [numberedDelivery('wh_requeued', 1)], start);
    const [taken] = await claim(later(1_000), { perEndpoint: 4 });
    assert.ok(taken);
    await requeueDelivery(store.db, taken.id, later(2_000));
    assert.deepEqual(
      names(await claim(later(3_000), { perEndpoint: 4 })),
      [],
      'no second attempt while the first runs',
    );
    const [listed] = await listDeliveries(store.db, { webhookId: 'wh_requeued' }, { limit: 1 });
    assert.equal(listed?.nextAttemptAt.toISOString(), later(1_000 + LEASE_MS).toISOString());
  });
});
