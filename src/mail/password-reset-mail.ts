import type { Clock } from '../domain/clock.js';
import type { ResetMailHook } from '../domain/owner/password-reset.js';
import { enqueueMail } from '../store/repositories/outbox.js';
import { templatesFor } from './templates/index.js';

/** Queues the owner's password-reset mail in the outbox (the sender delivers it later), in the portal's language. */
export function queuePasswordResetMail(options: { readonly clock: Clock }): ResetMailHook {
  return async (db, { tenant, owner, link, validMinutes }) => {
    const mail = templatesFor(tenant.language).passwordReset({
      firstName: owner.firstName,
      portalDomain: tenant.domain,
      link,
      validMinutes,
    });
    await enqueueMail(
      db,
      { recipient: owner.email, subject: mail.subject, textBody: mail.text, htmlBody: mail.html.value },
      options.clock.now(),
    );
  };
}
