import {
  findTariff,
  findTariffWithUsage,
  findTenantWithTariffByAlias,
  type StoredTariff,
} from '../../store/repositories/tariffs.js';
import type { TariffRecord, TenantRecord, UsageRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import type { Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { findPortal, shortNameOf, visibleTo, type PortalRef } from '../portal/find-portal.js';
import { tariffFromPlan } from './tariff.js';

/** A portal together with its tariff and reported usage: what tariff/get and tariff/set answer. */
export interface PortalTariff {
  readonly tenant: TenantRecord;
  readonly tariff: TariffRecord;
  readonly usage: UsageRecord;
}

/** Nothing reported yet. */
export const NO_USAGE: UsageRecord = {
  usedSize: 0,
  usersCount: 0,
  roomAdminCount: 0,
  roomsCount: 0,
  aiAgentsCount: 0,
  reported: null,
};

/** tariff/get: the tariff of the portal a request names, with its usage. */
export async function getTariff(ctx: DomainContext, actor: Actor, ref: PortalRef): Promise<PortalTariff> {
  const db = ctx.store.db;
  const shortName = shortNameOf(ref);
  let tenant: TenantRecord;
  let stored: StoredTariff | undefined;
  if (shortName !== undefined) {
    // The everyday call, by short name: the portal and its tariff in one read.
    const found = await findTenantWithTariffByAlias(db, shortName);
    tenant = visibleTo(actor, found?.tenant);
    stored = found?.stored;
  } else {
    tenant = await findPortal(ctx, db, actor, ref);
    stored = await findTariffWithUsage(db, tenant.id);
  }
  return { tenant, tariff: stored?.tariff ?? defaultTariff(ctx, tenant.id), usage: stored?.usage ?? NO_USAGE };
}

/**
 * The default plan's values for a portal that has no tariff row. Registration always writes one,
 * so this only covers rows lost outside the API (a hand-edited database): the portal then reads
 * as the default plan instead of failing.
 */
export function defaultTariff(ctx: DomainContext, tenantId: number): TariffRecord {
  return tariffFromPlan(tenantId, ctx.options.tariff.defaultPlan, ctx.clock.now());
}

/** Reads a portal's tariff (inside a transaction too), falling back like getTariff. */
export async function currentTariff(ctx: DomainContext, db: Db, tenantId: number): Promise<TariffRecord> {
  return (await findTariff(db, tenantId)) ?? defaultTariff(ctx, tenantId);
}
