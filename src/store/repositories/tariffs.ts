import { sql, type Insertable } from 'kysely';
import { needsRowLocks } from '../dialects/features.js';
import { fromDbBigInt, fromDbTime } from '../dialects/values.js';
import type { TariffRecord, TenantRecord, UsageRecord } from '../records.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import type { TariffsTable } from '../tables/index.js';
import { TENANT_COLUMNS, tenantsWithQuota, toTenant } from './tenants.js';

/** The room counts a workspace reports, beside its storage and users. */
const ROOM_COUNT_COLUMNS = ['room_admin_count', 'rooms_count', 'ai_agents_count'] as const;

/** Inserts a portal's tariff (every portal has exactly one). */
export async function insertTariff(db: Db, tariff: TariffRecord, at: Date): Promise<void> {
  await tariffInsert(db, tariffRow(tariff, at));
}

/** A new tariff as its row, `at` its time of change. */
export function tariffRow(tariff: TariffRecord, at: Date): Insertable<TariffsTable> {
  return {
    tenant_id: tariff.tenantId,
    plan: tariff.plan,
    active_users: tariff.activeUsers,
    max_file_size: tariff.maxFileSize,
    max_total_size: tariff.maxTotalSize,
    features: tariff.features,
    due_date: tariff.dueDate,
    updated_at: at,
  };
}

export async function findTariff(db: Db, tenantId: number): Promise<TariffRecord | undefined> {
  const [row] = (await tariffByTenant(db, tenantId)).rows;
  return row && toTariff(row);
}

/** A portal's tariff row: the tariff and the usage the portal reported. */
export interface StoredTariff {
  readonly tariff: TariffRecord;
  readonly usage: UsageRecord;
}

/** A portal's tariff and its reported usage, in one read (tariff/get). */
export async function findTariffWithUsage(db: Db, tenantId: number): Promise<StoredTariff | undefined> {
  const [row] = (await tariffByTenant(db, tenantId)).rows;
  return row && { tariff: toTariff(row), usage: toUsage(row) };
}

/**
 * The live tenant holding an alias, with its tariff and usage, in one read: tariff/get by name,
 * the call billing panels make most after portal/get, is then one query, not two (one round trip
 * fewer on PostgreSQL and MySQL). `stored` is undefined when the portal has no tariff row.
 */
export async function findTenantWithTariffByAlias(
  db: Db,
  alias: string,
): Promise<{ readonly tenant: TenantRecord; readonly stored: StoredTariff | undefined } | undefined> {
  const [row] = (await tenantWithTariffByAlias(db, alias)).rows;
  if (row === undefined) return undefined;
  const {
    tariff_tenant_id: tariffTenantId,
    plan,
    active_users,
    max_file_size,
    features,
    due_date,
    users_count,
    usage_reported_at,
    room_admin_count,
    rooms_count,
    ai_agents_count,
  } = row;
  const stored =
    tariffTenantId === null ||
    plan === null ||
    active_users === null ||
    max_file_size === null ||
    features === null ||
    users_count === null
      ? undefined
      : {
          tariff: toTariff({
            tenant_id: tariffTenantId,
            plan,
            active_users,
            max_file_size,
            max_total_size: row.quota ?? 0,
            features,
            due_date,
          }),
          usage: toUsage({
            used_size: row.used_size ?? 0,
            users_count,
            usage_reported_at,
            room_admin_count: room_admin_count ?? 0,
            rooms_count: rooms_count ?? 0,
            ai_agents_count: ai_agents_count ?? 0,
          }),
        };
  return { tenant: toTenant(row), stored };
}

// Every registration writes a tariff and every tariff/get reads one: prepared once (see ../prepared.ts).
const tariffInsert = prepared((db, row: Insertable<TariffsTable>) => db.insertInto('tariffs').values(row));
const tenantWithTariffByAlias = prepared((db, alias: string) =>
  tenantsWithQuota(db)
    .select(TENANT_COLUMNS)
    // quota and used_size (the tariff's max_total_size and used_size) are among TENANT_COLUMNS.
    .select([
      'tariffs.tenant_id as tariff_tenant_id',
      'tariffs.plan',
      'tariffs.active_users',
      'tariffs.max_file_size',
      'tariffs.features',
      'tariffs.due_date',
      'tariffs.users_count',
      'tariffs.usage_reported_at',
      'tariffs.room_admin_count',
      'tariffs.rooms_count',
      'tariffs.ai_agents_count',
    ])
    .where('tenants.alias_key', '=', alias),
);
const tariffByTenant = prepared((db, tenantId: number) =>
  db
    .selectFrom('tariffs')
    .select([
      'tenant_id',
      'plan',
      'active_users',
      'max_file_size',
      'max_total_size',
      'features',
      'due_date',
      'used_size',
      'users_count',
      'usage_reported_at',
      ...ROOM_COUNT_COLUMNS,
    ])
    .where('tenant_id', '=', tenantId),
);

export interface TariffRow {
  tenant_id: number;
  plan: string;
  active_users: number;
  max_file_size: number | string;
  max_total_size: number | string;
  features: string;
  due_date: Date | string | null;
}

export function toTariff(row: TariffRow): TariffRecord {
  return {
    tenantId: Number(row.tenant_id),
    plan: row.plan,
    activeUsers: Number(row.active_users),
    maxFileSize: fromDbBigInt(row.max_file_size),
    maxTotalSize: fromDbBigInt(row.max_total_size),
    features: row.features,
    dueDate: row.due_date === null ? null : fromDbTime(row.due_date),
  };
}

/** The tariff fields one change writes; a field left out keeps its stored value. */
export type TariffPatch = Partial<Omit<TariffRecord, 'tenantId'>>;

/**
 * Writes only the fields `patch` names, in one UPDATE (a partial update with no read before it,
 * so concurrent changes of different fields both survive). False when the portal has no row.
 */
export async function updateTariffFields(db: Db, tenantId: number, patch: TariffPatch, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('tariffs')
    .set({
      ...(patch.plan !== undefined ? { plan: patch.plan } : {}),
      ...(patch.activeUsers !== undefined ? { active_users: patch.activeUsers } : {}),
      ...(patch.maxFileSize !== undefined ? { max_file_size: patch.maxFileSize } : {}),
      // The over-quota flag follows the quota in the same statement, so the two never disagree.
      ...(patch.maxTotalSize !== undefined
        ? {
            max_total_size: patch.maxTotalSize,
            over_quota: sql<number>`case when used_size > ${patch.maxTotalSize} then 1 else 0 end`,
          }
        : {}),
      ...(patch.features !== undefined ? { features: patch.features } : {}),
      // A new due date starts its announcements over (tariff.due / tariff.overdue are sent again when reached).
      ...(patch.dueDate !== undefined ? { due_date: patch.dueDate, notified_state: 0 } : {}),
      updated_at: at,
    })
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  // MySQL counts matched (not changed) rows here: mysql2 connects with CLIENT_FOUND_ROWS.
  return Number(result.numUpdatedRows) > 0;
}

/** The usage thresholds a portal's storage and users have crossed (percent; 0: none). */
export interface UsageAlerts {
  readonly storageAlert: number;
  readonly usersAlert: number;
}

/** The usage last reported for a portal, read (and on PostgreSQL/MySQL locked) for a change. */
export async function findUsageForUpdate(
  db: Db,
  tenantId: number,
): Promise<(UsageRecord & UsageAlerts & { readonly overQuota: boolean }) | undefined> {
  const query = db
    .selectFrom('tariffs')
    .select([
      'used_size',
      'users_count',
      'usage_reported_at',
      'over_quota',
      'storage_alert',
      'users_alert',
      ...ROOM_COUNT_COLUMNS,
    ])
    .where('tenant_id', '=', tenantId);
  const row = await (needsRowLocks(db) ? query.forUpdate() : query).executeTakeFirst();
  return (
    row && {
      ...toUsage(row),
      overQuota: Number(row.over_quota) === 1,
      storageAlert: Number(row.storage_alert),
      usersAlert: Number(row.users_alert),
    }
  );
}

/** Stores the thresholds a portal's usage has crossed, and with them whether it is near its quota. */
export async function recordUsageAlerts(db: Db, tenantId: number, alerts: UsageAlerts): Promise<void> {
  await db
    .updateTable('tariffs')
    .set({
      storage_alert: alerts.storageAlert,
      users_alert: alerts.usersAlert,
      near_quota: alerts.storageAlert > 0 || alerts.usersAlert > 0 ? 1 : 0,
    })
    .where('tenant_id', '=', tenantId)
    .execute();
}

/** The usage last reported for a portal (zeros until then), or undefined without a tariff row. */
export async function findUsage(db: Db, tenantId: number): Promise<UsageRecord | undefined> {
  const row = await db
    .selectFrom('tariffs')
    .select(['used_size', 'users_count', 'usage_reported_at', ...ROOM_COUNT_COLUMNS])
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return row && toUsage(row);
}

/**
 * Stores a usage report (fields not given keep their values) and, in the same statement, whether
 * the storage used now exceeds the quota. False when the portal has no tariff row.
 */
export async function recordUsage(
  db: Db,
  tenantId: number,
  report: { readonly [Figure in keyof Omit<UsageRecord, 'reported'>]?: number | undefined },
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('tariffs')
    .set({
      ...(report.usedSize !== undefined
        ? {
            used_size: report.usedSize,
            over_quota: sql<number>`case when ${report.usedSize} > max_total_size then 1 else 0 end`,
          }
        : {}),
      ...(report.usersCount !== undefined ? { users_count: report.usersCount } : {}),
      ...(report.roomAdminCount !== undefined ? { room_admin_count: report.roomAdminCount } : {}),
      ...(report.roomsCount !== undefined ? { rooms_count: report.roomsCount } : {}),
      ...(report.aiAgentsCount !== undefined ? { ai_agents_count: report.aiAgentsCount } : {}),
      usage_reported_at: at,
    })
    .where('tenant_id', '=', tenantId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

function toUsage(row: {
  used_size: number | string;
  users_count: number;
  usage_reported_at: Date | string | null;
  room_admin_count: number;
  rooms_count: number;
  ai_agents_count: number;
}): UsageRecord {
  return {
    usedSize: fromDbBigInt(row.used_size),
    usersCount: Number(row.users_count),
    roomAdminCount: Number(row.room_admin_count),
    roomsCount: Number(row.rooms_count),
    aiAgentsCount: Number(row.ai_agents_count),
    reported: row.usage_reported_at === null ? null : fromDbTime(row.usage_reported_at),
  };
}

/** A tariff past its due date whose state may need announcing, with what was announced so far. */
export interface TariffToAnnounce {
  readonly tariff: TariffRecord;
  readonly notifiedState: number;
}

/**
 * Tariffs of portals that are not removed, due before `now`, not yet announced as overdue (state
 * 3), oldest due first; `afterTenantId` pages through them.
 */
export async function findTariffsToAnnounce(
  db: Db,
  now: Date,
  afterTenantId: number,
  limit: number,
): Promise<TariffToAnnounce[]> {
  const rows = await db
    .selectFrom('tariffs')
    .innerJoin('tenants', 'tenants.id', 'tariffs.tenant_id')
    .select([
      'tariffs.tenant_id',
      'tariffs.plan',
      'tariffs.active_users',
      'tariffs.max_file_size',
      'tariffs.max_total_size',
      'tariffs.features',
      'tariffs.due_date',
      'tariffs.notified_state',
    ])
    .where('tariffs.due_date', '<', now)
    .where('tariffs.notified_state', '<', 3)
    .where('tenants.alias_key', 'is not', null)
    .where('tariffs.tenant_id', '>', afterTenantId)
    .orderBy('tariffs.tenant_id')
    .limit(sql.lit(limit))
    .execute();
  return rows.map((row) => ({ tariff: toTariff(row), notifiedState: Number(row.notified_state) }));
}

/**
 * Moves a tariff's announced state from `from` to `to`; false when another instance did first
 * (the condition on `from` makes each announcement happen once across instances).
 */
export async function markTariffAnnounced(db: Db, tenantId: number, from: number, to: number): Promise<boolean> {
  const result = await db
    .updateTable('tariffs')
    .set({ notified_state: to })
    .where('tenant_id', '=', tenantId)
    .where('notified_state', '=', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
