import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Kysely, Migrator, sql } from 'kysely';
import { openDialect } from '../../src/store/dialects/index.js';
import { migrations } from '../../src/store/migrations/index.js';
import type { Database } from '../../src/store/tables/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';
import { hasPartialIndexes, indexDefinitions, queryPlans, testDialect } from '../helpers/index-inspection.js';

/**
 * The lifecycle's indexes hold only the rows they are for, where the database has partial indexes
 * (SQLite, PostgreSQL): a registration writes no entry into them. MySQL keeps full indexes.
 */

const dialect = testDialect();

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

  it('are partial where the database allows it, and exist everywhere', async () => {
    const found = await indexDefinitions(db, dialect);
    for (const name of LIFECYCLE_INDEXES) {
      assert.ok(found.has(name), `${name} exists`);
      if (hasPartialIndexes(dialect)) assert.match(found.get(name) ?? '', / where /, `${name} is partial`);
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
    const plans = await queryPlans(
      db,
      dialect,
      queries.map(({ query }) => query),
    );
    queries.forEach(({ index }, i) =>
      assert.match(plans[i] ?? '', new RegExp(index), `${index} in the plan: ${plans[i]}`),
    );
  });
});
