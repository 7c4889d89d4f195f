import type { UsageAlertMailHook } from '../domain/lifecycle/owner-notices.js';
import { mailStopped, unsubscribeLink, type MailOptOutSubject } from '../domain/owner/mail-opt-out.js';
import { queueOwnerMail, type OwnerMailDeps } from './queue-owner-mail.js';

/**
 * Queues the owner's usage alert in the outbox, in the portal's language (USAGE_ALERT_MAIL): in
 * the usage report's transaction, so the mail exists exactly when the crossing was recorded. A
 * notice: it carries a one-click unsubscribe link, and an owner who used it gets no more.
 */
export function queueUsageAlertMail(deps: OwnerMailDeps): UsageAlertMailHook {
  return async (db, { tenant, owner, metric, figure, limit }) => {
    const subject: MailOptOutSubject = { tenantId: tenant.id, userId: owner.id, kind: 'usageAlert' };
    if (await mailStopped(db, subject)) return;
    await queueOwnerMail(deps, db, {
      kind: 'usageAlert',
      tenant,
      owner,
      vars: { firstName: owner.firstName, portalDomain: tenant.domain, metric, used: figure, limit },
      unsubscribe: unsubscribeLink(deps.ctx, tenant.domain, subject),
    });
  };
}
