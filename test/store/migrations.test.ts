import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { migrations } from '../../src/store/migrations/index.js';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

const run = promisify(execFile);
const instanceScript = fileURLToPath(new URL('../helpers/open-store-process.ts', import.meta.url));

/** Starts `count` processes that all open the store on `url` at the same moment. */
async function startInstancesTogether(url: string, count: number): Promise<Array<{ stdout: string; stderr: string }>> {
  // tsx needs about a second to start; the processes then wait for the same instant.
  const startAt = String(Date.now() + 2500);
  return Promise.all(
    Array.from({ length: count }, () =>
      run(process.execPath, ['--import', 'tsx', instanceScript, url, startAt], { timeout: 60_000 }),
    ),
  );
}

describe(`migrations (${process.env.TEST_DATABASE_URL ? new URL(process.env.TEST_DATABASE_URL).protocol.replace(':', '') : 'sqlite'})`, () => {
  let database: TestDatabase;
  let store: Store | undefined;

  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await store?.close();
    await database.drop();
  });

  it('lets three instances start at once on a fresh database: all start, each migration runs once', async () => {
    const outputs = await startInstancesTogether(database.url, 3);
    for (const output of outputs) assert.equal(output.stdout.trim(), 'migrated', output.stderr);

    store = await openStore({ url: database.url, poolSize: 2 });
    const applied = await store.db
      .selectFrom('schema_migrations' as never)
      .select('name' as never)
      .execute();
    assert.deepEqual(applied.map((row) => (row as { name: string }).name).sort(), Object.keys(migrations).sort());
    // The schema is whole and usable: the seeded lock row of 001 exists exactly once.
    const locks = await store.db.selectFrom('app_locks').select('name').where('name', '=', 'portal_count').execute();
    assert.equal(locks.length, 1);
  });

  it('opens an up-to-date database again without changing anything', async () => {
    const again = await openStore({ url: database.url, poolSize: 2 });
    await again.close();
    const outputs = await startInstancesTogether(database.url, 2);
    for (const output of outputs) assert.equal(output.stdout.trim(), 'migrated', output.stderr);
  });
});
