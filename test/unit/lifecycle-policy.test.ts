import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { lifecycleTimelineSvg, TIMELINE_FILE } from '../../scripts/lifecycle-timeline.js';
import { loadConfig } from '../../src/config/config.js';
import {
  daysLeft,
  notPaidFrom,
  policyFor,
  reminderDue,
  type LifecyclePolicy,
} from '../../src/domain/lifecycle/lifecycle-policy.js';
import { crossThresholds, percentOf } from '../../src/domain/lifecycle/usage-thresholds.js';
import { parseTariffPlans } from '../../src/domain/tariff/tariff-plans.js';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.js';

const SERVER: LifecyclePolicy = {
  dueReminderDays: [1, 7],
  suspendWhenNotPaid: false,
  removeSuspendedAfterDays: null,
  usageAlerts: [80, 100],
};

describe('the lifecycle policy, as pure functions', () => {
  const due = new Date('2027-01-31T00:00:00.000Z');
  const before = (ms: number) => new Date(due.getTime() - ms);

  it('a reminder is due from its day before the due date, the nearest one winning, none after it', () => {
    assert.equal(reminderDue(due, before(8 * DAY_MS), [1, 7]), undefined);
    assert.equal(reminderDue(due, before(7 * DAY_MS), [1, 7]), 7);
    assert.equal(reminderDue(due, before(3 * DAY_MS), [1, 7]), 7);
    assert.equal(reminderDue(due, before(DAY_MS), [1, 7]), 1);
    assert.equal(reminderDue(due, before(HOUR_MS), [1, 7]), 1);
    assert.equal(reminderDue(due, due, [1, 7]), undefined, 'not on or after the due date');
    assert.equal(reminderDue(due, before(HOUR_MS), []), undefined);
    assert.equal(daysLeft(due, before(3 * DAY_MS - HOUR_MS)), 3);
    assert.equal(daysLeft(due, before(HOUR_MS)), 1);
  });

  it('NotPaid starts just after the due date plus the grace days', () => {
    assert.deepEqual(notPaidFrom({ dueDate: due }, 7), new Date(due.getTime() + 7 * DAY_MS + 1));
    assert.equal(notPaidFrom({ dueDate: null }, 7), null);
  });

  it("a plan's fields replace the server's, one by one; null removes never", () => {
    const plans = parseTariffPlans(
      JSON.stringify([
        { plan: 'monthly', activeUsers: 1, maxFileSize: 1, maxTotalSize: 1, dueReminderDays: [3, 3, 10] },
        { plan: 'strict', activeUsers: 1, maxFileSize: 1, maxTotalSize: 1, suspendWhenNotPaid: true },
        { plan: 'kept', activeUsers: 1, maxFileSize: 1, maxTotalSize: 1, removeSuspendedAfterDays: null },
      ]),
      'TARIFF_PLANS',
    );
    const server = { ...SERVER, removeSuspendedAfterDays: 30 };
    assert.deepEqual(policyFor('monthly', plans, server), { ...server, dueReminderDays: [3, 10] });
    assert.deepEqual(policyFor('STRICT', plans, server), { ...server, suspendWhenNotPaid: true });
    assert.deepEqual(policyFor('kept', plans, server), { ...server, removeSuspendedAfterDays: null });
    assert.deepEqual(policyFor('unknown', plans, server), server);
    assert.throws(
      () =>
        parseTariffPlans(
          JSON.stringify([{ plan: 'x', activeUsers: 1, maxFileSize: 1, maxTotalSize: 1, usageAlerts: [0, 'a'] }]),
          'TARIFF_PLANS',
        ),
      /usageAlerts: must be a list of whole numbers from 1 to 1000/,
    );
  });

  it('a usage threshold is crossed once on the way up, and again only after falling 5 points below it', () => {
    const t = [80, 100];
    assert.deepEqual(crossThresholds(0, 79.9, t), { level: 0, crossed: undefined });
    assert.deepEqual(crossThresholds(0, 80, t), { level: 80, crossed: 80 });
    assert.deepEqual(crossThresholds(80, 99, t), { level: 80, crossed: undefined });
    assert.deepEqual(crossThresholds(80, 150, t), { level: 100, crossed: 100 });
    assert.deepEqual(crossThresholds(100, 95, t), { level: 100, crossed: undefined }, 'within 5 points: held');
    assert.deepEqual(crossThresholds(100, 94.9, t), { level: 80, crossed: undefined }, '100 re-armed');
    assert.deepEqual(crossThresholds(80, 75, t), { level: 80, crossed: undefined });
    assert.deepEqual(crossThresholds(80, 74, t), { level: 0, crossed: undefined }, 'all re-armed');
    assert.deepEqual(crossThresholds(0, 120, t), { level: 100, crossed: 100 }, 'both at once: one crossing');
    assert.deepEqual(crossThresholds(100, undefined, t), { level: 0, crossed: undefined }, 'no limit');
    assert.equal(percentOf(8, 10), 80);
    assert.equal(percentOf(8, 0), undefined);
  });
});

describe('the lifecycle settings', () => {
  it('have their defaults, take lists and none, and refuse bad values naming the variable', () => {
    const defaults = loadConfig({}).lifecycle;
    assert.deepEqual(defaults, {
      dueReminderDays: [1, 7],
      suspendWhenNotPaid: false,
      removeSuspendedAfterDays: undefined,
      intervalSeconds: 60,
      usageAlerts: [80, 100],
      usageAlertMail: false,
    });
    const set = loadConfig({
      DUE_REMINDER_DAYS: '14, 3 ,3',
      USAGE_ALERTS: 'none',
      SUSPEND_WHEN_NOT_PAID: 'yes',
      REMOVE_SUSPENDED_AFTER_DAYS: '45',
      LIFECYCLE_INTERVAL_SECONDS: '5',
    }).lifecycle;
    assert.deepEqual(set.dueReminderDays, [3, 14]);
    assert.deepEqual(set.usageAlerts, []);
    assert.equal(set.suspendWhenNotPaid, true);
    assert.equal(set.removeSuspendedAfterDays, 45);
    assert.throws(
      () => loadConfig({ DUE_REMINDER_DAYS: '7,soon', LIFECYCLE_INTERVAL_SECONDS: '0' }),
      (error: Error) =>
        /DUE_REMINDER_DAYS: "soon" is not a whole number from 1 to 3650/.test(error.message) &&
        /LIFECYCLE_INTERVAL_SECONDS: must be at least 1/.test(error.message),
    );
  });
});

describe('docs/lifecycle-timeline.svg', () => {
  it('is what scripts/lifecycle-timeline.ts draws (run it after changing the picture)', () => {
    assert.equal(readFileSync(TIMELINE_FILE, 'utf8'), lifecycleTimelineSvg());
  });
});
