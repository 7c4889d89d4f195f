import type { TariffRecord } from '../../store/records.js';
import { tariffState, TariffState } from '../tariff/tariff.js';
import { findPlan, type TariffPlan } from '../tariff/tariff-plans.js';
import { DAY_MS } from '../time.js';

/**
 * What the server does by itself about due dates, non-payment and usage: the configuration's
 * policy, which a tariff plan may override field by field. Everything here is a pure function
 * of records, the policy and `now`; the use cases beside this file carry the results out.
 */

/** The server-wide policy (DUE_REMINDER_DAYS, SUSPEND_WHEN_NOT_PAID, REMOVE_SUSPENDED_AFTER_DAYS, USAGE_ALERTS). */
export interface LifecyclePolicy {
  /** Reminders go this many days before the due date (each once per due date); empty: none. */
  readonly dueReminderDays: readonly number[];
  /** A portal whose tariff becomes NotPaid is suspended. */
  readonly suspendWhenNotPaid: boolean;
  /** A portal suspended for non-payment this many days is removed; null: never. */
  readonly removeSuspendedAfterDays: number | null;
  /** Usage thresholds, in percent of the storage quota and of the users allowed; empty: none. */
  readonly usageAlerts: readonly number[];
}

/** The policy's settings as the domain holds them (src/config builds them). */
export interface LifecycleOptions extends LifecyclePolicy {
  /** How often the policy looks, in milliseconds: every rule acts within one interval of becoming due. */
  readonly intervalMs: number;
}

/** A plan's own policy: any field given replaces the server's. */
export type PlanPolicy = Partial<LifecyclePolicy>;

/** The names under which the rules act: the audit log's system actor id, and the upcoming list's `rule`. */
export const LIFECYCLE_RULES = {
  dueReminder: 'due-reminder',
  suspendNotPaid: 'suspend-not-paid',
  resumePaid: 'resume-paid',
  removeSuspended: 'remove-suspended',
  scheduledRemoval: 'scheduled-removal',
} as const;
export type LifecycleRule = (typeof LIFECYCLE_RULES)[keyof typeof LIFECYCLE_RULES];

/** The reason a suspension for non-payment is stored with. */
export const NOT_PAID_REASON = 'not paid';

/** The policy for a portal on `planName`: the plan's own fields over the server's. */
export function policyFor(planName: string, plans: readonly TariffPlan[], server: LifecyclePolicy): LifecyclePolicy {
  const plan = findPlan(plans, planName);
  return {
    dueReminderDays: plan?.dueReminderDays ?? server.dueReminderDays,
    suspendWhenNotPaid: plan?.suspendWhenNotPaid ?? server.suspendWhenNotPaid,
    removeSuspendedAfterDays:
      plan?.removeSuspendedAfterDays === undefined ? server.removeSuspendedAfterDays : plan.removeSuspendedAfterDays,
    usageAlerts: plan?.usageAlerts ?? server.usageAlerts,
  };
}

/** Every reminder day any plan (or the server) uses, smallest first: what the reminder rule looks for. */
export function allReminderDays(plans: readonly TariffPlan[], server: LifecyclePolicy): number[] {
  const days = new Set(server.dueReminderDays);
  for (const plan of plans) for (const d of plan.dueReminderDays ?? []) days.add(d);
  return [...days].sort((a, b) => a - b);
}

/** True when some plan (or the server) suspends for non-payment. */
export function anySuspension(plans: readonly TariffPlan[], server: LifecyclePolicy): boolean {
  return server.suspendWhenNotPaid || plans.some((p) => p.suspendWhenNotPaid === true);
}

/** True when some plan (or the server) removes portals suspended for non-payment. */
export function anyRemovalOfSuspended(plans: readonly TariffPlan[], server: LifecyclePolicy): boolean {
  return (
    server.removeSuspendedAfterDays !== null ||
    plans.some((p) => p.removeSuspendedAfterDays !== undefined && p.removeSuspendedAfterDays !== null)
  );
}

/** When the reminder `daysBefore` a due date is due. */
export function reminderTime(dueDate: Date, daysBefore: number): Date {
  return new Date(dueDate.getTime() - daysBefore * DAY_MS);
}

/**
 * The reminder due at `now` for a due date, as days before it: the smallest of `days` whose
 * moment has come while the due date has not passed. A due date set closer than the longest
 * reminder thus gets one reminder at once (saying how many days are really left), not one per
 * reminder day it skipped. Undefined when none is due.
 */
export function reminderDue(dueDate: Date, now: Date, days: readonly number[]): number | undefined {
  if (now.getTime() >= dueDate.getTime()) return undefined;
  const due = days.filter((d) => reminderTime(dueDate, d).getTime() <= now.getTime());
  return due.length === 0 ? undefined : Math.min(...due);
}

/** Whole days left until a due date (a reminder mail says "in 3 days"), at least 0. */
export function daysLeft(dueDate: Date, now: Date): number {
  return Math.max(0, Math.ceil((dueDate.getTime() - now.getTime()) / DAY_MS));
}

/** The moment a tariff becomes NotPaid (past its due date and the grace days), or null without a due date. */
export function notPaidFrom(tariff: Pick<TariffRecord, 'dueDate'>, graceDays: number): Date | null {
  if (tariff.dueDate === null) return null;
  // The state turns NotPaid strictly after due date + grace (tariffState): one millisecond later.
  return new Date(tariff.dueDate.getTime() + graceDays * DAY_MS + 1);
}

/** True when the tariff is NotPaid at `now`. */
export function isNotPaid(tariff: TariffRecord, now: Date, graceDays: number): boolean {
  return tariffState(tariff, now, graceDays) === TariffState.NotPaid;
}

/** When a portal suspended for non-payment at `suspendedAt` is removed under `days`; null: never. */
export function removalAfterSuspension(suspendedAt: Date, days: number | null): Date | null {
  return days === null ? null : new Date(suspendedAt.getTime() + days * DAY_MS);
}
