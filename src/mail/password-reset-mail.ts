import type { ResetMailHook } from '../domain/owner/password-reset.js';
import { queueOwnerMail, type OwnerMailDeps } from './queue-owner-mail.js';

/** Queues the owner's password-reset mail in the outbox (the sender delivers it later), in the portal's language. */
export function queuePasswordResetMail(deps: OwnerMailDeps): ResetMailHook {
  return async (db, { tenant, owner, link, validMinutes }) =>
    queueOwnerMail(deps, db, {
      kind: 'passwordReset',
      tenant,
      owner,
      vars: { firstName: owner.firstName, portalDomain: tenant.domain, link, validMinutes },
    });
}
