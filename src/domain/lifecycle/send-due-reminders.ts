import { insertLifecycleAction } from '../../store/repositories/lifecycle-actions.js';
import { findPortalsDueBetween, type DueCursor } from '../../store/repositories/portal-lifecycle.js';
import { findTariff } from '../../store/repositories/tariffs.js';
import { findTenantById } from '../../store/repositories/tenants.js';
import { findUserById } from '../../store/repositories/users.js';
import { isUniqueViolation } from '../../store/store.js';
import { ruleActor } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DAY_MS } from '../time.js';
import { allReminderDays, daysLeft, LIFECYCLE_RULES, policyFor, reminderDue } from './lifecycle-policy.js';
import type { DueReminderMailHook } from './owner-notices.js';
import { actOn, RULE_BATCH, type RuleFailure, type RuleOutcome } from './rule-outcome.js';

const RULE = LIFECYCLE_RULES.dueReminder;

/**
 * The due-date reminders (DUE_REMINDER_DAYS, or the plan's): for every live portal whose reminder
 * has come and that was not reminded for that due date yet, the owner's mail (when mail is on)
 * and a `tariff.due_soon` event, audited as the system under `due-reminder`. Each is sent once per
 * portal, due date and days before, however many instances run this at once: the record of it is
 * written in the same transaction, and its primary key refuses a second one.
 */
export async function sendDueReminders(
  ctx: DomainContext,
  mail: DueReminderMailHook | undefined,
): Promise<RuleOutcome> {
  const now = ctx.clock.now();
  const { plans } = ctx.options.tariff;
  const outcome = { done: 0, failures: [] as RuleFailure[] };
  // Smallest first: a portal within a day of its due date gets the 1-day reminder, after which
  // the 7-day one is left out (a reminder is never sent after a nearer one).
  for (const days of allReminderDays(plans, ctx.options.lifecycle)) {
    let after: DueCursor | undefined;
    for (;;) {
      const batch = await findPortalsDueBetween(
        ctx.store.db,
        { from: now, to: new Date(now.getTime() + days * DAY_MS) },
        after,
        RULE_BATCH,
        { rule: RULE, days },
      );
      for (const { tenant, tariff } of batch) {
        const dueDate = tariff.dueDate;
        if (dueDate === null) continue;
        after = { dueDate, tenantId: tenant.id };
        const policy = policyFor(tariff.plan, plans, ctx.options.lifecycle);
        if (reminderDue(dueDate, now, policy.dueReminderDays) !== days) continue;
        await actOn(RULE, tenant.id, () => remind(ctx, mail, tenant.id, dueDate, days), outcome);
      }
      if (batch.length < RULE_BATCH) break;
    }
  }
  return outcome;
}

/** Sends one reminder; false when another instance sent it first or the due date changed meanwhile. */
async function remind(
  ctx: DomainContext,
  mail: DueReminderMailHook | undefined,
  tenantId: number,
  dueDate: Date,
  daysBefore: number,
): Promise<boolean> {
  try {
    return await ctx.store.transaction(async (tx) => {
      const now = ctx.clock.now();
      const tenant = await findTenantById(tx, tenantId);
      const tariff = await findTariff(tx, tenantId);
      if (tenant === undefined || tenant.status === 'RemovePending' || tariff?.dueDate?.getTime() !== dueDate.getTime())
        return false;
      await insertLifecycleAction(tx, { tenantId, rule: RULE, dueDate, daysBefore }, now);
      const owner = await findUserById(tx, tenant.ownerId);
      const left = daysLeft(dueDate, now);
      if (owner !== undefined && mail !== undefined)
        await mail(tx, { tenant, owner, plan: tariff.plan, dueDate, daysLeft: left });
      await recordChange(
        ctx,
        tx,
        ruleActor(RULE),
        {
          action: 'tariff.reminder',
          tenant,
          changes: { dueDate: [null, dueDate.toISOString()], daysBefore: [null, daysBefore] },
        },
        {
          type: 'tariff.due_soon',
          tenant,
          tariff,
          changes: {},
          details: { reminder: { dueDate: dueDate.toISOString(), daysBefore, daysLeft: left } },
        },
      );
      return true;
    });
  } catch (error) {
    // The record's primary key: another instance sent this reminder first.
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
