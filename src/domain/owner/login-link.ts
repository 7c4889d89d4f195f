import { findUserById } from '../../store/repositories/users.js';
import type { TenantRecord } from '../../store/records.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { signinLink } from '../portal/portal-urls.js';

/** A one-time link that signs the owner in on the portal's host. */
export interface LoginLink {
  readonly tenant: TenantRecord;
  readonly link: string;
  readonly expiresAt: Date;
}

export const DEFAULT_LOGIN_LINK_TTL_SECONDS = 300;
export const MIN_LOGIN_LINK_TTL_SECONDS = 30;
export const MAX_LOGIN_LINK_TTL_SECONDS = 3600;

/**
 * portal/loginlink: the "log in to your portal" button of a billing panel — the same kind of
 * single-use link portal/signin hands out, for `ttl` seconds. Only for an active portal whose
 * owner has activated it (a link would otherwise bypass the owner's own first step). Issuing it
 * is audited; using it is audited again (owner.signin).
 */
export async function createLoginLink(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: PortalRef,
  ttlSeconds: number | undefined,
): Promise<LoginLink> {
  const ttl = ttlSeconds ?? DEFAULT_LOGIN_LINK_TTL_SECONDS;
  if (!Number.isInteger(ttl) || ttl < MIN_LOGIN_LINK_TTL_SECONDS || ttl > MAX_LOGIN_LINK_TTL_SECONDS) {
    throw paramsError(`ttl: must be between ${MIN_LOGIN_LINK_TTL_SECONDS} and ${MAX_LOGIN_LINK_TTL_SECONDS} seconds`);
  }
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, scope, ref);
    // A suspended portal signs nobody in: it does not exist for this purpose.
    if (tenant.status !== 'Active') throw new DomainError('portalNameNotFound');
    const owner = await findUserById(tx, tenant.ownerId);
    if (owner === undefined) throw new DomainError('portalNameNotFound');
    if (!owner.activated) throw paramsError('The owner has not activated the portal yet');
    // Link keys expire on a whole second: the answer names the moment the link really stops working.
    const expiresAt = new Date(Math.floor((ctx.clock.now().getTime() + ttl * 1000) / 1000) * 1000);
    const link = signinLink(
      ctx,
      tenant.domain,
      { tenantId: tenant.id, userId: owner.id, email: owner.email },
      expiresAt,
    );
    await recordChange(ctx, tx, scope, {
      action: 'portal.loginlink',
      tenant,
      changes: { expiresAt: [null, expiresAt.toISOString()] },
    });
    const result: LoginLink = { tenant, link, expiresAt };
    await scope.beforeCommit?.(tx, result);
    return result;
  });
}
