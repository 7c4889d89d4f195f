import type { TariffRecord, TenantRecord, UserRecord } from '../../store/records.js';
import { findTariff } from '../../store/repositories/tariffs.js';
import { findUserById } from '../../store/repositories/users.js';
import type { DomainContext } from '../context.js';
import { tariffState, type TariffStateValue } from '../tariff/tariff.js';

/** What the signed-in owner's home page shows: the portal, its owner and its tariff. */
export interface PortalOverview {
  readonly tenant: TenantRecord;
  readonly owner: UserRecord;
  readonly tariff: TariffRecord | undefined;
  readonly tariffState: TariffStateValue | undefined;
}

/** The overview for `userId`, or undefined if that user is no longer the portal's owner. */
export async function portalOverview(
  ctx: DomainContext,
  tenant: TenantRecord,
  userId: string,
): Promise<PortalOverview | undefined> {
  if (tenant.ownerId !== userId) return undefined;
  const owner = await findUserById(ctx.store.db, userId);
  if (owner === undefined || owner.tenantId !== tenant.id) return undefined;
  const tariff = await findTariff(ctx.store.db, tenant.id);
  const state = tariff === undefined ? undefined : tariffState(tariff, ctx.clock.now(), ctx.options.tariff.graceDays);
  return { tenant, owner, tariff, tariffState: state };
}
