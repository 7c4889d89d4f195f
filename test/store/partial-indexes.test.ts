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

  it('are what the lifecycle queries use', async () => {
    const queries = [
      {
        index: 'tenants_removal_scheduled',
        query: sql`select id from tenants where removal_scheduled_at <= ${'2026-12-06 00:00:00'} order by removal_scheduled_at, id`,
      },
      {
        index: 'tenants_policy_suspended',
        query: sql`select id from tenants where policy_suspended_at <= ${'2026-12-06 00:00:00'}`,
      },
      { index: 'tariffs_near_quota', query: sql`select tenant_id from tariffs where near_quota = 1` },
    ];
    // One connection throughout: PostgreSQL is told to avoid sequential scans (its tables are
    // empty here, where a scan is always cheapest) for this session only.
    await db.connection().execute(async (connection) => {
      if (dialect.startsWith('postgres')) await sql`set enable_seqscan = off`.execute(connection);
      for (const { index, query } of queries) {
        const explain = dialect === 'sqlite' ? sql`explain query plan ${query}` : sql`explain ${query}`;
        const { rows } = await sql<Record<string, unknown>>`${explain}`.execute(connection);
        // SQLite names the index in its plan's detail, PostgreSQL in its plan lines, MySQL in its keys.
        const plan = JSON.stringify(rows);
        assert.match(plan, new RegExp(index), `${index} in the plan: ${plan}`);
      }
      if (dialect.startsWith('postgres')) await sql`reset enable_seqscan`.execute(connection);
    });
  });
});
