import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import { RateLimiterRedis, type RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config/config.js';
import { openRateLimitTable, type RateLimits } from '../store/rate-limit-table.js';
import type { Store } from '../store/store.js';
import { HOUR_MS, MINUTE_MS } from '../domain/time.js';

/** Where the counters live: the database the server already uses, or Redis when REDIS_URL is set. */
export type CounterBackend = 'sqlite' | 'postgres' | 'mysql' | 'redis';

/**
 * Shared, persistent attempt counters: every instance sees the same counts and a
 * restart does not reset them, because they live in the database or in Redis, never in memory.
 */
export interface AttemptCounter {
  readonly backend: CounterBackend;
  /**
   * Counts one attempt under `key`. Resolves while the key is within the limit; rejects with
   * rate-limiter-flexible's RateLimiterRes past it, or with an Error when the store failed.
   */
  consume(key: string): Promise<RateLimiterRes>;
}

export interface AttemptCounterDeps {
  readonly config: Config;
  readonly store: Store;
  readonly logger: Logger;
}

/** Expired rows are swept this often, and once they are an hour old (tolerates clock skew). */
const SWEEP_EVERY_MS = 5 * MINUTE_MS;
const SWEEP_AGE_MS = HOUR_MS;

/** Where counters are kept, open: each counter on it has its own key prefix, points and window. */
export interface CounterStore {
  readonly backend: CounterBackend;
  /** A counter allowing `points` per `duration` seconds per key, its keys starting with `keyPrefix`. */
  counter(limits: Limits): Promise<AttemptCounter>;
  close(): Promise<void>;
}

/** Opens the configured backend (Redis, or the database); throws (the server must not start) if it cannot. */
export async function openCounterStore(deps: AttemptCounterDeps): Promise<CounterStore> {
  const { config } = deps;
  if (config.redisUrl !== undefined) return openRedisStore(config.redisUrl, config.redisKeyPrefix, deps.logger);
  return databaseStore(deps.store, deps.logger);
}

/**
 * Anonymous counters on an open store: MAX_ATTEMPTS_COUNT per MAX_ATTEMPTS_INTERVAL, their keys
 * starting with `keyPrefix` (rate-limiter-flexible adds ":" and the client key).
 */
export function openAttemptCounter(counters: CounterStore, config: Config, keyPrefix: string): Promise<AttemptCounter> {
  return counters.counter({ keyPrefix, points: config.attempts.count, duration: config.attempts.intervalSeconds });
}

/** The limits of one kind of counter (see RateLimits). */
export type Limits = RateLimits;

function databaseStore(store: Store, logger: Logger): CounterStore {
  const sweepers: NodeJS.Timeout[] = [];
  return {
    backend: store.driver.dialect,
    counter: async (limits) => {
      const { counter, sweeper } = await openDatabaseCounter(store, limits, logger);
      sweepers.push(sweeper);
      return counter;
    },
    close: async () => {
      for (const sweeper of sweepers) clearInterval(sweeper);
    },
  };
}

async function openDatabaseCounter(
  store: Store,
  limits: Limits,
  logger: Logger,
): Promise<{ counter: AttemptCounter; sweeper: NodeJS.Timeout }> {
  const table = await openRateLimitTable(store, limits);
  const sweeper = setInterval(() => {
    // The library keeps expiry on the wall clock; the sweep must use the same clock.
    table
      .clearExpired(Date.now() - SWEEP_AGE_MS)
      .catch((error: unknown) => logger.warn({ err: error }, 'sweeping expired attempt counters failed; will retry'));
  }, SWEEP_EVERY_MS);
  sweeper.unref();
  return { counter: { backend: store.driver.dialect, consume: (key) => table.consume(key) }, sweeper };
}

/** ioredis loads only with REDIS_URL: otherwise it would add ~6 MB to idle memory (bench/). */
const loadClient = createRequire(import.meta.url);

async function openRedisStore(url: string, keyPrefix: string, logger: Logger): Promise<CounterStore> {
  const { Redis } = loadClient('ioredis') as typeof import('ioredis');
  const client = new Redis(url, {
    lazyConnect: true,
    // During an outage, fail at once instead of queueing requests behind a reconnect loop.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5000,
  });
  let healthy = false;
  client.on('ready', () => {
    if (!healthy) logger.info('attempt counters: Redis connected');
    healthy = true;
  });
  // Logged once per outage, not on every reconnect attempt. The URL may hold a password: never logged.
  client.on('error', (error: Error) => {
    if (healthy)
      logger.error(
        { err: error },
        'attempt counters: Redis connection lost; anonymous sign-up is refused until it returns',
      );
    healthy = false;
  });
  try {
    await client.connect();
  } catch (error) {
    client.disconnect();
    throw new Error(`cannot connect to Redis (REDIS_URL): ${error instanceof Error ? error.message : String(error)}`);
  }
  return {
    backend: 'redis',
    counter: async (limits) => {
      const limiter = new RateLimiterRedis({
        ...limits,
        keyPrefix: `${keyPrefix}${limits.keyPrefix}`,
        storeClient: client,
        rejectIfRedisNotReady: true,
      });
      return { backend: 'redis', consume: (key) => limiter.consume(key) };
    },
    close: async () => {
      try {
        await client.quit();
      } catch {
        client.disconnect();
      }
    },
  };
}
