import type { TariffRecord } from '../../store/records.js';
import type { TariffPatch } from '../../store/repositories/tariffs.js';
import { DAY_MS } from '../time.js';
import type { TariffPlan } from './tariff-plans.js';

/** Tariff states as numbers on the wire. */
export const TariffState = { Trial: 0, Paid: 1, Delay: 2, NotPaid: 3 } as const;
export type TariffStateValue = (typeof TariffState)[keyof typeof TariffState];

/**
 * What applying a plan writes, the one rule for a new portal's tariff and for tariff/set's
 * `plan`: the plan's values, and a due date `dueDays` from `now` only when the plan has one —
 * otherwise a portal's paid-through date stays, so switching plans mid-period never erases it.
 */
export function applyPlan(plan: TariffPlan, now: Date): TariffPatch {
  return {
    plan: plan.plan,
    activeUsers: plan.activeUsers,
    maxFileSize: plan.maxFileSize,
    maxTotalSize: plan.maxTotalSize,
    features: plan.features,
    ...(plan.dueDays === undefined ? {} : { dueDate: new Date(now.getTime() + plan.dueDays * DAY_MS) }),
  };
}

/** A plan's values as a new portal's tariff (no due date unless the plan sets one). */
export function tariffFromPlan(tenantId: number, plan: TariffPlan, now: Date): TariffRecord {
  const values = applyPlan(plan, now);
  return {
    tenantId,
    plan: plan.plan,
    activeUsers: plan.activeUsers,
    maxFileSize: plan.maxFileSize,
    maxTotalSize: plan.maxTotalSize,
    features: plan.features,
    dueDate: values.dueDate ?? null,
  };
}

/**
 * The state is derived, never stored: no due date → Paid, or Trial for a trial plan; before the
 * due date → Paid/Trial; within the grace days after it → Delay; later → NotPaid.
 */
export function tariffState(tariff: TariffRecord, now: Date, graceDays: number): TariffStateValue {
  const trial = /(^|[\s,;])trial($|[\s,;])/i.test(tariff.features) || tariff.plan.toLowerCase() === 'trial';
  const running = trial ? TariffState.Trial : TariffState.Paid;
  if (tariff.dueDate === null) return running;
  const due = tariff.dueDate.getTime();
  if (now.getTime() <= due) return running;
  if (now.getTime() <= due + graceDays * DAY_MS) return TariffState.Delay;
  return TariffState.NotPaid;
}
