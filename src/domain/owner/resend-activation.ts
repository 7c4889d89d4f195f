import { findUserById, hasPassword } from '../../store/repositories/users.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import type { Registration, RegistrationHook } from '../portal/create-portal.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { activationLink } from '../portal/portal-urls.js';

/**
 * portal/resendactivation: a new activation link for an owner who has not activated the portal
 * yet (the first mail was lost, or expired), mailed again when mail is on (`activationMail`, the
 * same work registration does). Earlier links stay valid until they expire.
 */
export async function resendActivation(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: PortalRef,
  activationMail: RegistrationHook | undefined,
): Promise<Registration> {
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, scope, ref);
    const owner = await findUserById(tx, tenant.ownerId);
    if (owner === undefined) throw new DomainError('portalNameNotFound');
    if (owner.activated) throw paramsError('The owner has already activated the portal');
    const reference = activationLink(
      ctx,
      tenant.domain,
      { tenantId: tenant.id, userId: owner.id, email: owner.email },
      !(await hasPassword(tx, owner.id)),
    );
    await recordChange(ctx, tx, scope, {
      action: 'portal.resendactivation',
      tenant,
      changes: { ownerEmail: [null, owner.email] },
    });
    const registration: Registration = { tenant, reference };
    if (activationMail) {
      await activationMail(tx, {
        ...registration,
        activationLink: reference,
        owner: {
          firstName: owner.firstName,
          lastName: owner.lastName,
          email: owner.email,
          phone: owner.phone,
          language: tenant.language,
          timeZoneName: tenant.timeZoneName,
        },
      });
    }
    await scope.beforeCommit?.(tx, registration);
    return registration;
  });
}
