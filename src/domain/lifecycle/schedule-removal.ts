import { setRemovalSchedule } from '../../store/repositories/portal-lifecycle.js';
import type { TenantRecord } from '../../store/records.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import { parseIsoDate } from '../iso-date.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { refuseIfProtected } from './protect-portal.js';

/**
 * DELETE portal/remove with `at`: the portal is removed at that future moment (by the lifecycle
 * policy, within one interval of it), and until then shows it as `removalScheduledAt`. Scheduling
 * again moves the moment. A protected portal cannot be scheduled (portalProtected).
 */
export async function scheduleRemoval(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: PortalRef,
  atText: string,
): Promise<TenantRecord> {
  const at = parseIsoDate(atText);
  if (typeof at === 'string')
    throw paramsError('at: must be an ISO 8601 date or date-time (2026-12-31T18:00:00Z) between 1970 and 9999');
  if (at.getTime() <= ctx.clock.now().getTime()) throw paramsError('at: must be in the future');
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, scope, ref);
    refuseIfProtected(tenant);
    if (!(await setRemovalSchedule(tx, tenant.id, at))) throw new DomainError('portalNameNotFound');
    const scheduled: TenantRecord = { ...tenant, removalScheduledAt: at };
    await recordChange(ctx, tx, scope, {
      action: 'portal.scheduleremoval',
      tenant,
      changes: { removalScheduledAt: [tenant.removalScheduledAt?.toISOString() ?? null, at.toISOString()] },
    });
    await scope.beforeCommit?.(tx, scheduled);
    return scheduled;
  });
}

/** POST portal/cancelremoval: the scheduled removal is dropped (nothing happens when none was scheduled). */
export async function cancelRemoval(ctx: DomainContext, scope: ChangeScope, ref: PortalRef): Promise<TenantRecord> {
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, scope, ref);
    const cancelled: TenantRecord = { ...tenant, removalScheduledAt: null };
    if (tenant.removalScheduledAt !== null) {
      if (!(await setRemovalSchedule(tx, tenant.id, null))) throw new DomainError('portalNameNotFound');
      await recordChange(ctx, tx, scope, {
        action: 'portal.cancelremoval',
        tenant,
        changes: { removalScheduledAt: [tenant.removalScheduledAt.toISOString(), null] },
      });
    }
    await scope.beforeCommit?.(tx, cancelled);
    return cancelled;
  });
}
