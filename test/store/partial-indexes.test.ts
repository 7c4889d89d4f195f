import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Kysely, Migrator, sql } from 'kysely';
import { openDialect } from '../../src/store/dialects/index.js';
import { migrations } from '../../src/store/migrations/index.js';
import type { Database } from '../../src/store/tables/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The lifecycle's indexes hold only the rows they are for, where the database has partial indexes
 * (SQLite, PostgreSQL): a registration writes no entry into them. MySQL keeps full indexes.
 */

const dialect = process.env.TEST_DATABASE_URL
  ? new URL(process.env.TEST_DATABASE_URL).protocol.replace(':', '')
  : 'sqlite';

const LIFECYCLE_INDEXES = ['tenants_removal_scheduled', 'tenants_policy_suspended', 'tariffs_near_quota'];

describe(`the lifecycle's indexes (${dialect})`, () => {
  let database: TestDatabase;
  let db: Kysely<Database>;

  before(async () => {
    database = await createTestDatabase();
    const opened = openDialect(database.url, 2);
    db = new Kysely<Database>({ dialect: opened.dialect, plugins: opened.plugins });
    const migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      migrationTableName: 'schema_migrations',
      migrationLockTableName: 'schema_migrations_lock',
      allowUnorderedMigrations: true,
    });
    const { error } = await migrator.migrateToLatest();
    assert.equal(error, undefined);
  });
  after(async () => {
    await db.destroy();
    await database.drop();
  });

  /** Each index's definition as the database states it (lower-case). */
  async function definitions(): Promise<Map<string, string>> {
    if (dialect === 'sqlite') {
      const { rows } = await sql<{ name: string; sql: string }>`
        select name, sql from sqlite_master where type = 'index' and sql is not null`.execute(db);
      return new Map(rows.map((row) => [row.name, row.sql.toLowerCase()]));
    }
    if (dialect.startsWith('postgres')) {
      const { rows } = await sql<{ indexname: string; indexdef: string }>`
        select indexname, indexdef from pg_indexes where schemaname = current_schema()`.execute(db);
      return new Map(rows.map((row) => [row.indexname, row.indexdef.toLowerCase()]));
    }
    const { rows } = await sql<{ name: string }>`
      select distinct index_name as name from information_schema.statistics where table_schema = database()`.execute(
      db,
    );
    return new Map(rows.map((row) => [row.name, '']));
  }

  it('are partial where the database allows it, and exist everywhere', async () => {
    const found = await definitions();
    for (const name of LIFECYCLE_INDEXES) {
      assert.ok(found.has(name), `${name} exists`);
      if (dialect !== 'mysql' && dialect !== 'mariadb')
        assert.match(found.get(name) ?? '', / where /, `${name} is partial`);
    }
  });

  it(
    'are used by the lifecycle queries (SQLite plans)',
    { skip: dialect !== 'sqlite' && 'plans differ by database' },
    async () => {
      const plan = async (query: ReturnType<typeof sql>) =>
        (await sql<{ detail: string }>`explain query plan ${query}`.execute(db)).rows
          .map((row) => row.detail)
          .join(' | ');
      assert.match(
        await plan(
          sql`select id from tenants where removal_scheduled_at <= ${'2026-12-06T00:00:00.000Z'} order by removal_scheduled_at, id`,
        ),
        /tenants_removal_scheduled/,
      );
      assert.match(
        await plan(sql`select id from tenants where policy_suspended_at <= ${'2026-12-06T00:00:00.000Z'}`),
        /tenants_policy_suspended/,
      );
      assert.match(await plan(sql`select tenant_id from tariffs where near_quota = 1`), /tariffs_near_quota/);
    },
  );
});
