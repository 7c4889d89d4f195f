import { Kysely, Migrator, sql, type Transaction } from 'kysely';
import { openDialect, type ConnectionErrorListener, type DialectName, type DriverClient } from './dialects.js';
import { migrations } from './migrations/index.js';
import type { Database } from './tables/index.js';

/** The database handle every repository takes first: the pool itself or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

/** The open database, its dialect, and its lifecycle. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Transaction<Database>) => Promise<T>): Promise<T>;
  /** The driver's own client, for a library that runs its own SQL (the attempt limiter). */
  readonly driver: DriverClient;
  /**
   * Runs `work`, which uses `driver` directly, while no transaction of this store is open on it.
   * SQLite has one connection: a raw statement issued in the middle of another request's
   * transaction would commit or roll back with that transaction. PostgreSQL/MySQL pools hand the
   * raw work its own connection, so there it simply runs.
   */
  outsideTransactions<T>(work: () => Promise<T>): Promise<T>;
  /** True when the database answers a trivial query. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface StoreOptions {
  readonly url: string;
  readonly poolSize: number;
  /** Told when an idle pooled connection dies (the server restarted); logged by main.ts. */
  readonly onConnectionError?: ConnectionErrorListener;
}

/** How long ping waits for `select 1` before calling the database unavailable. */
const PING_TIMEOUT_MS = 5_000;

/** Opens the database and brings its schema up to date (a failed migration throws). */
export async function openStore(options: StoreOptions): Promise<Store> {
  const opened = openDialect(options.url, options.poolSize, options.onConnectionError);
  const db = new Kysely<Database>({ dialect: opened.dialect, plugins: opened.plugins });
  try {
    await migrate(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }
  return {
    db,
    dialect: opened.name,
    driver: opened.driver,
    transaction: (work) => db.transaction().execute(work),
    // Holding Kysely's connection (SQLite: its mutex) keeps every transaction of ours out meanwhile.
    outsideTransactions: (work) => (opened.name === 'sqlite' ? db.connection().execute(() => work()) : work()),
    ping: async () => {
      // A database that hangs on an open connection must not hang /health with it.
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
      });
      const answered = sql`select 1`.execute(db).then(
        () => true,
        () => false,
      );
      try {
        return await Promise.race([answered, timedOut]);
      } finally {
        clearTimeout(timer);
      }
    },
    close: () => db.destroy(),
  };
}

async function migrate(db: Kysely<Database>): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => migrations },
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MigrationError(failed, error);
  }
}

/** A migration failed: the server must not start on a half-built schema. */
export class MigrationError extends Error {
  constructor(
    readonly migrationName: string,
    override readonly cause: unknown,
  ) {
    super(`database migration ${migrationName} failed: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'MigrationError';
  }
}
