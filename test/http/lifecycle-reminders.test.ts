import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { sendDueReminders } from '../../src/domain/lifecycle/send-due-reminders.js';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.js';
import { mailbox, recordingTransport, runPolicy } from '../helpers/lifecycle.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';
import { registerPortal } from '../helpers/builders.js';

/**
 * Due-date reminders (DUE_REMINDER_DAYS, default 7,1): the owner's mail and a tariff.due_soon
 * event that many days before a tariff's due date, audited as the system under `due-reminder`,
 * once per portal and due date however many instances look at once.
 */
describe('due-date reminders', () => {
  const clock = fixedClock(new Date('2027-03-01T09:00:00.000Z'));
  let a: TestServer;
  let b: TestServer;
  let hook: WebhookReceiver;
  before(async () => {
    const env = { WEBHOOK_ALLOW_PRIVATE: 'true' };
    a = await startTestServer({
      clock,
      env,
      mail: { transport: recordingTransport() },
      overrides: { webhooks: { timing: { pollIntervalMs: 50 } } },
    });
    // A second instance over the same database, with the same key and mail on.
    b = await startTestServer({
      clock,
      database: a.database,
      env: { ...env, MACHINE_KEY: a.machineKey },
      mail: { transport: recordingTransport() },
    });
    hook = await startWebhookReceiver();
    const created = await a.call('POST', 'webhook/create', {
      auth: true,
      json: { url: hook.url, events: ['tariff.due_soon'] },
    });
    assert.equal(created.status, 201, created.text);
  });
  after(async () => {
    await hook.close();
    await b.close();
    await a.close({ drop: true });
  });

  const due = async (tenantId: number, dueDate: Date) => {
    const res = await a.call('PUT', 'tariff/set', { auth: true, json: { tenantId, dueDate: dueDate.toISOString() } });
    assert.equal(res.status, 200, res.text);
  };
  const remindersOf = async (tenantId: number) => {
    const res = await a.call('GET', 'audit/list', {
      auth: true,
      query: { tenantId: String(tenantId), action: 'tariff.reminder' },
    });
    assert.equal(res.status, 200, res.text);
    return res.body.events as Array<{ actor: { type: string; id: string }; changes: Record<string, unknown[]> }>;
  };

  it('mails the owner 7 days and 1 day before the due date, once each, with a tariff.due_soon event', async () => {
    const email = `due-${Date.now()}@example.com`;
    const tenant = await registerPortal(a, { email, language: 'de-DE' });
    const inbox = await mailbox(a.store, email);
    const dueDate = new Date(clock.now().getTime() + 10 * DAY_MS);
    await due(tenant.tenantId, dueDate);

    await runPolicy(a);
    assert.deepEqual(await inbox(), [], 'ten days before: nothing yet');

    clock.advance(3 * DAY_MS + HOUR_MS);
    await runPolicy(a);
    await runPolicy(b);
    await runPolicy(a);
    const first = await inbox();
    assert.equal(first.length, 1, 'the 7-day reminder, once');
    assert.match(first[0]?.subject ?? '', /fällig/, "in the portal's language");
    assert.match(first[0]?.text ?? '', /in 7 Tagen/);

    const records = await remindersOf(tenant.tenantId);
    assert.equal(records.length, 1);
    assert.deepEqual(records[0]?.actor, { type: 'system', id: 'due-reminder', ip: null });
    assert.deepEqual(records[0]?.changes, { dueDate: [null, dueDate.toISOString()], daysBefore: [null, 7] });

    const [delivery] = await hook.waitFor((r) => r.some((q) => q.body.includes(tenant.portalName)));
    const body = JSON.parse(delivery?.body ?? '{}');
    assert.equal(body.type, 'tariff.due_soon');
    assert.equal(body.data.tenant.tenantId, tenant.tenantId);
    assert.deepEqual(body.data.reminder, { dueDate: dueDate.toISOString(), daysBefore: 7, daysLeft: 7 });
    assert.deepEqual(body.data.actor, { type: 'system', id: 'due-reminder', ip: null });

    clock.advance(5 * DAY_MS);
    await runPolicy(a);
    assert.equal((await inbox()).length, 1, 'two days before: still one');
    clock.advance(DAY_MS);
    await runPolicy(b);
    await runPolicy(a);
    const both = await inbox();
    assert.equal(both.length, 2, 'the 1-day reminder');
    assert.match(both[1]?.text ?? '', /in 1 Tag\b/);

    clock.advance(2 * DAY_MS);
    await runPolicy(a);
    assert.equal((await inbox()).length, 2, 'nothing after the due date');
    assert.equal((await remindersOf(tenant.tenantId)).length, 2);
  });

  it('sends a reminder once across two instances looking at the same moment', async () => {
    const emails = Array.from({ length: 6 }, (_, i) => `twice-${i}-${Date.now()}@example.com`);
    const tenants = [];
    const inboxes = [];
    for (const email of emails) {
      tenants.push(await registerPortal(a, { email }));
      inboxes.push(await mailbox(a.store, email));
    }
    const dueDate = new Date(clock.now().getTime() + 7 * DAY_MS - HOUR_MS);
    for (const t of tenants) await due(t.tenantId, dueDate);

    // The runners on both instances at once: one takes the turn, the other skips it.
    const runs = await Promise.all([runPolicy(a), runPolicy(b), runPolicy(a), runPolicy(b)]);
    assert.equal(
      runs.reduce((n, r) => n + (r?.reminders ?? 0), 0),
      6,
    );
    // The rule itself on both, past the lease: each reminder is recorded once all the same. On
    // PostgreSQL and MySQL at the same moment (the record's primary key decides); SQLite has one
    // writer, and two connections of one process would wait for each other's lock while holding
    // the event loop, so there one after the other.
    const later = new Date(dueDate.getTime() - DAY_MS + HOUR_MS);
    clock.set(later);
    const remind = (server: TestServer) => sendDueReminders(server.ctx, server.mailing.onDueReminder);
    const both =
      a.store.dialect === 'sqlite'
        ? [await remind(a), await remind(b)]
        : await Promise.all([remind(a), remind(b), remind(a), remind(b)]);
    assert.equal(
      both.reduce((n, r) => n + r.done, 0),
      6,
      'six 1-day reminders between the two',
    );
    assert.deepEqual(
      both.flatMap((r) => r.failures),
      [],
    );
    for (const inbox of inboxes) assert.equal((await inbox()).length, 2);
    for (const t of tenants) assert.equal((await remindersOf(t.tenantId)).length, 2);
  });

  it('sends one reminder at once for a due date set closer than the longest reminder', async () => {
    const email = `close-${Date.now()}@example.com`;
    const tenant = await registerPortal(a, { email });
    const inbox = await mailbox(a.store, email);
    await due(tenant.tenantId, new Date(clock.now().getTime() + 3 * DAY_MS));
    await runPolicy(a);
    const mails = await inbox();
    assert.equal(mails.length, 1);
    assert.match(mails[0]?.text ?? '', /is due in 3 days/);
    // A new due date starts over: its own reminders.
    await due(tenant.tenantId, new Date(clock.now().getTime() + 30 * DAY_MS + HOUR_MS));
    clock.advance(23 * DAY_MS + 2 * HOUR_MS);
    await runPolicy(a);
    assert.equal((await inbox()).length, 2);
  });

  it("follows the plan's own reminder days, and sends nothing for a removed portal", async () => {
    const server = await startTestServer({
      clock,
      env: {
        TARIFF_PLANS: JSON.stringify([
          { plan: 'monthly', activeUsers: 5, maxFileSize: 1, maxTotalSize: 1, dueReminderDays: [3] },
          { plan: 'quiet', activeUsers: 5, maxFileSize: 1, maxTotalSize: 1, dueReminderDays: [] },
        ]),
        TARIFF_DEFAULT_PLAN: 'monthly',
      },
      mail: { transport: recordingTransport() },
    });
    try {
      const make = async (plan: string) => {
        const email = `plan-${plan}-${Date.now()}@example.com`;
        const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ email }) });
        const tenantId = res.body.tenant.tenantId;
        const inbox = await mailbox(server.store, email);
        const dueDate = new Date(clock.now().getTime() + 5 * DAY_MS).toISOString();
        await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId, plan, dueDate } });
        return { inbox, tenantId };
      };
      const monthly = await make('monthly');
      const quiet = await make('quiet');
      const removed = await make('monthly');
      await server.call('DELETE', 'portal/remove', { auth: true, query: { tenantId: String(removed.tenantId) } });
      await runPolicy(server);
      assert.equal((await monthly.inbox()).length, 0, 'five days before: the plan says three');
      clock.advance(2 * DAY_MS + HOUR_MS);
      await runPolicy(server);
      assert.equal((await monthly.inbox()).length, 1);
      assert.equal((await quiet.inbox()).length, 0);
      assert.equal((await removed.inbox()).length, 0);
    } finally {
      await server.close({ drop: true });
    }
  });
});
