import { findTariff, insertTariff, updateTariffFields, type TariffPatch } from '../../store/repositories/tariffs.js';
import type { TariffRecord } from '../../store/records.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { currentTariff, defaultTariff, type PortalTariff } from './get-tariff.js';
import { parseDueDate } from './due-date.js';
import { applyPlan } from './tariff.js';
import { findPlan, type TariffPlan } from './tariff-plans.js';

/**
 * What tariff/set may change. An undefined field keeps its current value;
 * `dueDate` is the caller's text ("null" clears it, see parseDueDate).
 */
export interface TariffChange {
  readonly plan?: string | undefined;
  readonly activeUsers?: number | undefined;
  readonly dueDate?: string | undefined;
  readonly features?: string | undefined;
  readonly maxFileSize?: number | undefined;
  readonly maxTotalSize?: number | undefined;
}

/**
 * tariff/set: a partial update. Only the columns the change names are written,
 * in one UPDATE, so two billing calls changing different fields at once never undo each other.
 */
export async function setTariff(ctx: DomainContext, ref: PortalRef, change: TariffChange): Promise<PortalTariff> {
  const patch = tariffPatch(change, ctx.options.tariff.plans, ctx.clock.now());
  return ctx.store.transaction(async (tx) => {
    const tenant = await findPortal(ctx, tx, ref);
    if (Object.keys(patch).length === 0) return { tenant, tariff: await currentTariff(ctx, tx, tenant.id) };
    const now = ctx.clock.now();
    if (!(await updateTariffFields(tx, tenant.id, patch, now))) {
      // No row (see defaultTariff): the change applies on top of the default plan.
      await insertTariff(tx, applyTariffPatch(defaultTariff(ctx, tenant.id), patch), now);
    }
    const tariff = await findTariff(tx, tenant.id);
    if (tariff === undefined) throw new Error(`tariff of tenant ${tenant.id} vanished inside its transaction`);
    return { tenant, tariff };
  });
}

/**
 * The columns a change writes: the named plan's values first (applyPlan), then the explicit
 * fields. A field the change leaves out is not written (no silent reset).
 */
export function tariffPatch(change: TariffChange, plans: readonly TariffPlan[], now: Date): TariffPatch {
  let patch: TariffPatch = {};
  if (change.plan !== undefined) {
    const plan = findPlan(plans, change.plan);
    if (plan === undefined) {
      throw paramsError(`plan: unknown plan "${change.plan}" (known: ${plans.map((p) => p.plan).join(', ')})`);
    }
    patch = applyPlan(plan, now);
  }
  return {
    ...patch,
    ...(change.activeUsers !== undefined ? { activeUsers: change.activeUsers } : {}),
    ...(change.maxFileSize !== undefined ? { maxFileSize: change.maxFileSize } : {}),
    ...(change.maxTotalSize !== undefined ? { maxTotalSize: change.maxTotalSize } : {}),
    ...(change.features !== undefined ? { features: change.features } : {}),
    ...(change.dueDate !== undefined ? { dueDate: parseDueDate(change.dueDate) } : {}),
  };
}

/** A tariff with a patch applied (fields the patch does not name are kept). */
export function applyTariffPatch(tariff: TariffRecord, patch: TariffPatch): TariffRecord {
  return { ...tariff, ...patch };
}
