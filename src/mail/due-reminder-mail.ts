import type { Clock } from '../domain/clock.js';
import type { DueReminderMailHook } from '../domain/lifecycle/owner-notices.js';
import { formatDate } from '../i18n/index.js';
import { enqueueMail } from '../store/repositories/outbox.js';
import { templatesFor } from './templates/index.js';

/**
 * Queues the owner's due-date reminder in the outbox (the sender delivers it later), in the
 * portal's language, the date as the owner reads it in the portal's time zone. It runs inside
 * the reminder's transaction: the mail exists exactly when the reminder was recorded.
 */
export function queueDueReminderMail(options: { readonly clock: Clock }): DueReminderMailHook {
  return async (db, { tenant, owner, plan, dueDate, daysLeft }) => {
    const mail = templatesFor(tenant.language).dueReminder({
      firstName: owner.firstName,
      portalDomain: tenant.domain,
      plan,
      dueDate: formatDate(tenant.language, dueDate, safeZone(tenant.timeZoneName)),
      daysLeft,
    });
    await enqueueMail(
      db,
      { recipient: owner.email, subject: mail.subject, textBody: mail.text, htmlBody: mail.html.value },
      options.clock.now(),
    );
  };
}

/** The portal's zone if Intl knows it (registration keeps only known ones), else UTC. */
export function safeZone(zone: string): string {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone;
  } catch {
    return 'UTC';
  }
}
