import { updateTenantStatus } from '../../store/repositories/tenants.js';
import type { TenantRecord } from '../../store/records.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { refuseIfProtected } from '../lifecycle/protect-portal.js';
import { findPortal, type PortalRef } from './find-portal.js';

/**
 * portal/status: no status → Active (clients resume a portal by sending the name alone);
 * anything else than Active/0 → Suspended. A removed portal cannot come back this way.
 */
export async function changePortalStatus(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: PortalRef,
  status: string | undefined,
  reason: string | undefined,
): Promise<TenantRecord> {
  const wanted = status === undefined || ['active', '0'].includes(status.trim().toLowerCase()) ? 'Active' : 'Suspended';
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, scope, ref);
    const now = ctx.clock.now();
    if (!(await updateTenantStatus(tx, tenant.id, wanted, reason ?? null, now)))
      throw new DomainError('portalNameNotFound');
    const changed: TenantRecord = {
      ...tenant,
      status: wanted,
      statusReason: reason ?? null,
      statusChanged: now,
      // Whoever changes the status now, the policy's suspension for non-payment is over.
      policySuspendedAt: null,
    };
    // An event only when the status really changes; the audit log records every call.
    const event =
      tenant.status === wanted
        ? undefined
        : { type: wanted === 'Active' ? ('portal.resumed' as const) : ('portal.suspended' as const), tenant: changed };
    await recordChange(
      ctx,
      tx,
      scope,
      {
        action: 'portal.status',
        tenant,
        changes: { status: [tenant.status, wanted], reason: [tenant.statusReason, changed.statusReason] },
      },
      event,
    );
    await scope.beforeCommit?.(tx, changed);
    return changed;
  });
}

/**
 * portal/remove: a tombstone kept REMOVE_RETENTION_DAYS (portal/restore brings it back until
 * then); the name is free again at once. A protected portal is refused (portalProtected).
 */
export async function removePortal(ctx: DomainContext, scope: ChangeScope, ref: PortalRef): Promise<TenantRecord> {
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, scope, ref);
    refuseIfProtected(tenant);
    const now = ctx.clock.now();
    // The reason stays: a restore gives the portal back as it was.
    if (!(await updateTenantStatus(tx, tenant.id, 'RemovePending', tenant.statusReason, now)))
      throw new DomainError('portalNameNotFound');
    const removed: TenantRecord = { ...tenant, status: 'RemovePending', statusChanged: now, removalScheduledAt: null };
    await recordChange(
      ctx,
      tx,
      scope,
      { action: 'portal.remove', tenant, changes: { status: [tenant.status, 'RemovePending'] } },
      { type: 'portal.removed', tenant: removed },
    );
    await scope.beforeCommit?.(tx, removed);
    return removed;
  });
}
