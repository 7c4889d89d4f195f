import { sql, type Compilable, type Insertable, type Selectable } from 'kysely';
import { needsRowLocks, reportsInsertedId } from '../dialects/features.js';
import { fromDbBigInt, fromDbTime } from '../dialects/values.js';
import { TENANT_STATUSES, tenantStatusOf, type TenantRecord, type TenantStatus } from '../records.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import type { TenantsTable } from '../tables/index.js';

/** Columns read for a tenant: explicit, so a new column never leaks by accident. */
export const TENANT_COLUMNS = [
  'tenants.id',
  'tenants.alias',
  'tenants.name',
  'tenants.domain',
  'tenants.status',
  'tenants.status_reason',
  'tenants.created_at',
  'tenants.status_changed_at',
  'tenants.language',
  'tenants.time_zone',
  'tenants.owner_id',
  'tenants.industry',
  'tenants.partner_id',
  'tenants.affiliate_id',
  'tenants.campaign',
  'tenants.region',
  'tenants.client_id',
  'tenants.removal_scheduled_at',
  'tenants.protected',
  'tenants.policy_suspended_at',
  // Quota and usage come from the portal's tariff row (one primary-key probe, see tenantsWithQuota).
  'tariffs.max_total_size as quota',
  'tariffs.used_size as used_size',
] as const;

type TenantRow = Pick<
  Selectable<TenantsTable>,
  | 'id'
  | 'alias'
  | 'name'
  | 'domain'
  | 'status'
  | 'status_reason'
  | 'created_at'
  | 'status_changed_at'
  | 'language'
  | 'time_zone'
  | 'owner_id'
  | 'industry'
  | 'partner_id'
  | 'affiliate_id'
  | 'campaign'
  | 'region'
  | 'client_id'
  | 'removal_scheduled_at'
  | 'protected'
  | 'policy_suspended_at'
> & { readonly quota: number | string | null; readonly used_size: number | string | null };

/** A tenant about to be inserted: a record without what the database, the status or the tariff decide. */
export type NewTenant = Omit<
  TenantRecord,
  | 'id'
  | 'status'
  | 'statusReason'
  | 'statusChanged'
  | 'quota'
  | 'usedSize'
  | 'removalScheduledAt'
  | 'isProtected'
  | 'policySuspendedAt'
>;

/** The tenants table with each row's tariff beside it, ready to select TENANT_COLUMNS from. */
export function tenantsWithQuota(db: Db) {
  return db.selectFrom('tenants').leftJoin('tariffs', 'tariffs.tenant_id', 'tenants.id');
}

/** Inserts an active tenant; a taken alias throws the database's unique violation. */
export async function insertTenant(db: Db, tenant: NewTenant): Promise<number> {
  // MySQL has no RETURNING; its driver reports the generated id instead.
  const result = await tenantInsert(db, tenantRow(tenant));
  const id = result.rows[0]?.id ?? result.insertId;
  if (id === undefined) throw new Error('the database reported no id for the new tenant');
  return Number(id);
}

/** A new tenant as its row (every column, so a prepared insert sees the same properties each time). */
export function tenantRow(tenant: NewTenant): Insertable<TenantsTable> {
  return {
    alias: tenant.alias,
    alias_key: tenant.alias,
    name: tenant.name,
    domain: tenant.domain,
    status: statusCode('Active'),
    status_reason: null,
    created_at: tenant.created,
    status_changed_at: tenant.created,
    language: tenant.language,
    time_zone: tenant.timeZoneName,
    owner_id: tenant.ownerId,
    industry: tenant.industry,
    partner_id: tenant.partnerId,
    affiliate_id: tenant.affiliateId,
    campaign: tenant.campaign,
    region: tenant.region,
    client_id: tenant.clientId,
  };
}

// Every registration writes one (see ../prepared.ts); the template differs per database anyway.
// Where the driver reports the new id (SQLite, MySQL) the insert returns no row: on SQLite a
// RETURNING clause took twice the plain insert's time (a micro-benchmark: ~50 against ~23 µs).
const tenantInsert = prepared((db, row: Insertable<TenantsTable>): Compilable<{ readonly id?: number }> =>
  reportsInsertedId(db)
    ? (db.insertInto('tenants').values(row) as Compilable<{ readonly id?: number }>)
    : db.insertInto('tenants').values(row).returning('id'),
);

/** A tenant by id, whatever its status. */
export async function findTenantById(db: Db, id: number): Promise<TenantRecord | undefined> {
  const [row] = (await tenantById(db, id)).rows;
  return row && toTenant(row);
}

/** The tenant that currently holds an alias (removed portals hold none). */
export async function findTenantByAlias(db: Db, alias: string): Promise<TenantRecord | undefined> {
  const [row] = (await tenantByAlias(db, alias)).rows;
  return row && toTenant(row);
}

/** Whether a portal that is not removed holds this name (a key lookup: no row is read or mapped). */
export async function isAliasHeld(db: Db, alias: string): Promise<boolean> {
  return (await tenantIdByAlias(db, alias)).rows.length > 0;
}

/** The live tenant at a full host name (a portal registered under an earlier base domain). */
export async function findTenantByDomain(db: Db, domain: string): Promise<TenantRecord | undefined> {
  const [row] = (await tenantByDomain(db, domain)).rows;
  return row && toTenant(row);
}

// The lookups every request makes, prepared once (see ../prepared.ts).
const tenantById = prepared((db, id: number) =>
  tenantsWithQuota(db).select(TENANT_COLUMNS).where('tenants.id', '=', id),
);
const tenantByAlias = prepared((db, alias: string) =>
  tenantsWithQuota(db).select(TENANT_COLUMNS).where('tenants.alias_key', '=', alias),
);
const tenantIdByAlias = prepared((db, alias: string) =>
  db.selectFrom('tenants').select('tenants.id').where('tenants.alias_key', '=', alias),
);
const tenantByDomain = prepared((db, domain: string) =>
  tenantsWithQuota(db)
    .select(TENANT_COLUMNS)
    .where('tenants.domain', '=', domain)
    .where('tenants.alias_key', 'is not', null),
);

/** Which of these aliases are held by a portal that is not removed. */
export async function takenAliases(db: Db, aliases: readonly string[]): Promise<Set<string>> {
  if (aliases.length === 0) return new Set();
  const rows = await db.selectFrom('tenants').select('alias_key').where('alias_key', 'in', aliases).execute();
  return new Set(rows.map((r) => r.alias_key).filter((a): a is string => a !== null));
}

/** Portals that are not removed (MAX_PORTALS counts these). */
export async function countLiveTenants(db: Db): Promise<number> {
  const row = await db
    .selectFrom('tenants')
    .select((eb) => eb.fn.count<number | string>('alias_key').as('n'))
    .where('alias_key', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Portals of one API client that are not removed (its maxPortals counts these). */
export async function countLiveTenantsOfClient(db: Db, clientId: string): Promise<number> {
  const row = await db
    .selectFrom('tenants')
    .select((eb) => eb.fn.count<number | string>('alias_key').as('n'))
    .where('client_id', '=', clientId)
    .where('alias_key', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Moves a portal to another client (null: the operator's). */
export async function updateTenantClient(db: Db, id: number, clientId: string | null): Promise<void> {
  await db.updateTable('tenants').set({ client_id: clientId }).where('id', '=', id).execute();
}

/**
 * Sets a portal's status; removal also releases its name, remembers the status it had (a restore
 * gives it back) and drops a scheduled removal. A suspension `byPolicy` (non-payment) is marked
 * as such; any other change of a live portal's status clears the mark. Returns false if nothing
 * changed.
 */
export async function updateTenantStatus(
  db: Db,
  id: number,
  status: TenantStatus,
  reason: string | null,
  at: Date,
  byPolicy = false,
): Promise<boolean> {
  if (status !== 'RemovePending') {
    const suspendedByPolicy = byPolicy && status === 'Suspended' ? at : null;
    const update = await statusUpdate(db, id, statusCode(status), reason, at, suspendedByPolicy, REMOVE_PENDING);
    return Number(update.numAffectedRows) > 0;
  }
  const result = await db
    .updateTable('tenants')
    .set({
      // First: MySQL evaluates SET assignments in order, so `status` here must still be the old one.
      ...(status === 'RemovePending' ? { removed_from_status: sql<number>`status` } : {}),
      status: statusCode(status),
      status_reason: reason,
      status_changed_at: at,
      ...(status === 'RemovePending'
        ? { alias_key: null, removal_scheduled_at: null }
        : { policy_suspended_at: byPolicy && status === 'Suspended' ? at : null }),
    })
    .where('id', '=', id)
    .where('status', '!=', statusCode('RemovePending'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

// Suspend and resume, the status changes every portal/status call makes: prepared once (../prepared.ts).
const statusUpdate = prepared(
  (
    db,
    id: number,
    status: number,
    reason: string | null,
    at: Date,
    policySuspendedAt: Date | null,
    removePending: number,
  ) =>
    db
      .updateTable('tenants')
      .set({ status, status_reason: reason, status_changed_at: at, policy_suspended_at: policySuspendedAt })
      .where('id', '=', id)
      .where('status', '!=', removePending),
);
const REMOVE_PENDING = statusCode('RemovePending');

/** A portal the purge deleted: enough to record it and erase its owner's e-mail from the log. */
export interface PurgedTenant {
  readonly tenant: TenantRecord;
  readonly ownerEmail: string | null;
}

/**
 * Deletes up to `limit` removed portals whose tombstone is older than `before`, with their
 * settings, owners and tariffs (deleted explicitly, child rows first: the foreign keys' ON DELETE
 * CASCADE is not relied on, SQLite enforces it only per connection), and returns them. The rows
 * are read with a lock (SELECT … FOR UPDATE where the database has one; SQLite's writer is
 * alone anyway), so of instances purging at once each portal is returned by exactly one.
 * Bounded, so one call never holds a long lock on a large table.
 */
export async function purgeRemovedTenants(db: Db, before: Date, limit: number): Promise<PurgedTenant[]> {
  // The lock is taken on the tenants rows alone (PostgreSQL refuses FOR UPDATE across an outer
  // join), then the locked rows are read with their owner and tariff.
  const claim = db
    .selectFrom('tenants')
    .select('id')
    .where('status', '=', statusCode('RemovePending'))
    .where('status_changed_at', '<', before)
    .orderBy('id')
    .limit(limit);
  const ids = (await (needsRowLocks(db) ? claim.forUpdate() : claim).execute()).map((r) => Number(r.id));
  if (ids.length === 0) return [];
  const rows = await tenantsWithQuota(db)
    .leftJoin('users', 'users.id', 'tenants.owner_id')
    .select([...TENANT_COLUMNS, 'users.email as owner_email'])
    .where('tenants.id', 'in', ids)
    .orderBy('tenants.id')
    .execute();
  const purged = rows.map((row) => ({ tenant: toTenant(row), ownerEmail: row.owner_email }));
  await db.deleteFrom('settings').where('tenant_id', 'in', ids).execute();
  await db.deleteFrom('users').where('tenant_id', 'in', ids).execute();
  await db.deleteFrom('tariffs').where('tenant_id', 'in', ids).execute();
  await db.deleteFrom('tenants').where('id', 'in', ids).execute();
  return purged;
}

/**
 * Takes the named lock row until the transaction ends, serialising a critical section across
 * server instances. SQLite needs none: its single writer already serialises write transactions.
 */
export async function lockNamed(db: Db, name: string): Promise<void> {
  if (!needsRowLocks(db)) return;
  await db.selectFrom('app_locks').select('name').where('name', '=', name).forUpdate().execute();
}

export function statusCode(status: TenantStatus): number {
  return TENANT_STATUSES.indexOf(status);
}

export function toTenant(row: TenantRow): TenantRecord {
  return {
    id: Number(row.id),
    alias: row.alias,
    name: row.name,
    domain: row.domain,
    status: tenantStatusOf(row.status),
    statusReason: row.status_reason,
    created: fromDbTime(row.created_at),
    statusChanged: fromDbTime(row.status_changed_at),
    language: row.language,
    timeZoneName: row.time_zone,
    ownerId: row.owner_id,
    industry: Number(row.industry),
    partnerId: row.partner_id,
    affiliateId: row.affiliate_id,
    campaign: row.campaign,
    region: row.region,
    clientId: row.client_id,
    quota: row.quota === null ? null : fromDbBigInt(row.quota),
    usedSize: row.used_size === null ? 0 : fromDbBigInt(row.used_size),
    removalScheduledAt: row.removal_scheduled_at === null ? null : fromDbTime(row.removal_scheduled_at),
    isProtected: Number(row.protected) === 1,
    policySuspendedAt: row.policy_suspended_at === null ? null : fromDbTime(row.policy_suspended_at),
  };
}

/** How many portals are in each status (for monitoring and the console's overview). */
export async function countTenantsByStatus(db: Db): Promise<Record<TenantStatus, number>> {
  const rows = await db
    .selectFrom('tenants')
    .select((eb) => ['status', eb.fn.countAll<number | string>().as('n')])
    .groupBy('status')
    .execute();
  const counts: Record<TenantStatus, number> = { Active: 0, Suspended: 0, RemovePending: 0 };
  for (const row of rows) counts[tenantStatusOf(row.status)] += Number(row.n);
  return counts;
}
