import assert from 'node:assert/strict';
import { after, describe, it } from 'node:test';
import { sql } from 'kysely';
import { findSetting } from '../../src/store/repositories/settings.js';
import { openStore, type Store } from '../../src/store/store.js';
import { testDialect } from '../helpers/index-inspection.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * DATABASE_PREPARED_STATEMENTS: on PostgreSQL each statement is prepared once per connection
 * (named), unless turned off for a pooler in transaction mode; the other databases read the
 * same either way.
 */
describe('prepared statements (DATABASE_PREPARED_STATEMENTS)', () => {
  const opened: Array<{ store: Store; database: TestDatabase }> = [];
  after(async () => {
    for (const { store, database } of opened) {
      await store.close();
      await database.drop();
    }
  });
  const open = async (preparedStatements: boolean) => {
    const database = await createTestDatabase();
    const store = await openStore({ url: database.url, poolSize: 2, preparedStatements });
    opened.push({ store, database });
    return store;
  };
  /** The statements the transaction's connection holds prepared, after a settings read on it. */
  const preparedAfterARead = (store: Store) =>
    store.transaction(async (tx) => {
      assert.equal(await findSetting(tx, -1, 'NoSuchSetting'), undefined);
      if (!testDialect().startsWith('postgres')) return [];
      const { rows } = await sql<{ statement: string }>`select statement from pg_prepared_statements`.execute(tx);
      return rows.map((row) => row.statement);
    });

  it('on: PostgreSQL keeps each statement prepared on its connection', async () => {
    const statements = await preparedAfterARead(await open(true));
    if (testDialect().startsWith('postgres'))
      assert.ok(
        statements.some((text) => text.includes('from "settings"')),
        `the settings read is prepared: ${statements.join(' | ')}`,
      );
    else assert.deepEqual(statements, []);
  });

  it('off: nothing is left prepared on the connection', async () => {
    assert.deepEqual(await preparedAfterARead(await open(false)), []);
  });
});
