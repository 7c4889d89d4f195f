import { sql, type Insertable, type QueryCreator, type Selectable } from 'kysely';
import { insertsInOneStatement, writesThroughProcedures } from '../dialects/features.js';
import { withIndexOnMysql } from '../dialects/index-hint.js';
import { fromDbBigInt, fromDbTime } from '../dialects/values.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import { callInsertAuditWithEvent } from './mysql-routines.js';
import type { AuditLogTable, Database, WebhookEventsTable } from '../tables/index.js';
import { eventRow, insertEventIfAnyEndpoint, listenedEventInsertOn, type NewEvent } from './webhook-events.js';

/**
 * The audit log: one row per change, written in the change's own transaction, read newest
 * first in keyset pages (id < cursor ORDER BY id DESC), each filter on an index ending in id.
 */

/** A record about to be written. */
export interface NewAuditRow {
  readonly at: Date;
  readonly action: string;
  readonly actorType: string;
  readonly actorId: string | null;
  readonly actorIp: string | null;
  readonly tenantId: number | null;
  readonly portalName: string | null;
  readonly clientId: string | null;
  readonly requestId: string | null;
  /** JSON text. */
  readonly changes: string;
}

/** A stored record. */
export interface AuditRow extends NewAuditRow {
  readonly id: number;
}

/** What audit/list may filter by; every given one narrows the list. */
export interface AuditFilter {
  readonly tenantId?: number | undefined;
  readonly portalName?: string | undefined;
  readonly action?: string | undefined;
  readonly actorType?: string | undefined;
  readonly actorId?: string | undefined;
  /** Only records of this client's slice (its portals and its own actions). */
  readonly clientId?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
}

export async function insertAudit(db: Db, row: NewAuditRow): Promise<void> {
  await auditInsert(db, auditRow(row));
}

/**
 * A record and the webhook event of its change (written only while an endpoint is enabled). On
 * PostgreSQL both go in one statement, on MySQL in one call of a stored procedure: every change
 * writes the pair, and a round trip fewer per change counts, so there the event is built whether
 * or not it is written. On SQLite it is built only when it is to be written (see
 * insertEventIfAnyEndpoint).
 */
export async function insertAuditWithEvent(db: Db, row: NewAuditRow, event: () => NewEvent): Promise<void> {
  if (writesThroughProcedures(db)) {
    await callInsertAuditWithEvent(db, auditRow(row), eventRow(event()));
    return;
  }
  if (!insertsInOneStatement(db)) {
    await insertAudit(db, row);
    await insertEventIfAnyEndpoint(db, event);
    return;
  }
  await auditWithEventInsert(db, auditRow(row), eventRow(event()));
}

const auditWithEventInsert = prepared((db, audit: Insertable<AuditLogTable>, event: Insertable<WebhookEventsTable>) =>
  listenedEventInsertOn(
    // The WITH's insert runs whether or not the event's is made (PostgreSQL runs every data-modifying WITH).
    db.with('new_audit', (q) => q.insertInto('audit_log').values(audit)) as unknown as QueryCreator<Database>,
    event,
  ),
);

function auditRow(row: NewAuditRow): Insertable<AuditLogTable> {
  return {
    at: row.at,
    action: row.action,
    actor_type: row.actorType,
    actor_id: row.actorId,
    actor_ip: row.actorIp,
    tenant_id: row.tenantId,
    portal_name: row.portalName,
    client_id: row.clientId,
    request_id: row.requestId,
    changes: row.changes,
  };
}

// Every change writes one (see ../prepared.ts).
const auditInsert = prepared((db, row: Insertable<AuditLogTable>) => db.insertInto('audit_log').values(row));

/**
 * The most index entries one page reads. Every filter combination leads with one index ending
 * in id (see drivingFilter); a page reads at most this many of its entries, newest first, and
 * keeps those the other filters accept. When filters that are each common select few records
 * together, a page may hold fewer than `limit` events (even none) while `next` is set: the
 * caller keeps paging. What one page costs stays bounded at any depth and for any combination.
 */
export const AUDIT_WINDOW = 5000;

/** A page of records, newest first, and where the next (older) page starts. */
export interface AuditPageRows {
  readonly rows: readonly AuditRow[];
  /** Records older than this id are the next page; undefined when none are left. */
  readonly nextBeforeId: number | undefined;
}

/** Up to `limit` matching records with ids below `beforeId` (all when undefined), newest first. */
export async function listAudit(
  db: Db,
  filter: AuditFilter,
  page: { readonly beforeId?: number | undefined; readonly limit: number },
): Promise<AuditPageRows> {
  // Time bounds become id bounds (the log is written in time order); `at` stays an exact filter.
  const lowestId =
    filter.from === undefined
      ? undefined
      : await firstIdAtOrAfter(db, new Date(filter.from.getTime() - TIME_ORDER_SLACK_MS));
  if (lowestId === null) return { rows: [], nextBeforeId: undefined };
  const toBound =
    filter.to === undefined
      ? undefined
      : await firstIdAtOrAfter(db, new Date(filter.to.getTime() + TIME_ORDER_SLACK_MS));
  const beforeId = minDefined(page.beforeId, toBound ?? undefined);
  const leading = leadingFilters(filter);

  // The window's floor: the AUDIT_WINDOW-th newest id the leading filters select below the
  // cursor (read from their index alone); the page reads no record below it.
  const index = indexOf(leading);
  let floorQuery = withIndexOnMysql(db.selectFrom('audit_log').select('audit_log.id'), db, 'audit_log', index);
  for (const [column, value] of leading) floorQuery = floorQuery.where(column, '=', value);
  if (beforeId !== undefined) floorQuery = floorQuery.where('audit_log.id', '<', beforeId);
  if (lowestId !== undefined) floorQuery = floorQuery.where('audit_log.id', '>=', lowestId);
  // Every record the leading filters select matches when no other filter is given: no floor needed.
  const narrowed =
    equalityFilters(filter).length > leading.length || filter.from !== undefined || filter.to !== undefined;
  const floorRow = narrowed
    ? await floorQuery
        .orderBy('audit_log.id', 'desc')
        .limit(sql.lit(1))
        .offset(sql.lit(AUDIT_WINDOW - 1))
        .executeTakeFirst()
    : undefined;
  const floor = floorRow === undefined ? lowestId : fromDbBigInt(floorRow.id);

  // Named columns, not *: a statement PostgreSQL keeps prepared must not change its result's shape
  // when a later migration adds a column (another instance may migrate while this one runs).
  let query = withIndexOnMysql(
    db
      .selectFrom('audit_log')
      .select([
        'id',
        'at',
        'action',
        'actor_type',
        'actor_id',
        'actor_ip',
        'tenant_id',
        'portal_name',
        'client_id',
        'request_id',
        'changes',
      ]),
    db,
    'audit_log',
    index,
  );
  for (const [column, value] of equalityFilters(filter)) query = query.where(column, '=', value);
  if (filter.from !== undefined) query = query.where('audit_log.at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('audit_log.at', '<=', filter.to);
  if (beforeId !== undefined) query = query.where('audit_log.id', '<', beforeId);
  if (floor !== undefined) query = query.where('audit_log.id', '>=', floor);
  // One row more than the page tells whether another page follows. The page size is written
  // into the SQL (see tenant-list.ts: a bound LIMIT re-prepares on SQLite).
  const rows = (
    await query
      .orderBy('audit_log.id', 'desc')
      .limit(sql.lit(page.limit + 1))
      .execute()
  ).map(toAuditRow);
  if (rows.length > page.limit) return { rows: rows.slice(0, page.limit), nextBeforeId: rows[page.limit - 1]?.id };
  // A short page: more may follow below the window, when the window was full.
  return { rows, nextBeforeId: floorRow === undefined ? undefined : floor };
}

/**
 * Records are written in time order, but two instances committing together may write them a
 * little out of order: time bounds are widened by this much before they become id bounds.
 */
const TIME_ORDER_SLACK_MS = 60_000;

type FilterColumn = `audit_log.${'tenant_id' | 'portal_name' | 'actor_id' | 'client_id' | 'action' | 'actor_type'}`;
type Equality = readonly [FilterColumn, string | number];

/** The equality filters given, most selective first. */
function equalityFilters(filter: AuditFilter): Equality[] {
  const all: Array<readonly [FilterColumn, string | number | undefined]> = [
    ['audit_log.tenant_id', filter.tenantId],
    ['audit_log.portal_name', filter.portalName],
    ['audit_log.actor_id', filter.actorId],
    ['audit_log.client_id', filter.clientId],
    ['audit_log.actor_type', filter.actorType],
    ['audit_log.action', filter.action],
  ];
  return all.filter((entry): entry is Equality => entry[1] !== undefined);
}

/**
 * The filters a page's window follows: the most selective one given, or actor type with action
 * together (they have a composite index: each alone may be common while both together are rare,
 * "status changes made by the system"). Each is the leading part of an index ending in id.
 */
function leadingFilters(filter: AuditFilter): Equality[] {
  const [first, second] = equalityFilters(filter);
  if (first === undefined) return [];
  if (first[0] === 'audit_log.actor_type' && second !== undefined) return [first, second];
  return [first];
}

/** The index whose (columns…, id) the leading filters name; none without filters (the primary key serves). */
function indexOf(leading: readonly Equality[]): string | undefined {
  const columns = leading.map(([column]) => column).join(',');
  return INDEX_BY_LEADING[columns];
}
const INDEX_BY_LEADING: Readonly<Record<string, string>> = {
  'audit_log.tenant_id': 'audit_log_tenant',
  'audit_log.portal_name': 'audit_log_portal',
  'audit_log.client_id': 'audit_log_client',
  'audit_log.action': 'audit_log_action',
  'audit_log.actor_type': 'audit_log_actor_type',
  'audit_log.actor_id': 'audit_log_actor_id',
  'audit_log.actor_type,audit_log.action': 'audit_log_actor_type_action',
};

/**
 * The id of the first record written at or after `at` (null when there is none): a search over
 * ids, reading one record per step, so no index on the time is needed. Records are written in
 * time order, so the step guesses where `at` falls between the two records that bound it (an
 * interpolation: a handful of steps over a million records, where halving took twenty, each a
 * round trip on PostgreSQL and MySQL); a guess that does not halve the range is followed by a
 * halving step, so bursts and quiet hours never make it slower than halving alone.
 */
async function firstIdAtOrAfter(db: Db, at: Date): Promise<number | null> {
  // Two queries, not min() and max() in one: each alone is one step down the primary key,
  // together SQLite scans the table.
  const lowest = await db.selectFrom('audit_log').select(['id', 'at']).orderBy('id').limit(1).executeTakeFirst();
  const highest = await db
    .selectFrom('audit_log')
    .select(['id', 'at'])
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (lowest === undefined || highest === undefined) return null;
  const target = at.getTime();
  const firstFrom = async (id: number) => {
    const row = await db
      .selectFrom('audit_log')
      .select(['id', 'at'])
      .where('id', '>=', id)
      .orderBy('id')
      .limit(1)
      .executeTakeFirst();
    return row && { id: fromDbBigInt(row.id), at: fromDbTime(row.at).getTime() };
  };
  // The smallest id x such that the first record from x on is at or after `at`, in [lo, hi]
  // (hi: past the highest id when there is none). loAt and hiAt: the times of the records known
  // to lie below and at the range's ends, what the next guess is made from.
  let lo = fromDbBigInt(lowest.id);
  let hi = fromDbBigInt(highest.id) + 1;
  let loAt = fromDbTime(lowest.at).getTime();
  let hiAt = fromDbTime(highest.at).getTime();
  if (loAt >= target) return lo;
  let interpolate = true;
  while (lo < hi) {
    const width = hi - lo;
    const guess =
      interpolate && hiAt > loAt
        ? lo + Math.floor(((target - loAt) / (hiAt - loAt)) * width)
        : lo + Math.floor(width / 2);
    const mid = Math.min(hi - 1, Math.max(lo, guess));
    const probe = await firstFrom(mid);
    if (probe === undefined || probe.at >= target) {
      hi = mid;
      if (probe !== undefined) hiAt = probe.at;
    } else {
      lo = probe.id + 1;
      loAt = probe.at;
    }
    // Guessing again only while guesses halve the range.
    interpolate = !interpolate || hi - lo <= width / 2;
  }
  return (await firstFrom(lo))?.id ?? null;
}

function minDefined(a: number | undefined, b: number | undefined): number | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return Math.min(a, b);
}

function toAuditRow(row: Selectable<AuditLogTable>): AuditRow {
  return {
    id: fromDbBigInt(row.id),
    at: fromDbTime(row.at),
    action: row.action,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorIp: row.actor_ip,
    tenantId: row.tenant_id === null ? null : Number(row.tenant_id),
    portalName: row.portal_name,
    clientId: row.client_id,
    requestId: row.request_id,
    changes: row.changes,
  };
}

/**
 * Deletes those of the `limit` oldest records (the lowest ids: no index on the time is read)
 * that are older than `before`; returns how many (bounded: no long lock). Less than `limit`
 * means the purge is done: the records after the first newer one are newer still.
 */
export async function purgeAudit(db: Db, before: Date, limit: number): Promise<number> {
  const oldest = await db.selectFrom('audit_log').select(['id', 'at']).orderBy('id').limit(sql.lit(limit)).execute();
  const ids = oldest
    .filter((row) => fromDbTime(row.at).getTime() < before.getTime())
    .map((row) => fromDbBigInt(row.id));
  if (ids.length === 0) return 0;
  const result = await db.deleteFrom('audit_log').where('id', 'in', ids).executeTakeFirst();
  const deleted = Number(result.numDeletedRows);
  return ids.length < oldest.length ? Math.min(deleted, limit - 1) : deleted;
}

/**
 * Replaces `text` (a purged portal's owner e-mail) with `pseudonym` in every record of the portal:
 * the right to erasure, while the records themselves stay.
 */
export async function pseudonymizeAudit(db: Db, tenantId: number, text: string, pseudonym: string): Promise<void> {
  await db
    .updateTable('audit_log')
    .set({ changes: sql<string>`replace(changes, ${text}, ${pseudonym})` })
    .where('tenant_id', '=', tenantId)
    .execute();
}
