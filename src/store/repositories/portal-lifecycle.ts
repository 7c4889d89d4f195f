import { sql } from 'kysely';
import { needsRowLocks } from '../dialects/features.js';
import { fromDbTime } from '../dialects/values.js';
import { tenantStatusOf, type TariffRecord, type TenantRecord, type TenantStatus } from '../records.js';
import type { Db } from '../store.js';
import { toTariff } from './tariffs.js';
import { statusCode, TENANT_COLUMNS, tenantsWithQuota, toTenant } from './tenants.js';

/**
 * What the lifecycle policy reads and writes of portals: protection, scheduled removal, restore,
 * and the portals each rule may have work for — each list one index range (the tariffs' due
 * dates, the scheduled removals, the suspensions for non-payment), paged by a cursor.
 */

/** A live portal with its tariff. */
export interface PortalWithTariff {
  readonly tenant: TenantRecord;
  readonly tariff: TariffRecord;
}

/** Where the next page of a due-date list starts: after this due date and tenant id. */
export interface DueCursor {
  readonly dueDate: Date;
  readonly tenantId: number;
}

/** Sets or lifts a live portal's protection; false when there is no such live portal. */
export async function setTenantProtection(db: Db, id: number, isProtected: boolean): Promise<boolean> {
  const result = await db
    .updateTable('tenants')
    .set({ protected: isProtected ? 1 : 0, ...(isProtected ? { removal_scheduled_at: null } : {}) })
    .where('id', '=', id)
    .where('alias_key', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Schedules (or with null, cancels) a live portal's removal; false when there is no such live portal. */
export async function setRemovalSchedule(db: Db, id: number, at: Date | null): Promise<boolean> {
  const result = await db
    .updateTable('tenants')
    .set({ removal_scheduled_at: at })
    .where('id', '=', id)
    .where('alias_key', 'is not', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * A removed portal as a restore reads it (locked on PostgreSQL/MySQL): the status it had,
 * whether it was suspended for non-payment, and its client.
 */
export async function findRemovedForUpdate(
  db: Db,
  id: number,
): Promise<
  | { readonly formerStatus: TenantStatus; readonly policySuspended: boolean; readonly clientId: string | null }
  | undefined
> {
  const query = db
    .selectFrom('tenants')
    .select(['removed_from_status', 'policy_suspended_at', 'client_id'])
    .where('id', '=', id)
    .where('status', '=', statusCode('RemovePending'));
  const row = await (needsRowLocks(db) ? query.forUpdate() : query).executeTakeFirst();
  if (row === undefined) return undefined;
  const former = row.removed_from_status === null ? 'Active' : tenantStatusOf(row.removed_from_status);
  const formerStatus = former === 'RemovePending' ? 'Active' : former;
  return {
    formerStatus,
    policySuspended: formerStatus === 'Suspended' && row.policy_suspended_at !== null,
    clientId: row.client_id,
  };
}

/**
 * Brings a removed portal back under its name with `status`; its name must be free: a taken one
 * throws the database's unique violation. `policySuspendedAt`: when it comes back suspended for
 * non-payment, the new start of that suspension. False when the portal is not removed (any more).
 */
export async function restoreTenant(
  db: Db,
  id: number,
  status: TenantStatus,
  policySuspendedAt: Date | null,
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('tenants')
    .set({
      status: statusCode(status),
      alias_key: sql<string>`alias`,
      status_changed_at: at,
      removed_from_status: null,
      policy_suspended_at: policySuspendedAt,
    })
    .where('id', '=', id)
    .where('status', '=', statusCode('RemovePending'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** The columns of a portal with its tariff (the tariff's quota and usage are among TENANT_COLUMNS). */
const WITH_TARIFF = [
  ...TENANT_COLUMNS,
  'tariffs.tenant_id as tariff_tenant_id',
  'tariffs.plan',
  'tariffs.active_users',
  'tariffs.max_file_size',
  'tariffs.features',
  'tariffs.due_date',
] as const;

type WithTariffRow = Parameters<typeof toTenant>[0] & {
  readonly tariff_tenant_id: number | null;
  readonly plan: string | null;
  readonly active_users: number | null;
  readonly max_file_size: number | string | null;
  readonly features: string | null;
  readonly due_date: Date | string | null;
};

function toPortalWithTariff(row: WithTariffRow): PortalWithTariff | undefined {
  if (row.tariff_tenant_id === null || row.plan === null) return undefined;
  return {
    tenant: toTenant(row),
    tariff: toTariff({
      tenant_id: row.tariff_tenant_id,
      plan: row.plan,
      active_users: row.active_users ?? 0,
      max_file_size: row.max_file_size ?? 0,
      max_total_size: row.quota ?? 0,
      features: row.features ?? '',
      due_date: row.due_date,
    }),
  };
}

/** Live portals (of one client, when given) whose tariff is due within (`from`, `to`], in due-date order. */
export async function findPortalsDueBetween(
  db: Db,
  range: { readonly from: Date; readonly to: Date; readonly clientId?: string | undefined },
  after: DueCursor | undefined,
  limit: number,
  /** Leaves out the portals already reminded `notRemindedWithin` days or fewer before their due date. */
  notRemindedWithin?: { readonly rule: string; readonly days: number },
): Promise<PortalWithTariff[]> {
  let query = tenantsWithQuota(db)
    .select(WITH_TARIFF)
    .where('tariffs.due_date', '>', range.from)
    .where('tariffs.due_date', '<=', range.to)
    .where('tenants.alias_key', 'is not', null);
  if (range.clientId !== undefined) query = query.where('tenants.client_id', '=', range.clientId);
  if (after !== undefined)
    query = query.where((eb) =>
      eb.or([
        eb('tariffs.due_date', '>', after.dueDate),
        eb.and([eb('tariffs.due_date', '=', after.dueDate), eb('tenants.id', '>', after.tenantId)]),
      ]),
    );
  if (notRemindedWithin !== undefined)
    query = query.where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('lifecycle_actions')
            .select('lifecycle_actions.tenant_id')
            .whereRef('lifecycle_actions.tenant_id', '=', 'tenants.id')
            .where('lifecycle_actions.rule', '=', notRemindedWithin.rule)
            .whereRef('lifecycle_actions.due_date', '=', 'tariffs.due_date')
            .where('lifecycle_actions.days_before', '<=', notRemindedWithin.days),
        ),
      ),
    );
  const rows = await query
    .orderBy('tariffs.due_date')
    .orderBy('tenants.id')
    .limit(sql.lit(whole(limit)))
    .execute();
  return rows.flatMap((row) => toPortalWithTariff(row) ?? []);
}

/**
 * Active portals (of one client, when given) whose tariff fell due before `dueBefore` (with the
 * grace days: NotPaid) and that no suspension under `rule` was recorded for at that due date, in
 * id order after `afterId`.
 */
export async function findUnsuspendedOverdue(
  db: Db,
  options: { readonly dueBefore: Date; readonly rule: string; readonly clientId?: string | undefined },
  afterId: number,
  limit: number,
): Promise<PortalWithTariff[]> {
  let query = tenantsWithQuota(db)
    .select(WITH_TARIFF)
    .where('tariffs.due_date', '<', options.dueBefore)
    .where('tenants.status', '=', statusCode('Active'))
    .where('tenants.id', '>', afterId)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('lifecycle_actions')
            .select('lifecycle_actions.tenant_id')
            .whereRef('lifecycle_actions.tenant_id', '=', 'tenants.id')
            .where('lifecycle_actions.rule', '=', options.rule)
            .whereRef('lifecycle_actions.due_date', '=', 'tariffs.due_date'),
        ),
      ),
    );
  if (options.clientId !== undefined) query = query.where('tenants.client_id', '=', options.clientId);
  const rows = await query
    .orderBy('tenants.id')
    .limit(sql.lit(whole(limit)))
    .execute();
  return rows.flatMap((row) => toPortalWithTariff(row) ?? []);
}

/**
 * Portals suspended for non-payment at or before `suspendedBy` (of one client, when given), in id
 * order after `afterId`.
 */
export async function findPolicySuspended(
  db: Db,
  options: { readonly suspendedBy: Date; readonly clientId?: string | undefined },
  afterId: number,
  limit: number,
): Promise<PortalWithTariff[]> {
  let query = tenantsWithQuota(db)
    .select(WITH_TARIFF)
    .where('tenants.policy_suspended_at', '<=', options.suspendedBy)
    .where('tenants.status', '=', statusCode('Suspended'))
    .where('tenants.id', '>', afterId);
  if (options.clientId !== undefined) query = query.where('tenants.client_id', '=', options.clientId);
  const rows = await query
    .orderBy('tenants.id')
    .limit(sql.lit(whole(limit)))
    .execute();
  return rows.flatMap((row) => toPortalWithTariff(row) ?? []);
}

/**
 * Live portals whose scheduled removal is at or before `by` (of one client, when given), in id
 * order after `afterId`.
 */
export async function findScheduledRemovals(
  db: Db,
  options: { readonly by: Date; readonly clientId?: string | undefined },
  afterId: number,
  limit: number,
): Promise<TenantRecord[]> {
  let query = tenantsWithQuota(db)
    .select(TENANT_COLUMNS)
    .where('tenants.removal_scheduled_at', '<=', options.by)
    .where('tenants.alias_key', 'is not', null)
    .where('tenants.id', '>', afterId);
  if (options.clientId !== undefined) query = query.where('tenants.client_id', '=', options.clientId);
  const rows = await query
    .orderBy('tenants.id')
    .limit(sql.lit(whole(limit)))
    .execute();
  return rows.map(toTenant);
}

/** A scheduled removal's moment as stored (for the rule's re-check inside its transaction). */
export async function removalScheduleOf(db: Db, id: number): Promise<Date | null | undefined> {
  const row = await db.selectFrom('tenants').select('removal_scheduled_at').where('id', '=', id).executeTakeFirst();
  if (row === undefined) return undefined;
  return row.removal_scheduled_at === null ? null : fromDbTime(row.removal_scheduled_at);
}

function whole(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`page size ${limit} is not a whole number`);
  return limit;
}
