import type SqliteDatabase from 'better-sqlite3';
import type { Dialect, KyselyPlugin } from 'kysely';
import type { Pool as MysqlPool } from 'mysql2';
import type pg from 'pg';

/**
 * What opening a database gives the store, whichever it is: each dialect module (sqlite.ts,
 * postgres.ts, mysql.ts) makes one, and index.ts picks the module by DATABASE_URL.
 */

export type DialectName = 'sqlite' | 'postgres' | 'mysql';

export interface OpenedDialect {
  readonly name: DialectName;
  readonly dialect: Dialect;
  /** The SQLite file, or undefined for a server database. */
  readonly sqlitePath: string | undefined;
  readonly plugins: KyselyPlugin[];
  /** The driver's own client, for libraries that run their own SQL (see DriverClient). */
  readonly driver: DriverClient;
}

/**
 * The underlying driver client, shared with Kysely. Only for libraries that must speak to the
 * database themselves (the attempt limiter uses rate-limiter-flexible's SQL stores); everything
 * else goes through Kysely and the repositories.
 */
export type DriverClient =
  | { readonly dialect: 'sqlite'; readonly database: SqliteDatabase.Database }
  | { readonly dialect: 'postgres'; readonly pool: pg.Pool }
  | { readonly dialect: 'mysql'; readonly pool: MysqlPool; readonly databaseName: string };

/**
 * Told when a pooled connection died while idle (a server restart or failover, an
 * administrator's termination). The pool has already dropped it and opens a new one when needed.
 */
export type ConnectionErrorListener = (error: Error) => void;

/** How long opening a connection (or waiting for a free one) may take on a server database. */
export const CONNECT_TIMEOUT_MS = 10_000;
