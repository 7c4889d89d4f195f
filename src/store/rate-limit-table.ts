import {
  RateLimiterMySQL,
  RateLimiterPostgres,
  RateLimiterSQLite,
  type RateLimiterAbstract,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { isConcurrentCreateConflict } from './dialects/errors.js';
import type { Store } from './store.js';

/**
 * Rate-limit counters in the application's own database (rate-limiter-flexible's SQL stores run
 * their own SQL on the driver): the store is the one place that knows which database that is.
 */

/** The table the counters live in (created by the library if missing). */
export const RATE_LIMIT_TABLE = 'attempt_counters';

/** A counter allowing `points` per `duration` seconds per key, its keys starting with `keyPrefix`. */
export interface RateLimits {
  readonly keyPrefix: string;
  readonly points: number;
  readonly duration: number;
}

/** Counters of one kind in the database. */
export interface DatabaseRateLimiter {
  /** Counts one point under `key`: resolves within the limit, rejects with RateLimiterRes past it (or an Error). */
  consume(key: string): Promise<RateLimiterRes>;
  /** Deletes the counters that expired before `before` (epoch milliseconds). */
  clearExpired(before: number): Promise<void>;
}

/** The SQL stores of rate-limiter-flexible all have this sweeper (not in its typings). */
type SweepableLimiter = RateLimiterAbstract & { clearExpired(before: number): Promise<unknown> };

/**
 * Opens counters of one kind in the store's database. The library's own timers are off
 * (clearExpiredByTimeout: false): its SQLite sweeper can throw from a timer; the caller sweeps.
 * Every statement runs outside the store's open transactions (on SQLite they share one connection).
 */
export async function openRateLimitTable(store: Store, limits: RateLimits): Promise<DatabaseRateLimiter> {
  const driver = store.driver;
  const common = { ...limits, tableName: RATE_LIMIT_TABLE, clearExpiredByTimeout: false };
  // Creating the table runs raw SQL too.
  const open = () =>
    store.outsideTransactions(() =>
      whenReady<RateLimiterAbstract>((ready) => {
        switch (driver.dialect) {
          case 'sqlite':
            return new RateLimiterSQLite(
              { ...common, storeClient: driver.database, storeType: 'better-sqlite3' },
              ready,
            );
          case 'postgres':
            return new RateLimiterPostgres({ ...common, storeClient: driver.pool, storeType: 'pool' }, ready);
          case 'mysql':
            return new RateLimiterMySQL(
              { ...common, storeClient: driver.pool, storeType: 'pool', dbName: driver.databaseName },
              ready,
            );
        }
      }),
    );
  // Instances starting together on PostgreSQL race on the library's CREATE TABLE IF NOT EXISTS;
  // the loser is refused although the table is there by then, so opening again just finds it.
  const limiter = (await open().catch((error: unknown) => {
    if (!isConcurrentCreateConflict(error)) throw error;
    return open();
  })) as SweepableLimiter;
  return {
    consume: (key) => store.outsideTransactions(() => limiter.consume(key)),
    clearExpired: async (before) => {
      await store.outsideTransactions(() => limiter.clearExpired(before));
    },
  };
}

/**
 * rate-limiter-flexible's SQL stores create their table in the background and report through a
 * callback; this waits for it, so the first request never meets "Table is not created yet".
 */
function whenReady<T>(make: (ready: (error?: unknown) => void) => T): Promise<T> {
  return new Promise((resolve, reject) => {
    const made: T = make((error?: unknown) => {
      if (error) reject(error);
      // The callback may run inside the constructor, before `made` is assigned.
      else queueMicrotask(() => resolve(made));
    });
  });
}
