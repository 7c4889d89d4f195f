import { findClientForUpdate } from '../../store/repositories/clients.js';
import { findRemovedForUpdate, restoreTenant } from '../../store/repositories/portal-lifecycle.js';
import {
  countLiveTenants,
  countLiveTenantsOfClient,
  findTenantById,
  lockNamed,
} from '../../store/repositories/tenants.js';
import { MAX_TENANT_ID, type TenantRecord } from '../../store/records.js';
import { isUniqueViolation } from '../../store/store.js';
import { visibleClientOf, type ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';

/**
 * POST portal/restore: a removed portal (RemovePending, not yet purged) comes back with the
 * status it had (Active, or Suspended with its reason), and with it its owner, tariff and
 * settings, which removal never deleted. Its name must still be free (portalNameExist), and it
 * counts against MAX_PORTALS and its client's maxPortals again, checked under the same locks as
 * a registration. A portal that was suspended for non-payment comes back so, the days until the
 * policy removes it counted afresh.
 */
export async function restorePortal(
  ctx: DomainContext,
  scope: ChangeScope,
  tenantId: number | undefined,
): Promise<TenantRecord> {
  if (tenantId === undefined) throw new DomainError('portalNameEmpty');
  if (tenantId < 1 || tenantId > MAX_TENANT_ID) throw new DomainError('portalNameNotFound');
  const visible = visibleClientOf(scope);
  try {
    return await ctx.store.transaction(async (tx) => {
      // Locks first (the portal's row, its client's, the portal count), reads after: on MySQL the
      // first plain read fixes the snapshot the counts would be read from.
      const removed = await findRemovedForUpdate(tx, tenantId);
      if (removed === undefined) {
        const live = await findTenantById(tx, tenantId);
        if (live !== undefined && (visible === undefined || live.clientId === visible))
          throw paramsError('tenantId: the portal is not removed');
        throw new DomainError('portalNameNotFound');
      }
      if (visible !== undefined && removed.clientId !== visible) throw new DomainError('portalNameNotFound');
      const client = removed.clientId === null ? undefined : await findClientForUpdate(tx, removed.clientId);
      if (ctx.options.maxPortals > 0) {
        await lockNamed(tx, 'portal_count');
        if ((await countLiveTenants(tx)) >= ctx.options.maxPortals) throw new DomainError('portalsCountTooMuch');
      }
      const limit = client?.maxPortals ?? null;
      if (
        removed.clientId !== null &&
        limit !== null &&
        (await countLiveTenantsOfClient(tx, removed.clientId)) >= limit
      )
        throw new DomainError('portalsCountTooMuch');
      const now = ctx.clock.now();
      const status = removed.formerStatus;
      if (!(await restoreTenant(tx, tenantId, status, removed.policySuspended ? now : null, now)))
        throw new DomainError('portalNameNotFound');
      const tenant = await findTenantById(tx, tenantId);
      if (tenant === undefined) throw new Error(`tenant ${tenantId} vanished inside its transaction`);
      await recordChange(
        ctx,
        tx,
        scope,
        { action: 'portal.restore', tenant, changes: { status: ['RemovePending', status] } },
        { type: 'portal.restored', tenant },
      );
      await scope.beforeCommit?.(tx, tenant);
      return tenant;
    });
  } catch (error) {
    // Another portal holds the name now: the unique index on live names says so.
    if (isUniqueViolation(error)) throw new DomainError('portalNameExist');
    throw error;
  }
}
