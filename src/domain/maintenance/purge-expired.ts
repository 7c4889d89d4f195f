import { purgeSentMail } from '../../store/repositories/outbox.js';
import { purgeRemovedTenants } from '../../store/repositories/tenants.js';
import { purgeUsedLinks } from '../../store/repositories/used-links.js';
import type { DomainContext } from '../context.js';
import { DAY_MS } from '../time.js';

/** Sent mail is kept this long for support questions ("did the owner get the mail?"). */
const SENT_MAIL_RETENTION_DAYS = 30;
const TENANT_BATCH = 500;

export interface PurgeResult {
  readonly tenants: number;
  readonly usedLinks: number;
  readonly sentMail: number;
}

/**
 * Deletes what has outlived its purpose: removed portals older than REMOVE_RETENTION_DAYS
 *, used-link records of links that have expired anyway, and old sent mail.
 * Every step is an idempotent DELETE, so several instances may run it at once.
 */
export async function purgeExpired(ctx: DomainContext): Promise<PurgeResult> {
  const now = ctx.clock.now().getTime();
  const tombstoneCutoff = new Date(now - ctx.options.removeRetentionDays * DAY_MS);
  let tenants = 0;
  for (;;) {
    const purged = await ctx.store.transaction((tx) => purgeRemovedTenants(tx, tombstoneCutoff, TENANT_BATCH));
    tenants += purged;
    if (purged < TENANT_BATCH) break;
  }
  const usedLinks = await purgeUsedLinks(ctx.store.db, new Date(now));
  const sentMail = await purgeSentMail(ctx.store.db, new Date(now - SENT_MAIL_RETENTION_DAYS * DAY_MS));
  return { tenants, usedLinks, sentMail };
}
