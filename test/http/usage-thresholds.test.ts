import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { mailbox, recordingTransport } from '../helpers/lifecycle.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';

/**
 * Usage thresholds (USAGE_ALERTS, default 80,100; a plan's usageAlerts): a usage report that
 * crosses one upwards emits portal.usage_threshold with the figure and the limit, once per
 * crossing; falling 5 points below re-arms it. USAGE_ALERT_MAIL mails the owner too.
 */
describe('usage thresholds', () => {
  let server: TestServer;
  let hook: WebhookReceiver;
  before(async () => {
    server = await startTestServer({
      env: { WEBHOOK_ALLOW_PRIVATE: 'true', USAGE_ALERT_MAIL: 'true' },
      mail: { transport: recordingTransport() },
      overrides: { webhooks: { timing: { pollIntervalMs: 50 } } },
    });
    hook = await startWebhookReceiver();
    const created = await server.call('POST', 'webhook/create', {
      auth: true,
      json: { url: hook.url, events: ['portal.usage_threshold'] },
    });
    assert.equal(created.status, 201, created.text);
  });
  after(async () => {
    await hook.close();
    await server.close({ drop: true });
  });

  const portal = async (email: string) => {
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ email }) });
    assert.equal(res.status, 201, res.text);
    const tenant = res.body.tenant as { tenantId: number; portalName: string };
    const set = await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, maxTotalSize: 1000, activeUsers: 10 },
    });
    assert.equal(set.status, 200, set.text);
    return tenant;
  };
  const report = async (portalName: string, fields: Record<string, number>) => {
    const res = await server.call('PUT', 'portal/usage', { auth: true, json: { portalName, ...fields } });
    assert.equal(res.status, 200, res.text);
  };
  const thresholds = (portalName: string) =>
    hook
      .matching((b) => b?.type === 'portal.usage_threshold' && b.data.tenant.portalName === portalName)
      .map((r) => JSON.parse(r.body).data.threshold as { metric: string; threshold: number; figure: number });

  it('announces each upward crossing once, and again only after falling 5 points below', async () => {
    const tenant = await portal(`usage-${Date.now()}@example.com`);
    const expected: Array<[string, number, number]> = [];
    const step = async (usedSize: number, crossing?: number) => {
      await report(tenant.portalName, { usedSize });
      if (crossing !== undefined) expected.push(['storage', crossing, usedSize]);
    };
    await step(790);
    await step(800, 80);
    await step(850);
    await step(1000, 100);
    await step(1200);
    await step(960, undefined); // 96 %: within 5 points of 100, still crossed
    await step(940); // 94 %: 100 re-armed (80 still crossed)
    await step(1000, 100);
    await step(760); // 76 %: within 5 points of 80; 100 re-armed
    await step(790);
    await step(740); // 74 %: 80 re-armed
    await step(1500, 100); // straight past both: one crossing, of the highest
    await hook.waitFor(() => thresholds(tenant.portalName).length === expected.length);
    await sleep(300);
    assert.deepEqual(
      thresholds(tenant.portalName).map((t) => [t.metric, t.threshold, t.figure]),
      expected,
    );
    const [first] = hook.matching(
      (b) => b?.type === 'portal.usage_threshold' && b.data.tenant.portalName === tenant.portalName,
    );
    const body = JSON.parse(first?.body ?? '{}');
    assert.deepEqual(body.data.threshold, { metric: 'storage', threshold: 80, figure: 800, limit: 1000 });
    assert.equal(body.data.tenant.usedSize, 800);
  });

  it('counts users against the users allowed, and mails the owner (USAGE_ALERT_MAIL)', async () => {
    const email = `users-${Date.now()}@example.com`;
    const tenant = await portal(email);
    const inbox = await mailbox(server.store, email);
    await report(tenant.portalName, { usersCount: 7 });
    await report(tenant.portalName, { usersCount: 8 });
    await report(tenant.portalName, { usersCount: 9 });
    await hook.waitFor(() => thresholds(tenant.portalName).length === 1);
    assert.deepEqual(thresholds(tenant.portalName), [{ metric: 'users', threshold: 80, figure: 8, limit: 10 }]);
    const mails = await inbox();
    assert.equal(mails.length, 1);
    assert.equal(mails[0]?.subject, `Your portal ${tenant.portalName}.localhost uses 80% of its user limit`);
    assert.match(mails[0]?.text ?? '', /: 8 of 10\./);
  });

  it('lists a portal near its quota while a threshold stays crossed (portal/get nearQuota); a plan may set its own', async () => {
    const custom = await startTestServer({
      env: {
        TARIFF_PLANS: JSON.stringify([
          { plan: 'small', activeUsers: 10, maxFileSize: 10, maxTotalSize: 1000, usageAlerts: [50] },
        ]),
        TARIFF_DEFAULT_PLAN: 'small',
      },
    });
    try {
      const near = (await custom.call('POST', 'portal/register', { auth: true, json: registration() })).body.tenant;
      const far = (await custom.call('POST', 'portal/register', { auth: true, json: registration() })).body.tenant;
      await custom.call('PUT', 'portal/usage', { auth: true, json: { tenantId: near.tenantId, usedSize: 500 } });
      await custom.call('PUT', 'portal/usage', { auth: true, json: { tenantId: far.tenantId, usedSize: 490 } });
      const listed = await custom.call('GET', 'portal/get', { auth: true, query: { nearQuota: 'true' } });
      assert.equal(listed.status, 200, listed.text);
      assert.deepEqual(
        listed.body.tenants.map((t: { tenantId: number }) => t.tenantId),
        [near.tenantId],
      );
      await custom.call('PUT', 'portal/usage', { auth: true, json: { tenantId: near.tenantId, usedSize: 440 } });
      const after = await custom.call('GET', 'portal/get', { auth: true, query: { nearQuota: 'true' } });
      assert.deepEqual(after.body.tenants, [], 'fell 5 points below: no longer near');
    } finally {
      await custom.close({ drop: true });
    }
  });
});
