import type { RegistrationHook } from '../domain/portal/register-portal.js';
import { queueOwnerMail, type OwnerMailDeps } from './queue-owner-mail.js';

/**
 * The registration hook that queues the owner's activation mail. It runs inside the
 * registration's transaction, so the mail exists exactly when the portal does: a registration
 * that rolls back leaves no mail, and a committed one cannot lose its mail to a crash. Nothing
 * here talks to the mail server; the outbox sender does that later.
 */
export function queueActivationMail(deps: OwnerMailDeps & { readonly activationTtlHours: number }): RegistrationHook {
  return async (db, { tenant, activationLink, owner }) =>
    queueOwnerMail(deps, db, {
      kind: 'activation',
      tenant,
      owner,
      vars: {
        firstName: owner.firstName,
        portalDomain: tenant.domain,
        link: activationLink,
        validHours: deps.activationTtlHours,
      },
    });
}
