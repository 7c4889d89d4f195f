import { findTariff } from '../../store/repositories/tariffs.js';
import type { TariffRecord, TenantRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { tariffFromPlan } from './tariff.js';
import { findPlan } from './tariff-plans.js';

/** A portal together with its tariff: what tariff/get and tariff/set answer (contract §7.8). */
export interface PortalTariff {
  readonly tenant: TenantRecord;
  readonly tariff: TariffRecord;
}

/** tariff/get (contract §7.8): the tariff of the portal a request names. */
export async function getTariff(ctx: DomainContext, ref: PortalRef): Promise<PortalTariff> {
  const tenant = await findPortal(ctx, ctx.store.db, ref);
  const tariff = (await findTariff(ctx.store.db, tenant.id)) ?? defaultTariff(ctx, tenant.id);
  return { tenant, tariff };
}

/**
 * The default plan's values for a portal that has no tariff row. Registration always writes one
 * (contract §7.3), so this only covers rows lost outside the API (a hand-edited database): the
 * portal then reads as the default plan instead of failing.
 */
export function defaultTariff(ctx: DomainContext, tenantId: number): TariffRecord {
  const plan = findPlan(ctx.tariffPlans, ctx.config.tariff.defaultPlan);
  // resolveTariffPlans refuses to start without the default plan; this is a broken invariant.
  if (plan === undefined) throw new DomainError('error', 'The default tariff plan is not configured');
  return tariffFromPlan(tenantId, plan, ctx.clock.now());
}

/** Reads a portal's tariff inside a transaction, falling back like getTariff. */
export async function currentTariff(ctx: DomainContext, db: Db, tenantId: number): Promise<TariffRecord> {
  return (await findTariff(db, tenantId)) ?? defaultTariff(ctx, tenantId);
}
