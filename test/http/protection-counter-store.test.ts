import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { sql } from 'kysely';
import { loadConfig } from '../../src/config/config.js';
import { DomainError } from '../../src/domain/errors.js';
import { createLogger } from '../../src/logger.js';
import { openCounterStore, type CounterStore } from '../../src/protection/attempt-counter.js';
import { createAttemptLimiter, type AttemptLimiter } from '../../src/protection/attempt-limiter.js';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The attempt counters share the application's database connection. On SQLite
 * that is one connection: a count written while another request's transaction is open would
 * become part of that transaction and vanish with its rollback. The limiter must wait its turn.
 */

let database: TestDatabase;
let store: Store;
let limiter: AttemptLimiter;
let counters: CounterStore;
after(async () => {
  await counters?.close();
  await store?.close();
  await database?.drop();
});

test('a count taken while a transaction is open survives that transaction rolling back', async () => {
  database = await createTestDatabase();
  const config = loadConfig({
    DATABASE_URL: database.url,
    DATA_DIR: database.dir,
    MACHINE_KEY: 'k',
    MAX_ATTEMPTS_COUNT: '1',
  });
  store = await openStore({ url: config.databaseUrl, poolSize: config.databasePoolSize });
  const logger = createLogger('silent');
  counters = await openCounterStore({ config, store, logger });
  limiter = await createAttemptLimiter(counters, config, logger);

  let release: () => void = () => undefined;
  let opened: () => void = () => undefined;
  const held = new Promise<void>((resolve) => (release = resolve));
  const isOpen = new Promise<void>((resolve) => (opened = resolve));
  const transaction = store
    .transaction(async (tx) => {
      await sql`select 1`.execute(tx);
      opened();
      await held; // e.g. a registration hook doing slow work inside its transaction
      throw new Error('the registration failed: roll back');
    })
    .catch((error: unknown) => (error instanceof Error ? error.message : 'failed'));

  await isOpen;
  const counted = limiter.countAttempt({ ip: '198.51.100.1' });
  await new Promise((resolve) => setTimeout(resolve, 50));
  release();
  assert.match(await transaction, /roll back/);
  await counted;

  await assert.rejects(
    limiter.countAttempt({ ip: '198.51.100.1' }),
    (error: unknown) => error instanceof DomainError && error.code === 'tooMuchAttempts',
    'the first attempt is still counted after the rollback',
  );
});
