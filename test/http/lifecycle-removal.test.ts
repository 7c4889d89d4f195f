import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { DAY_MS, HOUR_MS, MINUTE_MS } from '../../src/domain/time.js';
import { createTestClient, type TestClient } from '../helpers/client-auth.js';
import { runPolicy } from '../helpers/lifecycle.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { registerPortal } from '../helpers/builders.js';

/**
 * Reversible removal: a removal scheduled with `at` (shown on the portal, cancelled, carried out
 * on time), restore of a removed portal as it was, and protection against removal.
 */
describe('scheduled removal, restore and protection', () => {
  const clock = fixedClock(new Date('2027-06-07T10:00:00.000Z'));
  let server: TestServer;
  let hook: WebhookReceiver;
  let client: TestClient;
  let other: TestClient;
  before(async () => {
    server = await startTestServer({
      clock,
      env: { WEBHOOK_ALLOW_PRIVATE: 'true', DUE_REMINDER_DAYS: 'none' },
      overrides: { webhooks: { timing: { pollIntervalMs: 50 } } },
    });
    hook = await startWebhookReceiver();
    const created = await server.call('POST', 'webhook/create', {
      auth: true,
      json: { url: hook.url, events: ['portal.restored', 'portal.removed'] },
    });
    assert.equal(created.status, 201, created.text);
    client = await createTestClient(server);
    other = await createTestClient(server);
  });
  after(async () => {
    await hook.close();
    await server.close({ drop: true });
  });

  const get = async (tenantId: number) => {
    const res = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(tenantId), status: 'all' },
    });
    assert.equal(res.status, 200, res.text);
    return res.body.tenants[0];
  };
  const remove = (query: Record<string, string>, auth: boolean | string = true) =>
    server.call('DELETE', 'portal/remove', { auth, query });
  const actions = async (tenantId: number) =>
    (await server.call('GET', 'audit/list', { auth: true, query: { tenantId: String(tenantId) } })).body
      .events as Array<{
      action: string;
      actor: { type: string; id: string | null };
      changes: Record<string, unknown[]>;
    }>;

  describe('removal at a time', () => {
    it('schedules the removal, shows it on the portal, and carries it out on time', async () => {
      const tenant = await registerPortal(server);
      const at = new Date(clock.now().getTime() + 2 * DAY_MS);
      const scheduled = await remove({ portalName: tenant.portalName, at: at.toISOString() });
      assert.equal(scheduled.status, 200, scheduled.text);
      assert.equal(scheduled.body.removed, false);
      assert.equal(scheduled.body.tenant.status, 'Active');
      assert.equal(scheduled.body.tenant.removalScheduledAt, at.toISOString());
      assert.equal((await get(tenant.tenantId)).removalScheduledAt, at.toISOString());
      const [record] = await actions(tenant.tenantId);
      assert.equal(record?.action, 'portal.scheduleremoval');
      assert.deepEqual(record?.changes, { removalScheduledAt: [null, at.toISOString()] });

      clock.advance(2 * DAY_MS - MINUTE_MS);
      await runPolicy(server);
      assert.equal((await get(tenant.tenantId)).status, 'Active', 'a minute early: kept');
      clock.advance(2 * MINUTE_MS);
      const run = await runPolicy(server);
      assert.equal(run?.removedScheduled, 1);
      const removed = await get(tenant.tenantId);
      assert.equal(removed.status, 'RemovePending');
      assert.equal(removed.removalScheduledAt, null);
      const [done] = await actions(tenant.tenantId);
      assert.equal(done?.action, 'portal.remove');
      assert.deepEqual(done?.actor, { type: 'system', id: 'scheduled-removal', ip: null });
      assert.deepEqual(done?.changes, {
        status: ['Active', 'RemovePending'],
        removalScheduledAt: [at.toISOString(), null],
      });
      await hook.waitFor(
        () =>
          hook.matching((b) => b?.type === 'portal.removed' && b.data.tenant.tenantId === tenant.tenantId).length === 1,
      );
    });

    it('cancels a scheduled removal by name or id (and a cancel with none scheduled changes nothing)', async () => {
      const tenant = await registerPortal(server);
      const at = new Date(clock.now().getTime() + DAY_MS).toISOString();
      assert.equal((await remove({ tenantId: String(tenant.tenantId), at })).status, 200);
      const cancelled = await server.call('POST', 'portal/cancelremoval', {
        auth: true,
        json: { portalName: tenant.portalName },
      });
      assert.equal(cancelled.status, 200, cancelled.text);
      assert.equal(cancelled.body.tenant.removalScheduledAt, null);
      const again = await server.call('POST', 'portal/cancelremoval', {
        auth: true,
        json: { tenantId: tenant.tenantId },
      });
      assert.equal(again.status, 200, again.text);
      assert.deepEqual((await actions(tenant.tenantId)).map((r) => r.action).slice(0, 2), [
        'portal.cancelremoval',
        'portal.scheduleremoval',
      ]);
      clock.advance(2 * DAY_MS);
      await runPolicy(server);
      assert.equal((await get(tenant.tenantId)).status, 'Active');
    });

    it('refuses a time that is not in the future or not a date', async () => {
      const tenant = await registerPortal(server);
      for (const at of [new Date(clock.now().getTime() - HOUR_MS).toISOString(), 'next tuesday']) {
        const res = await remove({ tenantId: String(tenant.tenantId), at });
        assert.equal(res.status, 400, res.text);
        assert.equal(res.body.error, 'params');
        assert.match(res.body.message[0], /^at: /);
      }
      assert.equal((await get(tenant.tenantId)).removalScheduledAt, null);
    });
  });

  describe('restore', () => {
    it('brings a removed portal back as it was, with its owner, tariff and settings', async () => {
      const tenant = await registerPortal(server);
      await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: tenant.tenantId, plan: 'business' } });
      await server.call('POST', 'settings/save', {
        auth: true,
        json: { tenantId: tenant.tenantId, key: 'Theme', value: 'dark' },
      });
      assert.equal((await remove({ tenantId: String(tenant.tenantId) })).status, 200);

      const restored = await server.call('POST', 'portal/restore', { auth: true, json: { tenantId: tenant.tenantId } });
      assert.equal(restored.status, 200, restored.text);
      assert.equal(restored.body.tenant.status, 'Active');
      assert.equal(restored.body.tenant.portalName, tenant.portalName);
      const tariff = await server.call('GET', 'tariff/get', { auth: true, query: { portalName: tenant.portalName } });
      assert.equal(tariff.body.tariff.plan, 'business');
      const setting = await server.call('GET', 'settings/get', {
        auth: true,
        query: { tenantId: String(tenant.tenantId), key: 'Theme' },
      });
      assert.deepEqual(setting.body, { settings: 'dark' });
      const [record] = await actions(tenant.tenantId);
      assert.equal(record?.action, 'portal.restore');
      assert.deepEqual(record?.changes, { status: ['RemovePending', 'Active'] });
      const restoredEvents = () =>
        hook.matching((b) => b?.type === 'portal.restored' && b.data.tenant.tenantId === tenant.tenantId);
      await hook.waitFor(() => restoredEvents().length === 1);
      const [event] = restoredEvents();
      assert.equal(JSON.parse(event?.body ?? '{}').data.tenant.status, 'Active');
    });

    it('brings a suspended portal back suspended, with its reason', async () => {
      const tenant = await registerPortal(server);
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { tenantId: tenant.tenantId, status: 'Suspended', reason: 'audit pending' },
      });
      await remove({ tenantId: String(tenant.tenantId) });
      const restored = await server.call('POST', 'portal/restore', { auth: true, json: { tenantId: tenant.tenantId } });
      assert.equal(restored.status, 200, restored.text);
      assert.equal(restored.body.tenant.status, 'Suspended');
      const row = await server.store.db
        .selectFrom('tenants')
        .select('status_reason')
        .where('id', '=', tenant.tenantId)
        .executeTakeFirst();
      assert.equal(row?.status_reason, 'audit pending');
    });

    it('answers portalNameExist when the name was taken meanwhile, and restores nothing', async () => {
      const tenant = await registerPortal(server);
      await remove({ tenantId: String(tenant.tenantId) });
      await registerPortal(server, { portalName: tenant.portalName });
      const refused = await server.call('POST', 'portal/restore', { auth: true, json: { tenantId: tenant.tenantId } });
      assert.equal(refused.status, 400, refused.text);
      assert.equal(refused.body.error, 'portalNameExist');
      assert.equal((await get(tenant.tenantId)).status, 'RemovePending');
    });

    it('refuses a portal that is not removed, an unknown or purged one, another client’s, and no id', async () => {
      const live = await registerPortal(server);
      const notRemoved = await server.call('POST', 'portal/restore', { auth: true, json: { tenantId: live.tenantId } });
      assert.equal(notRemoved.status, 400);
      assert.deepEqual(notRemoved.body, { error: 'params', message: ['tenantId: the portal is not removed'] });
      const unknown = await server.call('POST', 'portal/restore', { auth: true, json: { tenantId: 99_999_999 } });
      assert.equal(unknown.body.error, 'portalNameNotFound');
      const none = await server.call('POST', 'portal/restore', { auth: true, json: {} });
      assert.equal(none.body.error, 'portalNameEmpty');

      const mine = await registerPortal(server, {}, { auth: client.auth() });
      await remove({ tenantId: String(mine.tenantId) }, client.auth());
      const foreign = await server.call('POST', 'portal/restore', {
        auth: other.auth(),
        json: { tenantId: mine.tenantId },
      });
      assert.equal(foreign.body.error, 'portalNameNotFound');
      const own = await server.call('POST', 'portal/restore', {
        auth: client.auth(),
        json: { tenantId: mine.tenantId },
      });
      assert.equal(own.status, 200, own.text);
      assert.equal(own.body.tenant.clientId, client.clientId);
    });

    it('counts the restored portal against MAX_PORTALS', async () => {
      const limited = await startTestServer({ env: { MAX_PORTALS: '1' } });
      try {
        const first = await limited.call('POST', 'portal/register', { auth: true, json: registration() });
        await limited.call('DELETE', 'portal/remove', {
          auth: true,
          query: { tenantId: String(first.body.tenant.tenantId) },
        });
        const second = await limited.call('POST', 'portal/register', { auth: true, json: registration() });
        assert.equal(second.status, 201);
        const refused = await limited.call('POST', 'portal/restore', {
          auth: true,
          json: { tenantId: first.body.tenant.tenantId },
        });
        assert.equal(refused.body.error, 'portalsCountTooMuch');
      } finally {
        await limited.close({ drop: true });
      }
    });
  });

  describe('protection', () => {
    it('refuses to remove a protected portal (now or at a time) until the flag is lifted', async () => {
      const tenant = await registerPortal(server);
      const at = new Date(clock.now().getTime() + DAY_MS).toISOString();
      assert.equal((await remove({ tenantId: String(tenant.tenantId), at })).status, 200);
      const protectedNow = await server.call('PUT', 'portal/protection', {
        auth: true,
        json: { portalName: tenant.portalName, protected: true },
      });
      assert.equal(protectedNow.status, 200, protectedNow.text);
      assert.equal(protectedNow.body.tenant.protected, true);
      assert.equal(protectedNow.body.tenant.removalScheduledAt, null, 'protecting cancels the scheduled removal');

      const queries: Array<Record<string, string>> = [
        { tenantId: String(tenant.tenantId) },
        { tenantId: String(tenant.tenantId), at },
      ];
      for (const query of queries) {
        const refused = await remove(query);
        assert.equal(refused.status, 400, refused.text);
        assert.deepEqual(refused.body, { error: 'portalProtected', message: 'Portal is protected' });
      }
      const [record] = await actions(tenant.tenantId);
      assert.equal(record?.action, 'portal.protection');
      assert.deepEqual(record?.changes, { protected: [false, true], removalScheduledAt: [at, null] });

      const lifted = await server.call('PUT', 'portal/protection', {
        auth: true,
        form: { tenantId: String(tenant.tenantId), protected: 'false' },
      });
      assert.equal(lifted.body.tenant.protected, false);
      assert.equal((await remove({ tenantId: String(tenant.tenantId) })).status, 200);
    });

    it('lets the client that owns the portal set it; another client’s portal is not found; the flag is required', async () => {
      const tenant = await registerPortal(server, {}, { auth: client.auth() });
      const own = await server.call('PUT', 'portal/protection', {
        auth: client.auth(),
        json: { tenantId: tenant.tenantId, protected: 'yes' },
      });
      assert.equal(own.status, 200, own.text);
      assert.equal(own.body.tenant.protected, true);
      const foreign = await server.call('PUT', 'portal/protection', {
        auth: other.auth(),
        json: { tenantId: tenant.tenantId, protected: false },
      });
      assert.equal(foreign.body.error, 'portalNameNotFound');
      const missing = await server.call('PUT', 'portal/protection', {
        auth: true,
        json: { tenantId: tenant.tenantId },
      });
      assert.deepEqual(missing.body, { error: 'params', message: ['protected: is required (true or false)'] });
      const refused = await remove({ tenantId: String(tenant.tenantId) }, client.auth());
      assert.equal(refused.body.error, 'portalProtected');
    });
  });
});
