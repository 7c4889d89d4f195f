import type { TariffRecord } from '../../store/records.js';
import type { TariffPlan } from './tariff-plans.js';

/** Tariff states as numbers on the wire (contract §7.8). */
export const TariffState = { Trial: 0, Paid: 1, Delay: 2, NotPaid: 3 } as const;
export type TariffStateValue = (typeof TariffState)[keyof typeof TariffState];

const DAY_MS = 86_400_000;

/** A plan's values as a portal's tariff, its due date counted from `now`. */
export function tariffFromPlan(tenantId: number, plan: TariffPlan, now: Date): TariffRecord {
  return {
    tenantId,
    plan: plan.plan,
    activeUsers: plan.activeUsers,
    maxFileSize: plan.maxFileSize,
    maxTotalSize: plan.maxTotalSize,
    features: plan.features,
    dueDate: plan.dueDays === undefined ? null : new Date(now.getTime() + plan.dueDays * DAY_MS),
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
