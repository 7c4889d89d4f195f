import { normalizeEmail } from '../email.js';
import { createHash } from 'node:crypto';
import { pseudonymizeAudit, purgeAudit } from '../../store/repositories/audit.js';
import { purgeEndedJobs } from '../../store/repositories/bulk-jobs.js';
import { deleteLifecycleActionsOf, purgeLifecycleActions } from '../../store/repositories/lifecycle-actions.js';
import { purgeExpiredConsoleSessions } from '../../store/repositories/console-sessions.js';
import { purgeExpiredKeys } from '../../store/repositories/idempotency-keys.js';
import { deleteMailOptOutsOf } from '../../store/repositories/mail-opt-outs.js';
import { purgeSentMail } from '../../store/repositories/outbox.js';
import { purgeDeliveries } from '../../store/repositories/webhook-deliveries.js';
import { purgeRemovedTenants } from '../../store/repositories/tenants.js';
import { purgeUsedLinks } from '../../store/repositories/used-links.js';
import { SYSTEM_ACTOR } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DAY_MS } from '../time.js';

/** Sent mail is kept this long for support questions ("did the owner get the mail?"). */
const SENT_MAIL_RETENTION_DAYS = 30;
/** Delivered and failed webhook deliveries are kept this long (webhook/deliveries shows them). */
const DELIVERY_RETENTION_DAYS = 30;
/** Bulk jobs are kept this long after they ended (job/get and job/list show them). */
const JOB_RETENTION_DAYS = 30;
/** Records of lifecycle actions for due dates no portal has any more are kept this long. */
const LIFECYCLE_ACTION_RETENTION_DAYS = 90;
const BATCH = 500;

export interface PurgeResult {
  readonly tenants: number;
  readonly usedLinks: number;
  readonly sentMail: number;
  readonly auditRecords: number;
  readonly deliveries: number;
  /** Console sessions past their idle limit (already refused; the rows go now). */
  readonly consoleSessions: number;
  readonly idempotencyKeys: number;
  /** Bulk jobs that ended JOB_RETENTION_DAYS ago, with their items. */
  readonly bulkJobs: number;
  readonly lifecycleActions: number;
}

/**
 * Deletes what has outlived its purpose: removed portals older than REMOVE_RETENTION_DAYS (each
 * recorded as `portal.purge`, its owner's e-mail replaced by a pseudonym in the audit log: the
 * right to erasure), audit records older than AUDIT_RETENTION_DAYS, used-link records of links
 * that have expired anyway, old sent mail and old finished webhook deliveries, stored idempotent
 * answers past IDEMPOTENCY_TTL_HOURS, console sessions past their idle limit, bulk jobs a month
 * after they ended, and the records of lifecycle actions for due dates long gone. Several
 * instances may run it at once: the portals
 * are claimed under a lock, every other step is an idempotent DELETE.
 */
export async function purgeExpired(ctx: DomainContext): Promise<PurgeResult> {
  const now = ctx.clock.now().getTime();
  const tombstoneCutoff = new Date(now - ctx.options.removeRetentionDays * DAY_MS);
  let tenants = 0;
  for (;;) {
    const purged = await ctx.store.transaction(async (tx) => {
      const gone = await purgeRemovedTenants(tx, tombstoneCutoff, BATCH);
      await deleteLifecycleActionsOf(
        tx,
        gone.map((g) => g.tenant.id),
      );
      await deleteMailOptOutsOf(
        tx,
        gone.map((g) => g.tenant.id),
      );
      for (const { tenant, ownerEmail } of gone) {
        if (ownerEmail !== null) await pseudonymizeAudit(tx, tenant.id, ownerEmail, pseudonymOf(ownerEmail));
        await recordChange(
          ctx,
          tx,
          SYSTEM_ACTOR,
          { action: 'portal.purge', tenant, changes: { status: ['RemovePending', null] } },
          { type: 'portal.purged', tenant },
        );
      }
      return gone.length;
    });
    tenants += purged;
    if (purged < BATCH) break;
  }
  const auditCutoff = new Date(now - ctx.options.auditRetentionDays * DAY_MS);
  const auditRecords = await inBatches(() => purgeAudit(ctx.store.db, auditCutoff, BATCH));
  const usedLinks = await purgeUsedLinks(ctx.store.db, new Date(now));
  const sentMail = await purgeSentMail(ctx.store.db, new Date(now - SENT_MAIL_RETENTION_DAYS * DAY_MS));
  const deliveries = await inBatches(() =>
    purgeDeliveries(ctx.store.db, new Date(now - DELIVERY_RETENTION_DAYS * DAY_MS), BATCH),
  );
  const consoleSessions = await purgeExpiredConsoleSessions(ctx.store.db, new Date(now));
  const idempotencyKeys = await inBatches(() => purgeExpiredKeys(ctx.store.db, new Date(now), BATCH));
  // A job's items go with it: a few statements per job, however many portals it took.
  const bulkJobs = await inBatches(() =>
    purgeEndedJobs(ctx.store.db, new Date(now - JOB_RETENTION_DAYS * DAY_MS), BATCH),
  );
  const lifecycleActions = await purgeLifecycleActions(
    ctx.store.db,
    new Date(now - LIFECYCLE_ACTION_RETENTION_DAYS * DAY_MS),
  );
  return {
    tenants,
    usedLinks,
    sentMail,
    auditRecords,
    deliveries,
    consoleSessions,
    idempotencyKeys,
    bulkJobs,
    lifecycleActions,
  };
}

/**
 * Runs a bounded delete (at most BATCH rows a statement, so no purge holds a long lock or a
 * huge transaction) until it deletes less than a batch; returns the total.
 */
async function inBatches(deleteBatch: () => Promise<number>): Promise<number> {
  let total = 0;
  for (;;) {
    const deleted = await deleteBatch();
    total += deleted;
    if (deleted < BATCH) return total;
  }
}

/**
 * What stands in the log for a purged owner's e-mail: the same e-mail always gives the same
 * pseudonym (records of one person stay linkable), and it cannot be read back.
 */
export function pseudonymOf(email: string): string {
  return `erased-${createHash('sha256').update(normalizeEmail(email), 'utf8').digest('hex').slice(0, 16)}@invalid`;
}
