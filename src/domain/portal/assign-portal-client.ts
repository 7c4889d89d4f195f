import { findClientForUpdate } from '../../store/repositories/clients.js';
import { countLiveTenantsOfClient, updateTenantClient } from '../../store/repositories/tenants.js';
import type { TenantRecord } from '../../store/records.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { findPortal, type PortalRef } from './find-portal.js';

/**
 * PUT portal/client (the operator's): moves a portal to another API client, or to none (an
 * empty `clientId`), within the new client's maxPortals, checked under a lock on its row as a
 * registration does.
 */
export async function assignPortalClient(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: PortalRef,
  clientId: string | undefined,
): Promise<TenantRecord> {
  if (scope.caller.kind !== 'operator') throw new DomainError('forbidden');
  const target = (clientId ?? '').trim() === '' ? null : (clientId ?? '').trim();
  return ctx.store.transaction(async (tx) => {
    // The client's row is locked before anything is read: on MySQL the first plain read fixes the
    // transaction's snapshot, and a count read from a snapshot older than the lock would miss the
    // portals that racing moves and registrations just gave the client.
    const client = target === null ? undefined : await findClientForUpdate(tx, target);
    const tenant = await findPortal(ctx, tx, scope, ref);
    if (target !== null && tenant.clientId !== target) {
      if (client === undefined || client.removed !== null) throw new DomainError('clientNotFound');
      if (client.maxPortals !== null && (await countLiveTenantsOfClient(tx, target)) >= client.maxPortals) {
        throw new DomainError('portalsCountTooMuch');
      }
    }
    await updateTenantClient(tx, tenant.id, target);
    const moved: TenantRecord = { ...tenant, clientId: target };
    // Recorded under the new owner: its audit slice shows the portal arriving.
    await recordChange(ctx, tx, scope, {
      action: 'portal.client',
      tenant: moved,
      changes: { clientId: [tenant.clientId, target] },
    });
    await scope.beforeCommit?.(tx, moved);
    return moved;
  });
}
