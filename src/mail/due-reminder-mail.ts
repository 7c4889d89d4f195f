import type { DueReminderMailHook } from '../domain/lifecycle/owner-notices.js';
import { knownTimeZone } from '../i18n/index.js';
import { queueOwnerMail, type OwnerMailDeps } from './queue-owner-mail.js';

/**
 * Queues the owner's due-date reminder in the outbox (the sender delivers it later), in the
 * portal's language, the date as the owner reads it in the portal's time zone. It runs inside
 * the reminder's transaction: the mail exists exactly when the reminder was recorded. It carries
 * no unsubscribe link: the reminder is about the service the owner pays for (see mail-opt-out.ts).
 */
export function queueDueReminderMail(deps: OwnerMailDeps): DueReminderMailHook {
  return async (db, { tenant, owner, plan, dueDate, daysLeft }) =>
    queueOwnerMail(deps, db, {
      kind: 'dueReminder',
      tenant,
      owner,
      vars: {
        firstName: owner.firstName,
        portalDomain: tenant.domain,
        plan,
        dueDate,
        timeZone: knownTimeZone(tenant.timeZoneName),
        daysLeft,
      },
    });
}
