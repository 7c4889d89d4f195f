import { findTariff } from '../../store/repositories/tariffs.js';
import type { TariffRecord, TenantRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import type { DomainContext } from '../context.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { tariffFromPlan } from './tariff.js';

/** A portal together with its tariff: what tariff/get and tariff/set answer. */
export interface PortalTariff {
  readonly tenant: TenantRecord;
  readonly tariff: TariffRecord;
}

/** tariff/get: the tariff of the portal a request names. */
export async function getTariff(ctx: DomainContext, ref: PortalRef): Promise<PortalTariff> {
  const tenant = await findPortal(ctx, ctx.store.db, ref);
  const tariff = (await findTariff(ctx.store.db, tenant.id)) ?? defaultTariff(ctx, tenant.id);
  return { tenant, tariff };
}

/**
 * The default plan's values for a portal that has no tariff row. Registration always writes one
 *, so this only covers rows lost outside the API (a hand-edited database): the
 * portal then reads as the default plan instead of failing.
 */
export function defaultTariff(ctx: DomainContext, tenantId: number): TariffRecord {
  return tariffFromPlan(tenantId, ctx.options.tariff.defaultPlan, ctx.clock.now());
}

/** Reads a portal's tariff inside a transaction, falling back like getTariff. */
export async function currentTariff(ctx: DomainContext, db: Db, tenantId: number): Promise<TariffRecord> {
  return (await findTariff(db, tenantId)) ?? defaultTariff(ctx, tenantId);
}
