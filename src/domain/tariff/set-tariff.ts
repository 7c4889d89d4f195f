import {
  findTariff,
  findUsage,
  insertTariff,
  updateTariffFields,
  type TariffPatch,
} from '../../store/repositories/tariffs.js';
import { findTenantById } from '../../store/repositories/tenants.js';
import type { TariffRecord } from '../../store/records.js';
import type { ChangeScope } from '../actor.js';
import { diffFields } from '../audit/audit-actions.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { resumeIfSuspendedForNonPayment } from '../lifecycle/resume-paid.js';
import { currentTariff, defaultTariff, NO_USAGE, type PortalTariff } from './get-tariff.js';
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

/** The tariff fields the audit log compares. */
const AUDITED: readonly (keyof TariffRecord & string)[] = [
  'plan',
  'activeUsers',
  'maxFileSize',
  'maxTotalSize',
  'features',
  'dueDate',
];

/**
 * tariff/set: a partial update. Only the columns the change names are written, in one UPDATE,
 * so two billing calls changing different fields at once never undo each other.
 */
export async function setTariff(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: PortalRef,
  change: TariffChange,
): Promise<PortalTariff> {
  const patch = tariffPatch(change, ctx.options.tariff.plans, ctx.clock.now());
  return ctx.store.transaction(async (tx) => {
    const found = await findPortal(ctx, tx, scope, ref);
    const before = await currentTariff(ctx, tx, found.id);
    if (Object.keys(patch).length > 0) {
      const now = ctx.clock.now();
      if (!(await updateTariffFields(tx, found.id, patch, now))) {
        // No row (see defaultTariff): the change applies on top of the default plan.
        await insertTariff(tx, applyTariffPatch(defaultTariff(ctx, found.id), patch), now);
      }
    }
    const tariff = await findTariff(tx, found.id);
    // Read again: the tenant's quota is the tariff's maxTotalSize.
    let tenant = await findTenantById(tx, found.id);
    if (tariff === undefined || tenant === undefined)
      throw new Error(`tariff of tenant ${found.id} vanished inside its transaction`);
    if (Object.keys(patch).length > 0) {
      await recordChange(
        ctx,
        tx,
        scope,
        { action: 'tariff.set', tenant, changes: diffFields(before, tariff, AUDITED) },
        { type: 'tariff.changed', tenant, tariff },
      );
    }
    // A new due date or plan: a portal the policy suspended for non-payment is paid for again.
    if (patch.dueDate !== undefined || patch.plan !== undefined)
      tenant = await resumeIfSuspendedForNonPayment(ctx, tx, tenant, tariff);
    const result: PortalTariff = { tenant, tariff, usage: (await findUsage(tx, found.id)) ?? NO_USAGE };
    await scope.beforeCommit?.(tx, result);
    return result;
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
