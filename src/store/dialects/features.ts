import {
  MysqlAdapter,
  PostgresAdapter,
  sql,
  SqliteAdapter,
  type DialectAdapter,
  type RawBuilder,
  type SqlBool,
} from 'kysely';

/**
 * The SQL features that differ between the databases, read from the connection's Kysely adapter
 * (a pool or an open transaction alike), so repositories ask the handle they were given instead
 * of being told a dialect name.
 */

/** Anything that runs queries: Kysely itself or an open transaction. */
interface HasAdapter {
  getExecutor(): { readonly adapter: DialectAdapter };
}

/** True when INSERT … RETURNING works (PostgreSQL, SQLite); MySQL reports the new id instead. */
export function supportsReturning(db: HasAdapter): boolean {
  return db.getExecutor().adapter.supportsReturning;
}

/** True when the driver reports the id an insert generated (SQLite, MySQL): no RETURNING needed for it. */
export function reportsInsertedId(db: HasAdapter): boolean {
  return !(db.getExecutor().adapter instanceof PostgresAdapter);
}

/**
 * True when one statement can insert into several tables (PostgreSQL's data-modifying WITH):
 * worth a round trip per table over the network. SQLite runs in the process (a statement costs
 * no round trip) and MySQL has neither RETURNING nor inserts in WITH.
 */
export function insertsInOneStatement(db: HasAdapter): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * True when the writes a change makes together go through stored procedures, one round trip for
 * several rows (MySQL and MariaDB: migrations/019_mysql_write_routines.ts).
 */
export function writesThroughProcedures(db: HasAdapter): boolean {
  return db.getExecutor().adapter instanceof MysqlAdapter;
}

/**
 * True when a statement costs no round trip (SQLite runs in the process): a question asked
 * first, to spare work its answer may make needless, costs less than the work.
 */
export function statementsAreLocal(db: HasAdapter): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/**
 * True when triggers count every change of a portal's place in a list (SQLite and PostgreSQL:
 * see migrations/015_tenant_list_version.ts and 017), so where a list's n-th portal lies can be
 * remembered.
 */
export function keepsTenantListVersion(db: HasAdapter): boolean {
  const adapter = db.getExecutor().adapter;
  return adapter instanceof SqliteAdapter || adapter instanceof PostgresAdapter;
}

/** How an insert-or-update is spelled: `ON CONFLICT … DO UPDATE`, or MySQL's `ON DUPLICATE KEY UPDATE`. */
export function upsertStyle(db: HasAdapter): 'onConflict' | 'onDuplicateKey' {
  return db.getExecutor().adapter instanceof MysqlAdapter ? 'onDuplicateKey' : 'onConflict';
}

/**
 * True when a critical section across instances needs a row lock (SELECT … FOR UPDATE).
 * SQLite has one writer at a time and no FOR UPDATE: its write transactions are serial already.
 */
export function needsRowLocks(db: HasAdapter): boolean {
  return !(db.getExecutor().adapter instanceof SqliteAdapter);
}

/**
 * A text column compared and ordered byte by byte, so that a prefix is one range of its index:
 * SQLite's BINARY and MySQL's utf8mb4_bin already compare so; on PostgreSQL the column takes the
 * "C" collation (an index with that collation exists where this is used).
 */
export function byteOrdered(db: HasAdapter, column: string): RawBuilder<string> {
  return db.getExecutor().adapter instanceof PostgresAdapter
    ? sql<string>`${sql.ref(column)} collate "C"`
    : sql<string>`${sql.ref(column)}`;
}

/**
 * A column SQLite must not choose an index for. SQLite plans without statistics: given an
 * equality on a status and a range on a name, it takes the status index and sorts every match;
 * `+ 0` leaves it the name index. PostgreSQL and MySQL weigh both with their statistics (a rare
 * status is best found by its index), so they get the column as it is.
 */
export function notIndexedOnSqlite(db: HasAdapter, column: string): RawBuilder<number> {
  return db.getExecutor().adapter instanceof SqliteAdapter
    ? sql<number>`${sql.ref(column)} + 0`
    : sql<number>`${sql.ref(column)}`;
}

/**
 * `column = value`, spelled on MySQL/MariaDB as the closed interval `column >= value AND column <=
 * value`. Given `status = ? AND id > ? ORDER BY id LIMIT n` over an index on (status, id), MariaDB
 * sometimes picks "ref" access on the status alone and tests `id > ?` entry by entry from the
 * first one (seen on a keyset page at 860,000 of a million portals: 860,000 entries read, ~0.4 s
 * under load). An interval offers no ref access, so the range on (status, id) — or the primary
 * key's range, by the optimizer's costs — is what remains. SQLite and PostgreSQL keep the
 * equality: SQLite would stop using the index's second column after an interval on its first.
 */
export function equalsWithoutRefAccess(db: HasAdapter, column: string, value: number): RawBuilder<SqlBool> {
  const ref = sql.ref(column);
  return db.getExecutor().adapter instanceof MysqlAdapter
    ? sql<SqlBool>`${ref} >= ${value} and ${ref} <= ${value}`
    : sql<SqlBool>`${ref} = ${value}`;
}
