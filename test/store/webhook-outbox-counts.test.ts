import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  countFailedDeliveries,
  deliveryBacklog,
  insertDeliveries,
  markDelivered,
  pendingByEndpoint,
  requeueDelivery,
  listDeliveries,
  markAttemptFailed,
} from '../../src/store/repositories/webhook-deliveries.js';
import { useStore } from '../helpers/suite-store.js';
import { numberedDelivery } from '../helpers/webhook-rows.js';

/**
 * What the webhook outbox counts by status — an endpoint's waiting deliveries (the backlog
 * limit), the waiting and the failed for the overview and metrics — stays right as deliveries
 * move between statuses: the indexes these counts read hold one status each where the database
 * has partial indexes.
 */
describe('the webhook outbox counts by status', () => {
  const store = useStore({ poolSize: 2 });
  const at = new Date('2026-12-07T12:00:00.000Z');
  /** Queues a delivery and fails it for good at once (its last retry). */
  const failed = async (webhookId: string, n: number, queuedAt: Date) => {
    await insertDeliveries(store.db, [numberedDelivery(webhookId, n)], queuedAt);
    const waiting = await listDeliveries(store.db, { webhookId, status: 'pending' }, { limit: 100 });
    const queued = waiting.find((d) => d.eventId === `evt_${webhookId}_${n}`);
    assert.ok(queued);
    await markAttemptFailed(store.db, queued, { statusCode: 500, error: 'http_500', nextAttemptAt: undefined });
  };

  it('counts waiting deliveries per endpoint and in all, and the failed ones', async () => {
    await insertDeliveries(store.db, [numberedDelivery('wh_a', 1), numberedDelivery('wh_b', 1)], at);
    await insertDeliveries(store.db, [numberedDelivery('wh_a', 2)], at);
    await failed('wh_b', 2, at);
    await failed('wh_a', 3, new Date(at.getTime() + 1000));

    assert.deepEqual(
      Object.fromEntries(await pendingByEndpoint(store.db, ['wh_a', 'wh_b', 'wh_c'])),
      { wh_a: 2, wh_b: 1 },
      'waiting per endpoint; one with none is left out',
    );
    const backlog = await deliveryBacklog(store.db);
    assert.equal(backlog.pending, 3);
    assert.equal(backlog.oldest?.toISOString(), at.toISOString());
    assert.equal(await countFailedDeliveries(store.db), 2, 'the two that failed for good');
  });

  it('follows a delivery that is delivered, and a failed one queued again', async () => {
    const [waiting] = await listDeliveries(store.db, { webhookId: 'wh_b', status: 'pending' }, { limit: 10 });
    assert.ok(waiting);
    assert.equal(await markDelivered(store.db, waiting, 200, at), true);
    const [failed] = await listDeliveries(store.db, { webhookId: 'wh_a', status: 'failed' }, { limit: 10 });
    assert.ok(failed);
    await requeueDelivery(store.db, failed.id, at);

    assert.deepEqual(Object.fromEntries(await pendingByEndpoint(store.db, ['wh_a', 'wh_b'])), { wh_a: 3 });
    assert.equal((await deliveryBacklog(store.db)).pending, 3);
    assert.equal(await countFailedDeliveries(store.db), 1);
  });
});
