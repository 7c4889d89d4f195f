import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.js';
import { eventually, runPolicy } from '../helpers/lifecycle.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { registerPortal } from '../helpers/builders.js';

/**
 * Suspension for non-payment (SUSPEND_WHEN_NOT_PAID), resume on payment, and removal after a long
 * suspension (REMOVE_SUSPENDED_AFTER_DAYS), each audited as the system under its rule with its
 * event; trials that end by the same rules.
 */
describe('suspension for non-payment, resume on payment, removal after N days', () => {
  const clock = fixedClock(new Date('2027-05-03T08:00:00.000Z'));
  let server: TestServer;
  let hook: WebhookReceiver;
  before(async () => {
    server = await startTestServer({
      clock,
      env: {
        SUSPEND_WHEN_NOT_PAID: 'true',
        REMOVE_SUSPENDED_AFTER_DAYS: '10',
        TARIFF_GRACE_DAYS: '2',
        DUE_REMINDER_DAYS: 'none',
        WEBHOOK_ALLOW_PRIVATE: 'true',
      },
      overrides: { webhooks: { timing: { pollIntervalMs: 50 } } },
    });
    hook = await startWebhookReceiver();
    const created = await server.call('POST', 'webhook/create', {
      auth: true,
      json: { url: hook.url, events: ['portal.suspended', 'portal.resumed', 'portal.removed'] },
    });
    assert.equal(created.status, 201, created.text);
  });
  after(async () => {
    await hook.close();
    await server.close({ drop: true });
  });

  const setTariff = async (tenantId: number, fields: Record<string, unknown>) => {
    const res = await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId, ...fields } });
    assert.equal(res.status, 200, res.text);
    return res.body as { tenant: { status: string }; tariff: { state: number } };
  };
  const portal = async (tenantId: number) => {
    const res = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(tenantId), status: 'all' },
    });
    assert.equal(res.status, 200, res.text);
    return res.body.tenants[0] as { status: string; statusChanged: string; removalScheduledAt: string | null };
  };
  const reasonOf = async (tenantId: number) =>
    (await server.store.db.selectFrom('tenants').select('status_reason').where('id', '=', tenantId).executeTakeFirst())
      ?.status_reason;
  const audit = async (tenantId: number) => {
    const res = await server.call('GET', 'audit/list', { auth: true, query: { tenantId: String(tenantId) } });
    assert.equal(res.status, 200, res.text);
    return res.body.events as Array<{ action: string; actor: { type: string; id: string | null }; changes: any }>;
  };
  const eventsOf = (portalName: string, type: string) =>
    hook.matching((body) => body?.type === type && body?.data?.tenant?.portalName === portalName);

  it('suspends a portal when its tariff becomes NotPaid (not during the grace days), audited as the system', async () => {
    const tenant = await registerPortal(server);
    const dueDate = new Date(clock.now().getTime() + DAY_MS);
    await setTariff(tenant.tenantId, { dueDate: dueDate.toISOString() });

    clock.advance(2 * DAY_MS);
    await runPolicy(server);
    assert.equal((await portal(tenant.tenantId)).status, 'Active', 'in Delay: still active');

    clock.advance(DAY_MS + HOUR_MS);
    const run = await runPolicy(server);
    assert.equal(run?.suspended, 1);
    assert.equal((await portal(tenant.tenantId)).status, 'Suspended');
    assert.equal(await reasonOf(tenant.tenantId), 'not paid');
    const [record] = await audit(tenant.tenantId);
    assert.equal(record?.action, 'portal.status');
    assert.deepEqual(record?.actor, { type: 'system', id: 'suspend-not-paid', ip: null });
    assert.deepEqual(record?.changes, { status: ['Active', 'Suspended'], reason: [null, 'not paid'] });
    await hook.waitFor(() => eventsOf(tenant.portalName, 'portal.suspended').length === 1);
    const body = JSON.parse(eventsOf(tenant.portalName, 'portal.suspended')[0]?.body ?? '{}');
    assert.equal(body.data.tariff.state, 3, 'NotPaid');
    assert.deepEqual(body.data.actor, { type: 'system', id: 'suspend-not-paid', ip: null });

    assert.equal((await runPolicy(server))?.suspended, 0, 'once');
  });

  it('resumes a portal it suspended when a new due date is set, audited as the system under resume-paid', async () => {
    const tenant = await registerPortal(server);
    await setTariff(tenant.tenantId, { dueDate: new Date(clock.now().getTime() - 3 * DAY_MS).toISOString() });
    await runPolicy(server);
    assert.equal((await portal(tenant.tenantId)).status, 'Suspended');

    const paid = await setTariff(tenant.tenantId, {
      dueDate: new Date(clock.now().getTime() + 30 * DAY_MS).toISOString(),
    });
    assert.equal(paid.tenant.status, 'Active', 'the answer shows the portal resumed');
    assert.equal(paid.tariff.state, 1);
    assert.equal((await portal(tenant.tenantId)).status, 'Active');
    const [resumed, tariffSet] = await audit(tenant.tenantId);
    assert.equal(tariffSet?.action, 'tariff.set');
    assert.equal(resumed?.action, 'portal.status');
    assert.deepEqual(resumed?.actor, { type: 'system', id: 'resume-paid', ip: null });
    assert.deepEqual(resumed?.changes, { status: ['Suspended', 'Active'], reason: ['not paid', null] });
    await hook.waitFor(() => eventsOf(tenant.portalName, 'portal.resumed').length === 1);

    // Unpaid again (another due date), and a new plan resumes it too.
    await setTariff(tenant.tenantId, { dueDate: new Date(clock.now().getTime() - 4 * DAY_MS).toISOString() });
    await runPolicy(server);
    assert.equal((await portal(tenant.tenantId)).status, 'Suspended');
    assert.equal((await setTariff(tenant.tenantId, { plan: 'trial' })).tenant.status, 'Active');
  });

  it('never resumes a portal an operator suspended, and does not suspend again one an operator resumed', async () => {
    const byOperator = await registerPortal(server);
    await setTariff(byOperator.tenantId, { dueDate: new Date(clock.now().getTime() - 3 * DAY_MS).toISOString() });
    const suspended = await server.call('PUT', 'portal/status', {
      auth: true,
      json: { tenantId: byOperator.tenantId, status: 'Suspended', reason: 'abuse' },
    });
    assert.equal(suspended.status, 200, suspended.text);
    await runPolicy(server);
    const paid = await setTariff(byOperator.tenantId, {
      dueDate: new Date(clock.now().getTime() + 30 * DAY_MS).toISOString(),
    });
    assert.equal(paid.tenant.status, 'Suspended', 'the operator’s suspension stands');
    assert.equal(await reasonOf(byOperator.tenantId), 'abuse');

    const resumedByOperator = await registerPortal(server);
    await setTariff(resumedByOperator.tenantId, {
      dueDate: new Date(clock.now().getTime() - 3 * DAY_MS).toISOString(),
    });
    await runPolicy(server);
    assert.equal((await portal(resumedByOperator.tenantId)).status, 'Suspended');
    const resumed = await server.call('PUT', 'portal/status', {
      auth: true,
      json: { tenantId: resumedByOperator.tenantId, status: 'Active' },
    });
    assert.equal(resumed.status, 200, resumed.text);
    await runPolicy(server);
    assert.equal((await portal(resumedByOperator.tenantId)).status, 'Active', 'once per due date');
    // Nor does a payment of that portal touch anything now: the operator resumed it.
    await setTariff(resumedByOperator.tenantId, { dueDate: new Date(clock.now().getTime() + DAY_MS).toISOString() });
    assert.equal((await portal(resumedByOperator.tenantId)).status, 'Active');
  });

  it('removes a portal suspended for non-payment after the configured days, but not a protected one', async () => {
    const gone = await registerPortal(server);
    const kept = await registerPortal(server);
    for (const t of [gone, kept])
      await setTariff(t.tenantId, { dueDate: new Date(clock.now().getTime() - 3 * DAY_MS).toISOString() });
    await runPolicy(server);
    assert.equal((await portal(gone.tenantId)).status, 'Suspended');
    const protect = await server.call('PUT', 'portal/protection', {
      auth: true,
      json: { tenantId: kept.tenantId, protected: true },
    });
    assert.equal(protect.status, 200, protect.text);
    assert.equal(protect.body.tenant.protected, true);

    clock.advance(9 * DAY_MS);
    await runPolicy(server);
    assert.equal((await portal(gone.tenantId)).status, 'Suspended', 'nine days: still kept');

    clock.advance(DAY_MS + HOUR_MS);
    await runPolicy(server);
    assert.equal((await portal(gone.tenantId)).status, 'RemovePending');
    assert.equal((await portal(kept.tenantId)).status, 'Suspended', 'protected: left alone');
    const [record] = await audit(gone.tenantId);
    assert.equal(record?.action, 'portal.remove');
    assert.deepEqual(record?.actor, { type: 'system', id: 'remove-suspended', ip: null });
    await hook.waitFor(() => eventsOf(gone.portalName, 'portal.removed').length === 1);
    // Its name is free at once, as after any removal.
    const again = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ portalName: gone.portalName }),
    });
    assert.equal(again.status, 201, again.text);
  });

  it('ends a trial that is not converted: the trial plan’s due date, then the same rules', async () => {
    const trial = await startTestServer({
      clock,
      env: { SUSPEND_WHEN_NOT_PAID: 'true', TARIFF_DEFAULT_PLAN: 'trial', TARIFF_GRACE_DAYS: '0' },
    });
    try {
      const res = await trial.call('POST', 'portal/register', { auth: true, json: registration() });
      const tenantId = res.body.tenant.tenantId;
      const tariff = await trial.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenantId) } });
      assert.equal(tariff.body.tariff.state, 0, 'Trial');
      assert.equal(tariff.body.tariff.dueDate, new Date(clock.now().getTime() + 30 * DAY_MS).toISOString());
      clock.advance(30 * DAY_MS + HOUR_MS);
      await runPolicy(trial);
      const after = await trial.call('GET', 'portal/get', {
        auth: true,
        query: { tenantId: String(tenantId), status: 'all' },
      });
      assert.equal(after.body.tenants[0].status, 'Suspended');
    } finally {
      await trial.close({ drop: true });
    }
  });

  it('acts by itself every LIFECYCLE_INTERVAL_SECONDS, within one interval of the moment', async () => {
    const running = await startTestServer({
      clock,
      env: { SUSPEND_WHEN_NOT_PAID: 'true', TARIFF_GRACE_DAYS: '0', LIFECYCLE_INTERVAL_SECONDS: '1' },
      overrides: { lifecycle: true },
    });
    try {
      const res = await running.call('POST', 'portal/register', { auth: true, json: registration() });
      const tenantId = res.body.tenant.tenantId;
      await running.call('PUT', 'tariff/set', {
        auth: true,
        json: { tenantId, dueDate: new Date(clock.now().getTime() + HOUR_MS).toISOString() },
      });
      clock.advance(2 * HOUR_MS);
      const started = Date.now();
      await eventually(
        async () =>
          (
            await running.call('GET', 'portal/get', {
              auth: true,
              query: { tenantId: String(tenantId), status: 'all' },
            })
          ).body.tenants[0].status,
        (status) => status === 'Suspended',
        10_000,
      );
      assert.ok(Date.now() - started < 3_000, 'within about one interval');
    } finally {
      await running.close({ drop: true });
    }
  });
});
