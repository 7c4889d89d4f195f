import { findTariff, insertTariff, updateTariffFields, type TariffPatch } from '../../store/repositories/tariffs.js';
import type { TariffRecord } from '../../store/records.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { currentTariff, defaultTariff, type PortalTariff } from './get-tariff.js';
import { findPlan, type TariffPlan } from './tariff-plans.js';

/**
 * What tariff/set may change (contract §7.9). An undefined field keeps its current value;
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

const DAY_MS = 86_400_000;

/**
 * tariff/set (contract §7.9): a partial update. Only the columns the change names are written,
 * in one UPDATE, so two billing calls changing different fields at once never undo each other.
 */
export async function setTariff(ctx: DomainContext, ref: PortalRef, change: TariffChange): Promise<PortalTariff> {
  const patch = tariffPatch(change, ctx.tariffPlans, ctx.clock.now());
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
 * The columns a change writes: the named plan's values first, then the explicit fields
 * (contract §7.9). A plan sets the due date only when it has `dueDays`; otherwise the paid-through
 * date stays, so switching plans mid-period never erases it (no silent reset).
 */
export function tariffPatch(change: TariffChange, plans: readonly TariffPlan[], now: Date): TariffPatch {
  const patch: { -readonly [K in keyof TariffPatch]: TariffPatch[K] } = {};
  if (change.plan !== undefined) {
    const plan = findPlan(plans, change.plan);
    if (plan === undefined) {
      throw paramsError(`plan: unknown plan "${change.plan}" (known: ${plans.map((p) => p.plan).join(', ')})`);
    }
    patch.plan = plan.plan;
    patch.activeUsers = plan.activeUsers;
    patch.maxFileSize = plan.maxFileSize;
    patch.maxTotalSize = plan.maxTotalSize;
    patch.features = plan.features;
    if (plan.dueDays !== undefined) patch.dueDate = new Date(now.getTime() + plan.dueDays * DAY_MS);
  }
  if (change.activeUsers !== undefined) patch.activeUsers = change.activeUsers;
  if (change.maxFileSize !== undefined) patch.maxFileSize = change.maxFileSize;
  if (change.maxTotalSize !== undefined) patch.maxTotalSize = change.maxTotalSize;
  if (change.features !== undefined) patch.features = change.features;
  if (change.dueDate !== undefined) patch.dueDate = parseDueDate(change.dueDate);
  return patch;
}

/** A tariff with a patch applied (fields the patch does not name are kept). */
export function applyTariffPatch(tariff: TariffRecord, patch: TariffPatch): TariffRecord {
  return { ...tariff, ...patch };
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * A due date from text: `null` (any case) clears it; otherwise an ISO 8601 date (`2026-12-31`,
 * meaning 00:00 UTC that day) or date-time (`2026-12-31T18:00:00Z`; no zone means UTC, contract
 * §4). Impossible dates (31 February) and years outside 1970–9999 are refused with `params`.
 */
export function parseDueDate(text: string): Date | null {
  const value = text.trim();
  if (value.toLowerCase() === 'null') return null;
  const m = DATE.exec(value);
  const problem = paramsError('dueDate: must be an ISO 8601 date or date-time (2026-12-31 or 2026-12-31T18:00:00Z), or null');
  if (!m) throw problem;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4], m[5], m[6]].map((v) => Number(v ?? 0)) as [
    number, number, number, number, number, number,
  ];
  const millis = Math.floor(Number(`0${m[7] ?? ''}`) * 1000);
  if (year < 1970 || year > 9999) throw paramsError('dueDate: the year must be between 1970 and 9999');
  const utc = Date.UTC(year, month - 1, day, hour, minute, second, millis);
  const check = new Date(utc);
  // Date.UTC rolls over impossible values (month 13, 31 February, 25:00); refuse them instead.
  if (check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
    throw problem;
  }
  const offset = zoneOffsetMinutes(m[8]);
  if (offset === undefined) throw problem;
  return new Date(utc - offset * 60_000);
}

/** Minutes east of UTC for `Z`, `+02:00`, `-0530`; undefined for an impossible offset. */
function zoneOffsetMinutes(zone: string | undefined): number | undefined {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0;
  const digits = zone.slice(1).replace(':', '');
  const hours = Number(digits.slice(0, 2));
  const minutes = Number(digits.slice(2));
  if (hours > 18 || minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  return zone.startsWith('-') ? -total : total;
}
