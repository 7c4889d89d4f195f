import type { Clock } from '../domain/clock.js';
import type { RegistrationHook } from '../domain/portal/register-portal.js';
import { enqueueMail } from '../store/repositories/outbox.js';
import { templatesFor } from './templates/index.js';

/**
 * The registration hook that queues the owner's activation mail. It runs inside the
 * registration's transaction, so the mail exists exactly when the portal does: a registration
 * that rolls back leaves no mail, and a committed one cannot lose its mail to a crash. Nothing
 * here talks to the mail server; the outbox sender does that later.
 */
export function queueActivationMail(options: {
  readonly clock: Clock;
  readonly activationTtlHours: number;
}): RegistrationHook {
  return async (db, { tenant, activationLink, owner }) => {
    const mail = templatesFor(owner.language).activation({
      firstName: owner.firstName,
      lastName: owner.lastName,
      portalDomain: tenant.domain,
      link: activationLink,
      validHours: options.activationTtlHours,
    });
    await enqueueMail(
      db,
      { recipient: owner.email, subject: mail.subject, textBody: mail.text, htmlBody: mail.html.value },
      options.clock.now(),
    );
  };
}
