import { sql, type CompiledQuery, type Expression } from 'kysely';
import { keepsTenantListVersion, statementsAreLocal } from '../dialects/features.js';
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
 * it, fewer than BLOCK portals. What is kept stays true while no portal changes place: triggers
 * bump a count whenever one could, whoever writes the table, and a list remembered under another
 * value of it starts afresh. On SQLite (migrations/015_tenant_list_version.ts) new portals are
 * appended after every kept id and move none of them; on PostgreSQL (017) the count is spread
 * over rows so that instances do not wait for each other, and a new portal counts as a move (ids
 * commit out of order). MySQL keeps no count and counts every time.
 */

/** Portals between two kept ids: a page counts fewer than this many from the nearest. */
export const BLOCK = 1024;
/** Lists remembered per database at once (a list is its statuses and API client). */
const MAX_LISTS = 32;
/** Blocks found between two looks at whether portals moved meanwhile. */
const CHECK_EVERY = 64;
/**
 * After a search thrown away because portals moved, how long lists are counted instead (elapsed
 * time on the process's monotonic clock: a pause, not a time of day).
 */
const SETTLE_MS = 1_000;

interface KeptList {
  /** The counter's value the ids were found under. */
  readonly version: number;
  /** ids[j]: the id of the ((j + 1) · BLOCK)-th portal of the list. */
  readonly ids: number[];
  readonly filter: TenantFilter;
  /** The step from one kept id to the next, compiled once: its parameters with the `after` id swapped in. */
  readonly step: CompiledQuery<{ id: number }>;
  readonly afterAt: number;
  /** The search finding more of its ids, while one runs: others wait for it. */
  searching: Promise<void> | undefined;
}

/** What one database's lists keep: their positions, and until when each is counted instead. */
interface Kept {
  readonly lists: Map<string, KeptList>;
  /** Lists whose last search was thrown away because portals moved: not searched again before then. */
  readonly movingUntil: Map<string, number>;
}

const keptByDatabase = new WeakMap<Db, Kept>();

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
  // No count (its rows deleted by hand): nothing can be known to stay true.
  if (version === undefined) return countedNthTenantId(db, filter, n);
  const kept = keptOf(db);
  let list = kept.lists.get(key);
  if (list === undefined || list.version !== version) {
    // While portals keep moving, finding the blocks would be thrown away again: count instead.
    if (performance.now() < (kept.movingUntil.get(key) ?? 0)) return countedNthTenantId(db, filter, n);
    list = newList(db, kept, key, filter, version);
  }
  // The kept ids below the n-th, found now where they are missing: by one search at a time per
  // list, which the others wait for rather than search beside it (each would read the same index).
  const wanted = Math.floor((n - 1) / BLOCK);
  while (list.ids.length < wanted) {
    let ended = false;
    if (list.searching !== undefined) {
      await list.searching;
    } else {
      const search = searchBlocks(db, kept, key, list, wanted);
      const searching = search.then(
        () => undefined,
        () => undefined,
      );
      list.searching = searching;
      ended = await search.finally(() => {
        if (list.searching === searching) list.searching = undefined;
      });
    }
    // Portals moved while the search (this one's, or the one it waited for) ran: what it found
    // was thrown away.
    if (kept.lists.get(key) !== list) return countedNthTenantId(db, filter, n);
    if (ended) break;
  }
  if (list.ids.length < wanted) return undefined;
  const from = wanted === 0 ? 0 : (list.ids[wanted - 1] as number);
  return countedNthTenantId(db, { ...filter, afterId: from }, n - wanted * BLOCK);
}

/**
 * Finds the kept ids of `list` up to the `wanted`-th; true when the list ends before. Portals may
 * move meanwhile: a long search looks now and then, and at its end, whether the count of moves
 * still reads the list's; if not, what was found is thrown away (the list forgotten) and the list
 * is counted for SETTLE_MS.
 */
async function searchBlocks(db: Db, kept: Kept, key: string, list: KeptList, wanted: number): Promise<boolean> {
  let found = 0;
  let moved = false;
  let ended = false;
  while (list.ids.length < wanted) {
    const known = list.ids.length;
    const blocks = statementsAreLocal(db) ? 1 : Math.min(CHECK_EVERY, wanted - known);
    const next = await stepsFrom(db, list, list.ids[known - 1] ?? 0, blocks);
    list.ids.push(...next);
    found += next.length;
    if (next.length < blocks) {
      ended = true;
      break;
    }
    if (found % CHECK_EVERY === 0 && (await listVersion(db)) !== list.version) {
      moved = true;
      break;
    }
  }
  if (moved || ((found > 0 || ended) && (await listVersion(db)) !== list.version)) {
    if (kept.lists.get(key) === list) kept.lists.delete(key);
    kept.movingUntil.set(key, performance.now() + SETTLE_MS);
    if (kept.movingUntil.size > MAX_LISTS) kept.movingUntil.delete(kept.movingUntil.keys().next().value as string);
  }
  return ended;
}

/**
 * The positions kept for a list (how many ids, and under which count of moves), or undefined when
 * none are: for tests and for looking into a running server.
 */
export function keptPositions(
  db: Db,
  filter: TenantFilter,
): { readonly ids: number; readonly version: number } | undefined {
  const key = listKey(filter);
  const list = key === undefined ? undefined : keptByDatabase.get(db)?.lists.get(key);
  return list === undefined ? undefined : { ids: list.ids.length, version: list.version };
}

/**
 * The lists whose positions are kept: filtered by status and API client only. Any other filter
 * (one added later too) narrows the list past what the triggers count: such a list is counted.
 */
function listKey(filter: TenantFilter): string | undefined {
  const { statuses, clientId, ...others } = filter as TenantFilter & { readonly afterId?: number };
  for (const [name, value] of Object.entries(others))
    if (name !== 'afterId' && value !== undefined && value !== false) return undefined;
  const statusPart = statuses === undefined ? '*' : [...statuses].sort().join(',');
  const clientPart = clientId === undefined ? '*' : clientId === null ? '-' : `=${clientId}`;
  return `${statusPart} ${clientPart}`;
}

function keptOf(db: Db): Kept {
  let kept = keptByDatabase.get(db);
  if (kept === undefined) {
    kept = { lists: new Map(), movingUntil: new Map() };
    keptByDatabase.set(db, kept);
  }
  return kept;
}

/** A new, empty list kept under `key` at `version` (the oldest list then forgotten). */
function newList(db: Db, kept: Kept, key: string, filter: TenantFilter, version: number): KeptList {
  const step = stepQuery(db, filter, AFTER).compile();
  const afterAt = step.parameters.indexOf(AFTER);
  if (afterAt < 0) throw new Error('the step query does not bind its after id');
  const list: KeptList = { version, ids: [], filter, step, afterAt, searching: undefined };
  kept.movingUntil.delete(key);
  kept.lists.delete(key);
  kept.lists.set(key, list);
  if (kept.lists.size > MAX_LISTS) kept.lists.delete(kept.lists.keys().next().value as string);
  return list;
}

/** Stands for the `after` id in the compiled step (swapped for the real one on every run). */
const AFTER = -7_130_502;

/**
 * The BLOCK-th matching tenant after an id (a value, or a column of an enclosing query): one count
 * of BLOCK index entries.
 */
function stepQuery(db: Db, filter: TenantFilter, after: number | Expression<number>) {
  return filterTenants(db, filter)
    .select('tenants.id')
    .where('tenants.id', '>', after)
    .orderBy('tenants.id')
    .limit(sql.lit(1))
    .offset(sql.lit(BLOCK - 1));
}

/**
 * The next `blocks` kept ids after an id (fewer where the list ends). On SQLite one at a time, by
 * the compiled step: a statement costs no round trip there. Where each is one, a recursive query
 * takes the same steps, each from the last, `blocks` of them in one statement: a search to the
 * end of a million is then 16 round trips, not 976, and costs about what one count from the start
 * does (numbering the portals with a window function instead cost twice that on PostgreSQL).
 */
async function stepsFrom(db: Db, list: KeptList, afterId: number, blocks: number): Promise<number[]> {
  if (blocks === 1) {
    const parameters = [...list.step.parameters];
    parameters[list.afterAt] = afterId;
    const result = await db.executeQuery<{ id: number }>({ ...list.step, parameters });
    return result.rows.map((row) => Number(row.id));
  }
  const stepAfter = (after: Expression<number>) => stepQuery(db, list.filter, after);
  const rows = await db
    .withRecursive('kept(id, step)', (start) =>
      start
        .selectNoFrom((eb) => [stepAfter(eb.val(afterId)).as('id'), sql.lit(1).as('step')])
        .unionAll((next) =>
          next
            .selectFrom('kept')
            .select((eb) => [stepAfter(eb.ref('kept.id')).as('id'), sql<number>`${eb.ref('kept.step')} + 1`.as('step')])
            .where('kept.id', 'is not', null)
            .where('kept.step', '<', sql.lit(blocks)),
        ),
    )
    .selectFrom('kept')
    .select('kept.id')
    .where('kept.id', 'is not', null)
    .orderBy('kept.step')
    .execute();
  return rows.map((row) => Number(row.id));
}

/** The count of moves: the sum of its rows (one on SQLite, a stripe each on PostgreSQL); undefined with none. */
async function listVersion(db: Db): Promise<number | undefined> {
  const row = (await versionRead(db)).rows[0];
  return row === undefined || row.version === null ? undefined : Number(row.version);
}
const versionRead = prepared((db) =>
  db.selectFrom('tenant_list_version').select((eb) => eb.fn.sum<number | string | null>('version').as('version')),
);
