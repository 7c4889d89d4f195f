import { updateTenantStatus } from '../../store/repositories/tenants.js';
import type { TenantRecord } from '../../store/records.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { findPortal, type PortalRef } from './find-portal.js';

/**
 * portal/status: no status → Active (clients resume by sending the name alone);
 * anything else than Active/0 → Suspended. A removed portal cannot come back this way.
 */
export async function changePortalStatus(
  ctx: DomainContext,
  ref: PortalRef,
  status: string | undefined,
  reason: string | undefined,
): Promise<TenantRecord> {
  const wanted = status === undefined || ['active', '0'].includes(status.trim().toLowerCase()) ? 'Active' : 'Suspended';
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, ref);
    const now = ctx.clock.now();
    if (!(await updateTenantStatus(tx, tenant.id, wanted, reason ?? null, now))) throw new DomainError('portalNameNotFound');
    return { ...tenant, status: wanted, statusReason: reason ?? null, statusChanged: now };
  });
}

/** portal/remove: a tombstone; the name is free again at once. */
export async function removePortal(ctx: DomainContext, ref: PortalRef): Promise<TenantRecord> {
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, ref);
    const now = ctx.clock.now();
    if (!(await updateTenantStatus(tx, tenant.id, 'RemovePending', null, now))) throw new DomainError('portalNameNotFound');
    return { ...tenant, status: 'RemovePending' as const, statusChanged: now };
  });
}
