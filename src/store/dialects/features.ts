import { MysqlAdapter, PostgresAdapter, sql, SqliteAdapter, type DialectAdapter, type RawBuilder } from 'kysely';

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
  return db.getExecutor().adapter instanceof PostgresAdapter ? sql<string>`${sql.ref(column)} collate "C"` : sql<string>`${sql.ref(column)}`;
}

/**
 * A column SQLite must not choose an index for. SQLite plans without statistics: given an
 * equality on a status and a range on a name, it takes the status index and sorts every match;
 * `+ 0` leaves it the name index. PostgreSQL and MySQL weigh both with their statistics (a rare
 * status is best found by its index), so they get the column as it is.
 */
export function notIndexedOnSqlite(db: HasAdapter, column: string): RawBuilder<number> {
  return db.getExecutor().adapter instanceof SqliteAdapter ? sql<number>`${sql.ref(column)} + 0` : sql<number>`${sql.ref(column)}`;
}
