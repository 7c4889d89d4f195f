import { remindersSent } from '../../store/repositories/lifecycle-actions.js';
import {
  findPolicySuspended,
  findPortalsDueBetween,
  findScheduledRemovals,
  findUnsuspendedOverdue,
} from '../../store/repositories/portal-lifecycle.js';
import type { TenantRecord } from '../../store/records.js';
import { visibleClientOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { DAY_MS } from '../time.js';
import {
  anyRemovalOfSuspended,
  anySuspension,
  LIFECYCLE_RULES,
  notPaidFrom,
  policyFor,
  reminderDue,
  reminderTime,
  removalAfterSuspension,
  type LifecycleRule,
} from './lifecycle-policy.js';

/** What the policy will do to a portal, and when. */
export interface UpcomingAction {
  /** When it is due (now, for what is due already and waits for the next run). */
  readonly at: Date;
  readonly action: 'reminder' | 'suspend' | 'remove';
  readonly rule: LifecycleRule;
  readonly tenant: TenantRecord;
  /** The tariff's due date the action follows from (reminders, suspensions, their removals). */
  readonly dueDate: Date | null;
  /** For reminders: days before the due date. */
  readonly daysBefore: number | null;
}

/** GET lifecycle/upcoming's answer. */
export interface UpcomingActions {
  readonly from: Date;
  readonly to: Date;
  /** Earliest first, at most MAX_UPCOMING. */
  readonly actions: readonly UpcomingAction[];
  /** True when there are more than MAX_UPCOMING (the earliest are listed). */
  readonly truncated: boolean;
}

export const DEFAULT_UPCOMING_DAYS = 30;
export const MAX_UPCOMING_DAYS = 366;
/** The most actions one answer lists (and portals one query reads per rule). */
export const MAX_UPCOMING = 1000;

/**
 * What the policy will do in the next `days` days, as it stands now: reminders, suspensions for
 * non-payment, removals (scheduled, after a long suspension — also of portals it has yet to
 * suspend). The operator sees every portal, a client its own. A change meanwhile (a payment, a
 * new due date) changes the answer; so does a change of the policy.
 */
export async function upcomingActions(
  ctx: DomainContext,
  actor: Actor,
  days: number | undefined,
): Promise<UpcomingActions> {
  const span = days ?? DEFAULT_UPCOMING_DAYS;
  if (!Number.isSafeInteger(span) || span < 1 || span > MAX_UPCOMING_DAYS)
    throw paramsError(`days: must be a whole number from 1 to ${MAX_UPCOMING_DAYS}`);
  const now = ctx.clock.now();
  const to = new Date(now.getTime() + span * DAY_MS);
  const clientId = visibleClientOf(actor);
  const found: UpcomingAction[] = [];
  let truncated = false;
  const limited = <T>(rows: T[]): T[] => {
    if (rows.length >= MAX_UPCOMING) truncated = true;
    return rows;
  };
  const at = (date: Date) => (date.getTime() < now.getTime() ? now : date);
  const server = ctx.options.lifecycle;
  const { plans, graceDays } = ctx.options.tariff;

  // Reminders: due dates within the window plus the longest reminder.
  const longest = Math.max(0, ...server.dueReminderDays, ...plans.flatMap((p) => p.dueReminderDays ?? []));
  if (longest > 0) {
    const due = limited(
      await findPortalsDueBetween(
        ctx.store.db,
        { from: now, to: new Date(to.getTime() + longest * DAY_MS), clientId },
        undefined,
        MAX_UPCOMING,
      ),
    );
    const sent = await remindersSent(
      ctx.store.db,
      LIFECYCLE_RULES.dueReminder,
      due.flatMap(({ tenant, tariff }) =>
        tariff.dueDate === null ? [] : [{ tenantId: tenant.id, dueDate: tariff.dueDate }],
      ),
    );
    for (const { tenant, tariff } of due) {
      const dueDate = tariff.dueDate;
      if (dueDate === null) continue;
      const reminderDays = policyFor(tariff.plan, plans, server).dueReminderDays;
      const done = sent.get(tenant.id) ?? new Set<number>();
      // The reminder due now (if not sent) and the later ones, nearest last.
      const current = reminderDue(dueDate, now, reminderDays);
      for (const d of reminderDays) {
        const time = reminderTime(dueDate, d);
        if (done.has(d) || time.getTime() > to.getTime()) continue;
        if (time.getTime() <= now.getTime() && d !== current) continue;
        if ([...done].some((sentDays) => sentDays < d)) continue;
        found.push({
          at: at(time),
          action: 'reminder',
          rule: LIFECYCLE_RULES.dueReminder,
          tenant,
          dueDate,
          daysBefore: d,
        });
      }
    }
  }

  // Suspensions, and the removals that follow them within the window.
  if (anySuspension(plans, server)) {
    const overdue = limited(
      await findUnsuspendedOverdue(
        ctx.store.db,
        { dueBefore: new Date(to.getTime() - graceDays * DAY_MS), rule: LIFECYCLE_RULES.suspendNotPaid, clientId },
        0,
        MAX_UPCOMING,
      ),
    );
    for (const { tenant, tariff } of overdue) {
      const policy = policyFor(tariff.plan, plans, server);
      const from = notPaidFrom(tariff, graceDays);
      if (!policy.suspendWhenNotPaid || from === null) continue;
      const suspendAt = at(from);
      const common = { tenant, dueDate: tariff.dueDate, daysBefore: null };
      found.push({ at: suspendAt, action: 'suspend', rule: LIFECYCLE_RULES.suspendNotPaid, ...common });
      const removeAt = removalAfterSuspension(suspendAt, policy.removeSuspendedAfterDays);
      if (removeAt !== null && removeAt.getTime() <= to.getTime() && !tenant.isProtected)
        found.push({ at: removeAt, action: 'remove', rule: LIFECYCLE_RULES.removeSuspended, ...common });
    }
  }

  // Removals of portals suspended for non-payment already.
  if (anyRemovalOfSuspended(plans, server)) {
    const suspended = limited(await findPolicySuspended(ctx.store.db, { suspendedBy: to, clientId }, 0, MAX_UPCOMING));
    for (const { tenant, tariff } of suspended) {
      const days = policyFor(tariff.plan, plans, server).removeSuspendedAfterDays;
      const removeAt =
        tenant.policySuspendedAt === null ? null : removalAfterSuspension(tenant.policySuspendedAt, days);
      if (removeAt === null || removeAt.getTime() > to.getTime() || tenant.isProtected) continue;
      found.push({
        at: at(removeAt),
        action: 'remove',
        rule: LIFECYCLE_RULES.removeSuspended,
        tenant,
        dueDate: tariff.dueDate,
        daysBefore: null,
      });
    }
  }

  // Scheduled removals.
  for (const tenant of limited(await findScheduledRemovals(ctx.store.db, { by: to, clientId }, 0, MAX_UPCOMING))) {
    if (tenant.removalScheduledAt === null) continue;
    found.push({
      at: at(tenant.removalScheduledAt),
      action: 'remove',
      rule: LIFECYCLE_RULES.scheduledRemoval,
      tenant,
      dueDate: null,
      daysBefore: null,
    });
  }

  found.sort((a, b) => a.at.getTime() - b.at.getTime() || a.tenant.id - b.tenant.id);
  return {
    from: now,
    to,
    actions: found.slice(0, MAX_UPCOMING),
    truncated: truncated || found.length > MAX_UPCOMING,
  };
}
