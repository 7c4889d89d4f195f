import { sql } from 'kysely';
import { equalsWithoutRefAccess } from '../dialects/features.js';
import { fromDbBoolean, fromDbTime } from '../dialects/values.js';
import type { RoomCounts, TariffRecord, TenantRecord, TenantStatus } from '../records.js';
import type { Db } from '../store.js';
import { statusCode, TENANT_COLUMNS, toTenant } from './tenants.js';
import { toTariff } from './tariffs.js';

/** Filters of portal/get; every given one narrows the list. */
export interface TenantFilter {
  /** undefined = every status. */
  readonly statuses: readonly TenantStatus[] | undefined;
  readonly tenantId?: number | undefined;
  /** Matches the alias of live portals and the last alias of removed ones. */
  readonly alias?: string | undefined;
  /** The full host name stored at registration. */
  readonly domain?: string | undefined;
  /** Owner e-mail, lower-case. */
  readonly ownerEmail?: string | undefined;
  /** Only this API client's portals; null: only the operator's (no client). */
  readonly clientId?: string | null | undefined;
  /** Only portals whose reported usage exceeds their quota. */
  readonly overQuota?: boolean | undefined;
  /** Only portals whose usage has crossed a usage threshold (USAGE_ALERTS) and not fallen back. */
  readonly nearQuota?: boolean | undefined;
  /** Only portals on this tariff plan. */
  readonly plan?: string | undefined;
}

export interface TenantWithStatistics {
  readonly tenant: TenantRecord;
  readonly owner: { readonly id: string; readonly email: string; readonly displayName: string } | null;
  readonly tariff: TariffRecord | null;
  /** Users last reported by the workspace (0 until reported). */
  readonly usersCount: number;
  /** Rooms, room admins and AI agents last reported (read with statistics only). */
  readonly rooms?: RoomCounts | undefined;
  /** Whether the owner has activated the portal, and since when (read with statistics only). */
  readonly ownerActivation?: OwnerActivation | undefined;
}

/** Whether a portal's owner has activated it, and when first (null: not yet, or not known). */
export interface OwnerActivation {
  readonly activated: boolean;
  readonly at: Date | null;
}

export interface PageRequest {
  /** Keyset cursor: only ids above this one. */
  readonly afterId: number;
  readonly limit: number;
}

/** One page of matching tenants ordered by id, keyset-paged so deep pages stay cheap. */
export async function listTenantsPage(db: Db, filter: TenantFilter, page: PageRequest): Promise<TenantRecord[]> {
  const rows = await pageOf(db, filter, page).select(TENANT_COLUMNS).orderBy('tenants.id').execute();
  return rows.map(toTenant);
}

/** As listTenantsPage, with each tenant's owner and tariff joined in the same query. */
export async function listTenantsWithStatisticsPage(
  db: Db,
  filter: TenantFilter,
  page: PageRequest,
): Promise<TenantWithStatistics[]> {
  const rows = await pageOf(db, filter, page)
    .leftJoin('users as owner', 'owner.id', 'tenants.owner_id')
    .select(TENANT_COLUMNS)
    .select(STATISTICS_COLUMNS)
    .orderBy('tenants.id')
    .execute();
  return rows.map(toTenantWithStatistics);
}

/** The owner's and tariff's columns beside TENANT_COLUMNS (owner joined as `owner`, tariff as `tariffs`). */
export const STATISTICS_COLUMNS = [
  'owner.id as owner_user_id',
  'owner.email as owner_email',
  'owner.first_name as owner_first_name',
  'owner.last_name as owner_last_name',
  'owner.activated as owner_activated',
  'owner.activated_at as owner_activated_at',
  'tariffs.tenant_id as tariff_tenant_id',
  'tariffs.plan as tariff_plan',
  'tariffs.active_users as tariff_active_users',
  'tariffs.max_file_size as tariff_max_file_size',
  'tariffs.max_total_size as tariff_max_total_size',
  'tariffs.features as tariff_features',
  'tariffs.due_date as tariff_due_date',
  'tariffs.users_count as tariff_users_count',
  'tariffs.room_admin_count as tariff_room_admin_count',
  'tariffs.rooms_count as tariff_rooms_count',
  'tariffs.ai_agents_count as tariff_ai_agents_count',
] as const;

/** A row of TENANT_COLUMNS and STATISTICS_COLUMNS as a tenant with its owner and tariff. */
export function toTenantWithStatistics(row: Parameters<typeof toTenant>[0] & StatisticsRow): TenantWithStatistics {
  return {
    tenant: toTenant(row),
    owner:
      row.owner_user_id === null
        ? null
        : {
            id: row.owner_user_id.trim(),
            email: row.owner_email ?? '',
            displayName: `${row.owner_first_name ?? ''} ${row.owner_last_name ?? ''}`.trim(),
          },
    tariff:
      row.tariff_tenant_id === null
        ? null
        : toTariff({
            tenant_id: row.tariff_tenant_id,
            plan: row.tariff_plan ?? '',
            active_users: row.tariff_active_users ?? 0,
            max_file_size: row.tariff_max_file_size ?? 0,
            max_total_size: row.tariff_max_total_size ?? 0,
            features: row.tariff_features ?? '',
            due_date: row.tariff_due_date ?? null,
          }),
    usersCount: Number(row.tariff_users_count ?? 0),
    rooms: {
      roomAdminCount: Number(row.tariff_room_admin_count ?? 0),
      roomsCount: Number(row.tariff_rooms_count ?? 0),
      aiAgentsCount: Number(row.tariff_ai_agents_count ?? 0),
    },
    ownerActivation:
      row.owner_user_id === null
        ? undefined
        : {
            activated: fromDbBoolean(row.owner_activated ?? 0),
            at: row.owner_activated_at === null ? null : fromDbTime(row.owner_activated_at),
          },
  };
}

interface StatisticsRow {
  readonly owner_user_id: string | null;
  readonly owner_email: string | null;
  readonly owner_first_name: string | null;
  readonly owner_last_name: string | null;
  readonly owner_activated: number | null;
  readonly owner_activated_at: Date | string | null;
  readonly tariff_tenant_id: number | null;
  readonly tariff_plan: string | null;
  readonly tariff_active_users: number | null;
  readonly tariff_max_file_size: number | string | null;
  readonly tariff_max_total_size: number | string | null;
  readonly tariff_features: string | null;
  readonly tariff_due_date: Date | string | null;
  readonly tariff_users_count: number | null;
  readonly tariff_room_admin_count: number | null;
  readonly tariff_rooms_count: number | null;
  readonly tariff_ai_agents_count: number | null;
}

/**
 * The tenants of one keyset page, as a "deferred join": the page's ids are chosen by an
 * index-only subquery, then joined to their rows. Asked for whole rows directly, MariaDB reads
 * `status IN (…) AND id > ?` by status alone and filters ids row by row, so each page of the
 * full list cost time proportional to its depth (50 ms per page at 900,000 portals; O(n²) for
 * the list). Over ids only it takes the range on (status, id), ~0.2 ms at any depth; SQLite and
 * PostgreSQL pay one primary-key probe per row. One status is compared so that MariaDB cannot
 * fall back to reading that status from its first entry (equalsWithoutRefAccess).
 */
function pageOf(db: Db, filter: TenantFilter, page: PageRequest) {
  const [onlyStatus, ...otherStatuses] = filter.statuses ?? [];
  const oneStatus = onlyStatus !== undefined && otherStatuses.length === 0 ? onlyStatus : undefined;
  const ids = (
    oneStatus === undefined
      ? filterTenants(db, filter)
      : filterTenants(db, { ...filter, statuses: undefined }).where(
          equalsWithoutRefAccess(db, 'tenants.status', statusCode(oneStatus)),
        )
  )
    .select('tenants.id as page_id')
    .where('tenants.id', '>', page.afterId)
    .orderBy('tenants.id')
    .limit(literalLimit(page.limit))
    .as('page');
  return db
    .selectFrom('tenants')
    .innerJoin(ids, 'page.page_id', 'tenants.id')
    .leftJoin('tariffs', 'tariffs.tenant_id', 'tenants.id');
}

/**
 * The id of the n-th matching tenant in id order (1-based), or undefined when fewer match,
 * counted over the index (no rows read). Deep pages of long lists remember where they begin
 * instead (tenant-positions.ts), and count from there with this.
 */
export async function countedNthTenantId(
  db: Db,
  filter: TenantFilter & { readonly afterId: number },
  n: number,
): Promise<number | undefined> {
  const row = await filterTenants(db, filter)
    .select('tenants.id')
    .where('tenants.id', '>', filter.afterId)
    .orderBy('tenants.id')
    .limit(1)
    .offset(n - 1)
    .executeTakeFirst();
  return row === undefined ? undefined : Number(row.id);
}

/**
 * The page size written into the SQL rather than bound: SQLite re-prepares a statement whose
 * ORDER BY … LIMIT takes a bound parameter on every run, which cost more than the lookup itself
 * (~20 µs of CPU per query; bench/). Page sizes are few, so the statements stay cached.
 */
function literalLimit(limit: number) {
  if (!Number.isSafeInteger(limit) || limit < 0) throw new RangeError(`page size ${limit} is not a whole number`);
  return sql.lit(limit);
}

/** The tenants matching `filter` (no order, no columns chosen yet): the base of every list query. */
export function filterTenants(db: Db, filter: TenantFilter) {
  let query = db.selectFrom('tenants');
  if (filter.statuses !== undefined) {
    query = query.where('tenants.status', 'in', filter.statuses.map(statusCode));
  }
  if (filter.tenantId !== undefined) query = query.where('tenants.id', '=', filter.tenantId);
  // Name and e-mail filters are written as `id IN (subquery)`: as plain conditions beside
  // `status IN (…) ORDER BY id`, SQLite (no statistics) walks tenants_status_id in id order and
  // tests every row — 0.3–0.7 s per lookup at a million portals (bench/). As id sets, each
  // match is one probe of that index.
  const alias = filter.alias;
  if (alias !== undefined && filter.statuses !== undefined && !filter.statuses.includes('RemovePending')) {
    // Portals that are not removed hold their name in alias_key: one probe of a unique index.
    query = query.where('tenants.alias_key', '=', alias);
  } else if (alias !== undefined) {
    query = query.where('tenants.id', 'in', (eb) =>
      eb.selectFrom('tenants as named').select('named.id').where('named.alias', '=', alias),
    );
  }
  const domain = filter.domain;
  if (domain !== undefined) {
    query = query.where('tenants.id', 'in', (eb) =>
      eb.selectFrom('tenants as hosted').select('hosted.id').where('hosted.domain', '=', domain),
    );
  }
  if (filter.clientId !== undefined) {
    query =
      filter.clientId === null
        ? query.where('tenants.client_id', 'is', null)
        : query.where('tenants.client_id', '=', filter.clientId);
  }
  if (filter.overQuota === true) {
    // The few portals over quota, found on the over-quota index, then filtered like the others
    // (partial where the database has them: the literal 1 lets the planner use it, as near quota).
    query = query.where('tenants.id', 'in', (eb) =>
      eb.selectFrom('tariffs as usage').select('usage.tenant_id').where('usage.over_quota', '=', sql.lit(1)),
    );
  }
  if (filter.nearQuota === true) {
    // Like over quota: the few portals near it, from the near-quota index (partial where the
    // database has them: the literal 1, not a bound value, is what lets the planner use it).
    query = query.where('tenants.id', 'in', (eb) =>
      eb.selectFrom('tariffs as near').select('near.tenant_id').where('near.near_quota', '=', sql.lit(1)),
    );
  }
  const plan = filter.plan;
  if (plan !== undefined) {
    query = query.where('tenants.id', 'in', (eb) =>
      eb.selectFrom('tariffs as planned').select('planned.tenant_id').where('planned.plan', '=', plan),
    );
  }
  const email = filter.ownerEmail;
  if (email !== undefined) {
    query = query.where('tenants.id', 'in', (eb) =>
      // From the e-mail index to the owner's portal by its primary key (an owner is a user of
      // the portal it owns): no index on owner_id is needed.
      eb
        .selectFrom('users')
        .innerJoin('tenants as owned', (join) =>
          join.onRef('owned.id', '=', 'users.tenant_id').onRef('owned.owner_id', '=', 'users.id'),
        )
        .select('owned.id')
        .where('users.email', '=', email),
    );
  }
  return query;
}
