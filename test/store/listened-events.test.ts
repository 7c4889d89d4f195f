import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { insertAuditWithEvent } from '../../src/store/repositories/audit.js';
import { insertEventIfAnyEndpoint } from '../../src/store/repositories/webhook-events.js';
import { useStore } from '../helpers/suite-store.js';

/**
 * A change's webhook event is queued in the same statement that asks whether anyone listens: one
 * row per change while any endpoint is enabled (the sender fans it out), none while none is; with
 * its audit record, the record is written either way (on PostgreSQL the two are one statement).
 */
describe('queueing an event only when an endpoint listens', () => {
  const store = useStore();
  const at = new Date('2026-12-07T10:00:00.000Z');

  const queue = (type: string) =>
    store.transaction((tx) =>
      insertEventIfAnyEndpoint(tx, () => ({
        eventId: randomUUID(),
        type,
        tenantId: 42,
        clientId: null,
        payload: JSON.stringify({ type, data: { portalName: 'listened' } }),
        created: at,
      })),
    );
  const queued = async (type: string) =>
    store.db.selectFrom('webhook_events').select(['type', 'tenant_id', 'payload']).where('type', '=', type).execute();
  const endpoint = (disabled: number) =>
    store.db
      .insertInto('webhook_endpoints')
      .values({
        id: randomUUID(),
        url: 'https://hooks.example.com/in',
        events: '*',
        description: '',
        disabled,
        disabled_reason: disabled === 1 ? 'test' : null,
        disabled_by: disabled === 1 ? 'operator' : null,
        client_id: null,
        created_at: at,
        secret_sealed: 'sealed',
        previous_secret_sealed: null,
        previous_secret_until: null,
        failing_since: null,
      })
      .execute();

  /** An audit record with its change's event (on PostgreSQL one statement). */
  const recordWithEvent = (type: string) =>
    store.transaction((tx) =>
      insertAuditWithEvent(
        tx,
        {
          at,
          action: type,
          actorType: 'operator',
          actorId: 'listened-test',
          actorIp: null,
          tenantId: 42,
          portalName: 'listened',
          clientId: null,
          requestId: null,
          changes: '{}',
        },
        () => ({
          eventId: randomUUID(),
          type,
          tenantId: 42,
          clientId: null,
          payload: JSON.stringify({ type }),
          created: at,
        }),
      ),
    );
  const audited = async (action: string) =>
    (await store.db.selectFrom('audit_log').select('action').where('action', '=', action).execute()).length;

  it('queues nothing while no endpoint exists, or only a disabled one', async () => {
    await recordWithEvent('portal.auditedalone');
    assert.equal(await audited('portal.auditedalone'), 1, 'the audit record is written all the same');
    assert.equal((await queued('portal.auditedalone')).length, 0);
    await queue('portal.none');
    assert.equal((await queued('portal.none')).length, 0);
    await endpoint(1);
    await queue('portal.disabledonly');
    assert.equal((await queued('portal.disabledonly')).length, 0);
  });

  it('queues one row per change, however many endpoints are enabled', async () => {
    await endpoint(0);
    await endpoint(0);
    await recordWithEvent('portal.auditedlistened');
    assert.equal(await audited('portal.auditedlistened'), 1);
    assert.equal((await queued('portal.auditedlistened')).length, 1);
    await queue('portal.listened');
    const rows = await queued('portal.listened');
    assert.equal(rows.length, 1);
    assert.equal(Number(rows[0]?.tenant_id), 42);
    assert.deepEqual(JSON.parse(rows[0]?.payload ?? '{}'), {
      type: 'portal.listened',
      data: { portalName: 'listened' },
    });
  });
});
