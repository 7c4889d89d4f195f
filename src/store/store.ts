import { Kysely, Migrator, sql, type Transaction } from 'kysely';
import { isRetryableConflict } from './dialects/errors.js';
import { groupCommit } from './group-commit.js';
import { openDialect, type ConnectionErrorListener, type DialectName, type DriverClient } from './dialects/index.js';
import { migrations } from './migrations/index.js';
import type { Database } from './tables/index.js';

/**
 * A duplicate key refused by the database: how a use case learns that a unique constraint decided
 * a race (a taken portal name, a link used twice).
 */
export { isUniqueViolation } from './dialects/errors.js';

/** The database handle every repository takes first: the pool itself or an open transaction. */
export type Db = Kysely<Database> | Transaction<Database>;

/** The open database, its dialect, and its lifecycle. */
export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: DialectName;
  /**
   * Runs `work` in one transaction: all of it commits, or none of it, and the promise settles
   * after the commit. A transaction the database aborted as a deadlock or serialization-failure
   * victim runs again (up to 3 times in all), so `work` must have no effects outside the
   * transaction. On SQLite, transactions that arrive together share one commit, each in its own
   * savepoint (group-commit.ts).
   */
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
  /** PostgreSQL: send statements as named prepared statements (default true). */
  readonly preparedStatements?: boolean;
  /** Told when an idle pooled connection dies (the server restarted); logged by main.ts. */
  readonly onConnectionError?: ConnectionErrorListener;
}

/** How often a transaction is tried when the database keeps aborting it as a conflict victim. */
const TRANSACTION_ATTEMPTS = 3;

/**
 * Runs `run` again when the database aborted it as a deadlock or serialization-failure victim:
 * the whole transaction was rolled back, and the conflicting one has finished or moved on.
 */
async function withConflictRetries<T>(run: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await run();
    } catch (error) {
      if (attempt >= TRANSACTION_ATTEMPTS || !isRetryableConflict(error)) throw error;
      // A short random pause, so two victims do not collide again in lockstep.
      await new Promise((resolve) => setTimeout(resolve, 10 * attempt + Math.random() * 40));
    }
  }
}

/** How long ping waits for `select 1` before calling the database unavailable. */
const PING_TIMEOUT_MS = 5_000;

/** Opens the database and brings its schema up to date (a failed migration throws). */
export async function openStore(options: StoreOptions): Promise<Store> {
  const opened = openDialect(options.url, options.poolSize, options.onConnectionError, {
    preparedStatements: options.preparedStatements ?? true,
  });
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
    // SQLite's one writer commits transactions that arrive together once (group-commit.ts);
    // a server database runs them side by side on its pool, retrying a conflict's victim.
    transaction:
      opened.name === 'sqlite' ? groupCommit(db) : (work) => withConflictRetries(() => db.transaction().execute(work)),
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
