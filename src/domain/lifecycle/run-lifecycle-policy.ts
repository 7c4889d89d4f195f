import { randomUUID } from 'node:crypto';
import { claimTaskLease, releaseTaskLease } from '../../store/repositories/task-leases.js';
import type { DomainContext } from '../context.js';
import { MINUTE_MS } from '../time.js';
import type { DueReminderMailHook } from './owner-notices.js';
import { carryOutScheduledRemovals, removeLongSuspended } from './remove-by-policy.js';
import type { RuleFailure } from './rule-outcome.js';
import { sendDueReminders } from './send-due-reminders.js';
import { suspendNotPaid } from './suspend-not-paid.js';

/** The lease every instance's policy run reaches for. */
const LEASE = 'lifecycle-policy';
/**
 * How long a run may hold the lease. A run that outlives it is not harmful — every action is
 * decided once by its own record or conditional update — only wasteful.
 */
const LEASE_MS = 10 * MINUTE_MS;

/** What one run of the policy did. */
export interface LifecycleRunResult {
  readonly reminders: number;
  readonly suspended: number;
  readonly removedSuspended: number;
  readonly removedScheduled: number;
  readonly failures: readonly RuleFailure[];
}

/** What the policy's actions send besides their events. */
export interface LifecycleHooks {
  /** Queues the owner's reminder mail; undefined when mail is off. */
  readonly reminderMail?: DueReminderMailHook | undefined;
}

/**
 * One look of the lifecycle policy at every portal: scheduled removals, removal after a long
 * suspension for non-payment, suspension for non-payment, reminders — in that order, so that a
 * portal about to go is not reminded or suspended first. One instance runs it at a time (a lease on a shared row; the
 * others skip their turn and resolve to undefined); every action is also decided once on its
 * own, so a lapsed lease never doubles one. `holder` names the instance (its runs renew its lease).
 */
export async function runLifecyclePolicy(
  ctx: DomainContext,
  hooks: LifecycleHooks,
  holder: string = randomUUID(),
): Promise<LifecycleRunResult | undefined> {
  const now = ctx.clock.now();
  if (!(await claimTaskLease(ctx.store.db, LEASE, holder, now, new Date(now.getTime() + LEASE_MS)))) return undefined;
  try {
    const scheduled = await carryOutScheduledRemovals(ctx);
    const removed = await removeLongSuspended(ctx);
    const suspended = await suspendNotPaid(ctx);
    const reminders = await sendDueReminders(ctx, hooks.reminderMail);
    return {
      reminders: reminders.done,
      suspended: suspended.done,
      removedSuspended: removed.done,
      removedScheduled: scheduled.done,
      failures: [...scheduled.failures, ...removed.failures, ...suspended.failures, ...reminders.failures],
    };
  } finally {
    await releaseTaskLease(ctx.store.db, LEASE, holder);
  }
}
