import { setTenantProtection } from '../../store/repositories/portal-lifecycle.js';
import type { TenantRecord } from '../../store/records.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';

/**
 * PUT portal/protection: a protected portal cannot be removed — not at once, not at a scheduled
 * time, not by a bulk job, not by the policy — until the flag is lifted (portalProtected).
 * Protecting a portal also cancels a removal scheduled for it: nothing would carry it out.
 * The operator or the client that owns the portal may set it (findPortal hides the others').
 */
export async function setPortalProtection(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: PortalRef,
  wanted: boolean | undefined,
): Promise<TenantRecord> {
  if (wanted === undefined) throw paramsError('protected: is required (true or false)');
  const isProtected = wanted;
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, scope, ref);
    if (!(await setTenantProtection(tx, tenant.id, isProtected))) throw new DomainError('portalNameNotFound');
    const changed: TenantRecord = {
      ...tenant,
      isProtected,
      removalScheduledAt: isProtected ? null : tenant.removalScheduledAt,
    };
    if (tenant.isProtected !== isProtected) {
      await recordChange(ctx, tx, scope, {
        action: 'portal.protection',
        tenant,
        changes: {
          protected: [tenant.isProtected, isProtected],
          ...(tenant.removalScheduledAt !== null && isProtected
            ? { removalScheduledAt: [tenant.removalScheduledAt.toISOString(), null] }
            : {}),
        },
      });
    }
    await scope.beforeCommit?.(tx, changed);
    return changed;
  });
}

/** Refuses to remove a protected portal (portalProtected): every way of removing one checks here. */
export function refuseIfProtected(tenant: TenantRecord): void {
  if (tenant.isProtected) throw new DomainError('portalProtected');
}
