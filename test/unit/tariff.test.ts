import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { DomainError } from '../../src/domain/errors.js';
import { parseDueDate } from '../../src/domain/tariff/due-date.js';
import { applyTariffPatch, tariffPatch } from '../../src/domain/tariff/set-tariff.js';
import { tariffFromPlan, tariffState, TariffState } from '../../src/domain/tariff/tariff.js';
import { BUILT_IN_PLANS, findPlan } from '../../src/domain/tariff/tariff-plans.js';
import type { TariffRecord } from '../../src/store/records.js';

const DAY = 86_400_000;
const GRACE = 7;
const due = new Date('2026-06-30T12:00:00.000Z');

function tariff(overrides: Partial<TariffRecord> = {}): TariffRecord {
  return {
    tenantId: 1,
    plan: 'business',
    activeUsers: 100,
    maxFileSize: 1024 ** 3,
    maxTotalSize: 100 * 1024 ** 3,
    features: '',
    dueDate: due,
    ...overrides,
  };
}

function paramsMessages(fn: () => unknown): readonly string[] {
  try {
    fn();
  } catch (error) {
    assert.ok(error instanceof DomainError, `expected a DomainError, got ${String(error)}`);
    assert.equal(error.code, 'params');
    assert.ok(Array.isArray(error.detail));
    return error.detail;
  }
  assert.fail('expected a params error');
}

describe('tariff state with a frozen clock', () => {
  const clock = fixedClock(new Date('2026-06-01T00:00:00.000Z'));
  const state = (t: TariffRecord) => tariffState(t, clock.now(), GRACE);

  test('a paid tariff with no due date is Paid forever', () => {
    clock.set(new Date('2099-01-01T00:00:00.000Z'));
    assert.equal(state(tariff({ dueDate: null })), TariffState.Paid);
  });

  test('before and exactly at the due date the tariff is Paid', () => {
    clock.set(new Date(due.getTime() - DAY));
    assert.equal(state(tariff()), TariffState.Paid);
    clock.set(due);
    assert.equal(state(tariff()), TariffState.Paid);
  });

  test('one millisecond after the due date it is Delay', () => {
    clock.set(new Date(due.getTime() + 1));
    assert.equal(state(tariff()), TariffState.Delay);
  });

  test('it stays Delay through the last millisecond of the grace days', () => {
    clock.set(new Date(due.getTime() + GRACE * DAY));
    assert.equal(state(tariff()), TariffState.Delay);
  });

  test('after the grace days it is NotPaid', () => {
    clock.set(new Date(due.getTime() + GRACE * DAY + 1));
    assert.equal(state(tariff()), TariffState.NotPaid);
  });

  test('with TARIFF_GRACE_DAYS=0 the day after the due date is NotPaid', () => {
    clock.set(new Date(due.getTime() + 1));
    assert.equal(tariffState(tariff(), clock.now(), 0), TariffState.NotPaid);
  });

  test('a trial (plan name or "trial" feature) is Trial until its due date, then Delay and NotPaid', () => {
    clock.set(new Date(due.getTime() - 1));
    assert.equal(state(tariff({ plan: 'trial' })), TariffState.Trial);
    assert.equal(state(tariff({ plan: 'custom', features: 'docs,trial' })), TariffState.Trial);
    assert.equal(state(tariff({ plan: 'trial', dueDate: null })), TariffState.Trial);
    clock.set(new Date(due.getTime() + DAY));
    assert.equal(state(tariff({ plan: 'trial' })), TariffState.Delay);
    clock.set(new Date(due.getTime() + 30 * DAY));
    assert.equal(state(tariff({ plan: 'trial' })), TariffState.NotPaid);
  });

  test('"trial" inside another feature word does not make a trial', () => {
    clock.set(new Date(due.getTime() - 1));
    assert.equal(state(tariff({ features: 'industrial' })), TariffState.Paid);
  });
});

describe('default plan', () => {
  test('a new portal gets 10000 users, 1 GiB files, 1 TiB − 1 in total, no features, no due date', () => {
    const plan = findPlan(BUILT_IN_PLANS, 'default');
    assert.ok(plan);
    assert.deepEqual(tariffFromPlan(7, plan, new Date('2026-01-01T00:00:00Z')), {
      tenantId: 7,
      plan: 'default',
      activeUsers: 10000,
      maxFileSize: 1073741824,
      maxTotalSize: 1099511627775,
      features: '',
      dueDate: null,
    });
  });
});

describe('tariff/set patch', () => {
  const now = new Date('2026-03-01T10:00:00.000Z');

  test('an empty change writes nothing', () => {
    assert.deepEqual(tariffPatch({}, BUILT_IN_PLANS, now), {});
  });

  test('fields not sent are kept', () => {
    const patch = tariffPatch({ maxTotalSize: 5 * 1024 ** 4 + 3 }, BUILT_IN_PLANS, now);
    assert.deepEqual(patch, { maxTotalSize: 5497558138883 });
    const after = applyTariffPatch(tariff({ features: 'docs,sso' }), patch);
    assert.equal(after.features, 'docs,sso');
    assert.equal(after.activeUsers, 100);
    assert.equal(after.dueDate, due);
    assert.equal(after.maxTotalSize, 5497558138883);
  });

  test('a plan applies first, then the explicit fields', () => {
    const patch = tariffPatch({ plan: 'ENTERPRISE', activeUsers: 42 }, BUILT_IN_PLANS, now);
    assert.deepEqual(patch, {
      plan: 'enterprise',
      activeUsers: 42,
      maxFileSize: 5 * 1024 ** 3,
      maxTotalSize: 10 * 1024 ** 4,
      features: '',
    });
  });

  test('a plan with dueDays sets the due date from now; one without keeps the current due date', () => {
    assert.deepEqual(tariffPatch({ plan: 'trial' }, BUILT_IN_PLANS, now).dueDate, new Date(now.getTime() + 30 * DAY));
    assert.equal('dueDate' in tariffPatch({ plan: 'business' }, BUILT_IN_PLANS, now), false);
  });

  test('an explicit dueDate wins over the plan’s', () => {
    const patch = tariffPatch({ plan: 'trial', dueDate: '2026-12-31' }, BUILT_IN_PLANS, now);
    assert.deepEqual(patch.dueDate, new Date('2026-12-31T00:00:00.000Z'));
  });

  test('an unknown plan is a params error naming the known ones', () => {
    const [message] = paramsMessages(() => tariffPatch({ plan: 'gold' }, BUILT_IN_PLANS, now));
    assert.match(message ?? '', /unknown plan "gold".*default, trial, business, enterprise/);
  });
});

describe('due date parsing', () => {
  const cases: Array<[string, string | null]> = [
    ['2026-12-31', '2026-12-31T00:00:00.000Z'],
    ['2026-12-31T18:30', '2026-12-31T18:30:00.000Z'],
    ['2026-12-31T18:30:15Z', '2026-12-31T18:30:15.000Z'],
    ['2026-12-31T18:30:15.25Z', '2026-12-31T18:30:15.250Z'],
    ['2026-12-31 18:30:15', '2026-12-31T18:30:15.000Z'],
    ['2026-12-31T18:30:15+02:00', '2026-12-31T16:30:15.000Z'],
    ['2026-12-31T01:00:00-0530', '2026-12-31T06:30:00.000Z'],
    ['2024-02-29', '2024-02-29T00:00:00.000Z'],
    ['  2026-01-02  ', '2026-01-02T00:00:00.000Z'],
    ['null', null],
    ['NULL', null],
  ];
  for (const [text, expected] of cases) {
    test(`"${text}" → ${expected ?? 'no due date'}`, () => {
      const parsed = parseDueDate(text);
      assert.equal(parsed === null ? null : parsed.toISOString(), expected);
    });
  }

  for (const bad of [
    'tomorrow',
    '2026-02-30',
    '2025-02-29',
    '2026-13-01',
    '2026-12-31T24:00',
    '2026-12-31T10:60',
    '31.12.2026',
    '1969-12-31',
    '10000-01-01',
    '2026-12-31T10:00+25:00',
    '1767225600',
  ]) {
    test(`"${bad}" is refused with params`, () => {
      const [message] = paramsMessages(() => parseDueDate(bad));
      assert.match(message ?? '', /^dueDate: /);
    });
  }
});
