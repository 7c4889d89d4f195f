import type { Clock } from '../domain/clock.js';
import type { UsageAlertMailHook } from '../domain/lifecycle/owner-notices.js';
import { formatBytes, formatNumber, formatPercent } from '../i18n/index.js';
import { enqueueMail } from '../store/repositories/outbox.js';
import { templatesFor } from './templates/index.js';

/**
 * Queues the owner's usage alert in the outbox, in the portal's language (USAGE_ALERT_MAIL): in
 * the usage report's transaction, so the mail exists exactly when the crossing was recorded.
 */
export function queueUsageAlertMail(options: { readonly clock: Clock }): UsageAlertMailHook {
  return async (db, { tenant, owner, metric, figure, limit }) => {
    const language = tenant.language;
    const amount = (n: number) => (metric === 'storage' ? formatBytes(language, n) : formatNumber(language, n));
    const mail = templatesFor(language).usageAlert({
      firstName: owner.firstName,
      portalDomain: tenant.domain,
      metric,
      percent: formatPercent(language, limit > 0 ? figure / limit : 0),
      used: amount(figure),
      limit: amount(limit),
    });
    await enqueueMail(
      db,
      { recipient: owner.email, subject: mail.subject, textBody: mail.text, htmlBody: mail.html.value },
      options.clock.now(),
    );
  };
}
