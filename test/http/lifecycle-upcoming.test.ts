import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.js';
import { createTestClient, type TestClient } from '../helpers/client-auth.js';
import { runPolicy } from '../helpers/lifecycle.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { registerPortal } from '../helpers/builders.js';

/** GET lifecycle/upcoming: what the policy will do in the next N days, with dates. */
describe('lifecycle/upcoming', () => {
  const clock = fixedClock(new Date('2027-08-02T12:00:00.000Z'));
  const at = (days: number, hours = 0) => new Date(clock.now().getTime() + days * DAY_MS + hours * HOUR_MS);
  let server: TestServer;
  let client: TestClient;
  before(async () => {
    server = await startTestServer({
      clock,
      env: { SUSPEND_WHEN_NOT_PAID: 'true', REMOVE_SUSPENDED_AFTER_DAYS: '5', TARIFF_GRACE_DAYS: '2' },
    });
    client = await createTestClient(server);
  });
  after(() => server.close({ drop: true }));

  const upcoming = async (days: string, auth: boolean | string = true) => {
    const res = await server.call('GET', 'lifecycle/upcoming', { auth, query: { days } });
    assert.equal(res.status, 200, res.text);
    return res.body as {
      from: string;
      to: string;
      truncated: boolean;
      upcoming: Array<{ at: string; action: string; rule: string; tenantId: number; daysBefore: number | null }>;
    };
  };

  it('lists reminders, suspensions and removals with their dates, earliest first', async () => {
    const due = await registerPortal(server);
    const dueDate = at(3);
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: due.tenantId, dueDate: dueDate.toISOString() },
    });
    const scheduled = await registerPortal(server);
    await server.call('DELETE', 'portal/remove', {
      auth: true,
      query: { tenantId: String(scheduled.tenantId), at: at(6).toISOString() },
    });

    const answer = await upcoming('14');
    assert.equal(answer.from, clock.now().toISOString());
    assert.equal(answer.to, at(14).toISOString());
    assert.equal(answer.truncated, false);
    const mine = answer.upcoming.filter((u) => [due.tenantId, scheduled.tenantId].includes(u.tenantId));
    assert.deepEqual(
      mine.map((u) => [u.action, u.rule, u.tenantId, u.at, u.daysBefore]),
      [
        // Due in 3 days: the 7-day reminder is due now (it would say 3 days), the 1-day one later.
        ['reminder', 'due-reminder', due.tenantId, clock.now().toISOString(), 7],
        ['reminder', 'due-reminder', due.tenantId, at(2).toISOString(), 1],
        // NotPaid after the due date and 2 grace days: suspended then, removed 5 days later.
        ['suspend', 'suspend-not-paid', due.tenantId, new Date(at(5).getTime() + 1).toISOString(), null],
        ['remove', 'scheduled-removal', scheduled.tenantId, at(6).toISOString(), null],
        ['remove', 'remove-suspended', due.tenantId, new Date(at(10).getTime() + 1).toISOString(), null],
      ],
    );

    // Four days: the suspension's removal is beyond it; what was sent is no longer upcoming.
    await runPolicy(server);
    const shorter = await upcoming('4');
    assert.deepEqual(
      shorter.upcoming.filter((u) => u.tenantId === due.tenantId).map((u) => [u.action, u.daysBefore]),
      [['reminder', 1]],
    );
  });

  it('shows a client its own portals only, and refuses a bad number of days', async () => {
    const own = await registerPortal(server, {}, { auth: client.auth() });
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: own.tenantId, dueDate: at(1, 12).toISOString() },
    });
    const seen = await upcoming('30', client.auth());
    assert.ok(seen.upcoming.length > 0);
    assert.ok(seen.upcoming.every((u) => u.tenantId === own.tenantId));
    for (const days of ['0', '367', 'soon']) {
      const res = await server.call('GET', 'lifecycle/upcoming', { auth: true, query: { days } });
      assert.equal(res.status, 400, res.text);
      assert.equal(res.body.error, 'params');
    }
  });
});
