import { sql } from 'kysely';
import { byteOrdered, notIndexedOnSqlite } from '../dialects/features.js';
import type { TenantStatus } from '../records.js';
import type { Db } from '../store.js';
import { filterTenants, STATISTICS_COLUMNS, toTenantWithStatistics, type TenantWithStatistics } from './tenant-list.js';
import { statusCode, TENANT_COLUMNS } from './tenants.js';

/**
 * The operator console's portal list: a page of portals with owner and tariff, newest first, or
 * in name order for a name prefix. Every page is one range of an index, whatever its depth:
 * - no name: `id < cursor ORDER BY id DESC` on the primary key, or on tenants_status_id,
 *   tenants_client_status_id or tariffs_plan when those filters are set;
 * - a name prefix: `alias >= prefix AND alias < next(prefix) ORDER BY alias, id` on the alias
 *   index, compared byte by byte (see byteOrdered), so the exact name comes first.
 */

export interface PortalSearch {
  /** undefined: every status. */
  readonly statuses: readonly TenantStatus[] | undefined;
  /** An API client's portals; null: the operator's own (no client). */
  readonly clientId?: string | null | undefined;
  /** Portals on this tariff plan. */
  readonly plan?: string | undefined;
  /** Portals whose usage has crossed a usage threshold and not fallen back. */
  readonly nearQuota?: boolean | undefined;
  /** Portals whose reported usage exceeds their quota. */
  readonly overQuota?: boolean | undefined;
  /** The owner's e-mail, lower-case, exact. */
  readonly ownerEmail?: string | undefined;
  /** The full host name stored at registration, exact. */
  readonly domain?: string | undefined;
  /** Names (aliases, lower-case) starting with this; the list is then in name order. */
  readonly namePrefix?: string | undefined;
}

/** Where a page starts: after the last row of the previous one, in the list's order. */
export type SearchCursor = { readonly beforeId: number } | { readonly afterName: string; readonly afterId: number };

/** One page of `limit` portals matching `search`, from `cursor` on. */
export async function searchTenantsPage(
  db: Db,
  search: PortalSearch,
  cursor: SearchCursor | undefined,
  limit: number,
): Promise<TenantWithStatistics[]> {
  const ids = await pageIds(db, search, cursor, limit);
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('tenants')
    .leftJoin('tariffs', 'tariffs.tenant_id', 'tenants.id')
    .leftJoin('users as owner', 'owner.id', 'tenants.owner_id')
    .select(TENANT_COLUMNS)
    .select(STATISTICS_COLUMNS)
    .where('tenants.id', 'in', ids)
    .execute();
  const byId = new Map(rows.map((row) => [Number(row.id), toTenantWithStatistics(row)]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** The ids of one page, in the list's order: an index range, no row read. */
async function pageIds(
  db: Db,
  search: PortalSearch,
  cursor: SearchCursor | undefined,
  limit: number,
): Promise<number[]> {
  const prefix = search.namePrefix;
  const byName = prefix !== undefined && prefix !== '';
  let query = filterTenants(db, {
    // In name order the status is added below, so that SQLite walks the name index (see notIndexedOnSqlite).
    statuses: byName ? undefined : search.statuses,
    clientId: search.clientId,
    ownerEmail: search.ownerEmail,
    domain: search.domain,
    nearQuota: search.nearQuota,
    overQuota: search.overQuota,
  });
  if (byName && search.statuses !== undefined)
    query = query.where(notIndexedOnSqlite(db, 'tenants.status'), 'in', search.statuses.map(statusCode));
  // The plan's index drives the page (tariff rows share the tenant's id), so a plan held by
  // few portals is found without walking the others.
  const idColumn = sql.ref<number>(search.plan !== undefined ? 'planned.tenant_id' : 'tenants.id');
  if (search.plan !== undefined)
    query = query
      .innerJoin('tariffs as planned', 'planned.tenant_id', 'tenants.id')
      .where('planned.plan', '=', search.plan);
  if (byName) {
    const alias = byteOrdered(db, 'tenants.alias');
    const afterName = cursor !== undefined && 'afterName' in cursor ? cursor.afterName : undefined;
    // One lower bound, the later of the prefix and the cursor's name (names are ASCII: the
    // byte order is JavaScript's), so the index range starts where the page does.
    query = query
      .where(alias, '>=', afterName !== undefined && afterName > prefix ? afterName : prefix)
      .where(alias, '<', prefixEnd(prefix));
    if (cursor !== undefined && 'afterName' in cursor) {
      const { afterId } = cursor;
      // Only skips the rows of the cursor's own name already shown.
      query = query.where((eb) => eb.or([eb(alias, '>', cursor.afterName), eb('tenants.id', '>', afterId)]));
    }
    const rows = await query
      .select('tenants.id as page_id')
      .orderBy(alias)
      .orderBy('tenants.id')
      .limit(sql.lit(wholeLimit(limit)))
      .execute();
    return rows.map((row) => Number(row.page_id));
  }
  if (cursor !== undefined && 'beforeId' in cursor) query = query.where(idColumn, '<', cursor.beforeId);
  const rows = await query
    .select(idColumn.as('page_id'))
    .orderBy(idColumn, 'desc')
    .limit(sql.lit(wholeLimit(limit)))
    .execute();
  return rows.map((row) => Number(row.page_id));
}

/** The smallest text greater than every text starting with `prefix` (byte order). */
export function prefixEnd(prefix: string): string {
  const last = prefix.charCodeAt(prefix.length - 1);
  return prefix.slice(0, -1) + String.fromCharCode(last + 1);
}

function wholeLimit(limit: number): number {
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`page size ${limit} is not a whole number`);
  return limit;
}
