import { sql, type CompiledQuery } from 'kysely';
import { keepsTenantListVersion } from '../dialects/features.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import { countedNthTenantId, filterTenants, type TenantFilter } from './tenant-list.js';

/**
 * Where the n-th portal of a list lies, remembered between requests: a page at a deep
 * `startIndex` otherwise counts every portal before it over the index (15–20 ms at the end of a
 * million on SQLite, and callers wait behind each other's counts on its one connection).
 *
 * For each list (its statuses and API client) the id of every BLOCK-th portal is kept, found a
 * block at a time as deeper pages are asked for; a page then counts from the nearest one below
 * it, fewer than BLOCK portals. What is kept stays true while no portal changes place: on SQLite
 * triggers bump a counter whenever one could (migrations/015_tenant_list_version.ts), whoever
 * writes the file, and a list remembered under another value of it starts afresh. New portals
 * are appended after every kept id and move none of them. PostgreSQL and MySQL keep no counter
 * (see that migration) and count every time.
 */

/** Portals between two kept ids: a page counts fewer than this many from the nearest. */
export const BLOCK = 1024;
/** Lists remembered per database at once (a list is its statuses and API client). */
const MAX_LISTS = 32;

interface KeptList {
  /** The counter's value the ids were found under. */
  readonly version: number;
  /** ids[j]: the id of the ((j + 1) · BLOCK)-th portal of the list. */
  readonly ids: number[];
  /** The step from one kept id to the next, compiled once: its parameters with the `after` id swapped in. */
  readonly step: CompiledQuery<{ id: number }>;
  readonly afterAt: number;
}

const keptByDatabase = new WeakMap<Db, Map<string, KeptList>>();

/**
 * The id of the n-th matching tenant in id order (1-based), or undefined when fewer match: where
 * a page after `startIndex` skipped matches begins.
 */
export async function nthTenantId(
  db: Db,
  filter: TenantFilter & { readonly afterId: number },
  n: number,
): Promise<number | undefined> {
  const key = n > BLOCK && filter.afterId === 0 && keepsTenantListVersion(db) ? listKey(filter) : undefined;
  if (key === undefined) return countedNthTenantId(db, filter, n);
  const version = await listVersion(db);
  const list = keptList(db, key, filter, version);
  // The kept ids below the n-th, found now where they are missing.
  const wanted = Math.floor((n - 1) / BLOCK);
  let found = false;
  while (list.ids.length < wanted) {
    const known = list.ids.length;
    const next = await stepFrom(db, list, list.ids[known - 1] ?? 0);
    if (next === undefined) return undefined; // the list ends before the n-th
    // Another request may have found the same one meanwhile.
    if (list.ids.length === known) list.ids.push(next);
    found = true;
  }
  // Portals may have moved while the ids were being found: what was found is not kept then.
  if (found && (await listVersion(db)) !== version) {
    keptByDatabase.get(db)?.delete(key);
    return countedNthTenantId(db, filter, n);
  }
  const from = wanted === 0 ? 0 : (list.ids[wanted - 1] as number);
  return countedNthTenantId(db, { ...filter, afterId: from }, n - wanted * BLOCK);
}

/** The lists whose positions are kept: filtered by status and API client only. */
function listKey(filter: TenantFilter): string | undefined {
  const narrowed =
    filter.tenantId !== undefined ||
    filter.alias !== undefined ||
    filter.domain !== undefined ||
    filter.ownerEmail !== undefined ||
    filter.overQuota === true ||
    filter.nearQuota === true ||
    filter.plan !== undefined;
  if (narrowed) return undefined;
  const statuses = filter.statuses === undefined ? '*' : [...filter.statuses].sort().join(',');
  const client = filter.clientId === undefined ? '*' : filter.clientId === null ? '-' : `=${filter.clientId}`;
  return `${statuses} ${client}`;
}

/** The list kept under `key` at `version`, a new one if none is (the oldest list then forgotten). */
function keptList(db: Db, key: string, filter: TenantFilter, version: number): KeptList {
  let lists = keptByDatabase.get(db);
  if (lists === undefined) {
    lists = new Map();
    keptByDatabase.set(db, lists);
  }
  const kept = lists.get(key);
  if (kept !== undefined && kept.version === version) return kept;
  const step = stepQuery(db, filter).compile();
  const afterAt = step.parameters.indexOf(AFTER);
  if (afterAt < 0) throw new Error('the step query does not bind its after id');
  const list: KeptList = { version, ids: [], step, afterAt };
  lists.delete(key);
  lists.set(key, list);
  if (lists.size > MAX_LISTS) lists.delete(lists.keys().next().value as string);
  return list;
}

/** Stands for the `after` id in the compiled step (swapped for the real one on every run). */
const AFTER = -7_130_502;

/** The BLOCK-th matching tenant after an id: one count of BLOCK index entries. */
function stepQuery(db: Db, filter: TenantFilter) {
  return filterTenants(db, filter)
    .select('tenants.id')
    .where('tenants.id', '>', AFTER)
    .orderBy('tenants.id')
    .limit(sql.lit(1))
    .offset(sql.lit(BLOCK - 1));
}

async function stepFrom(db: Db, list: KeptList, afterId: number): Promise<number | undefined> {
  const parameters = [...list.step.parameters];
  parameters[list.afterAt] = afterId;
  const result = await db.executeQuery<{ id: number }>({ ...list.step, parameters });
  const row = result.rows[0];
  return row === undefined ? undefined : Number(row.id);
}

async function listVersion(db: Db): Promise<number> {
  const result = await versionRead(db);
  return Number(result.rows[0]?.version ?? -1);
}
const versionRead = prepared((db) =>
  db.selectFrom('tenant_list_version').select('version').where('id', '=', sql.lit(1)),
);
