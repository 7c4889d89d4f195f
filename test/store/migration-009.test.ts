import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { Kysely, Migrator } from 'kysely';
import { openDialect } from '../../src/store/dialects/index.js';
import { fromDbTime } from '../../src/store/dialects/values.js';
import { migrations } from '../../src/store/migrations/index.js';
import type { Database } from '../../src/store/tables/index.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * Migration 009 on a database that already holds portals: owners activated before it get their
 * registration as the moment of activation, the others none; every tariff row starts with no rooms,
 * room admins or AI agents; and it goes down again. On every configured dialect.
 */

const dialect = process.env.TEST_DATABASE_URL
  ? new URL(process.env.TEST_DATABASE_URL).protocol.replace(':', '')
  : 'sqlite';

describe(`migration 009 on a database with portals (${dialect})`, () => {
  let database: TestDatabase;
  let db: Kysely<Database>;
  let migrator: Migrator;

  before(async () => {
    database = await createTestDatabase();
    const opened = openDialect(database.url, 2);
    db = new Kysely<Database>({ dialect: opened.dialect, plugins: opened.plugins });
    migrator = new Migrator({
      db,
      provider: { getMigrations: async () => migrations },
      migrationTableName: 'schema_migrations',
      migrationLockTableName: 'schema_migrations_lock',
    });
  });
  after(async () => {
    await db.destroy();
    await database.drop();
  });

  /** The database as migration 008 left it: rows are written without the current table types. */
  const untyped = () => db as unknown as Kysely<any>;

  it('backfills activated_at for activated owners, adds zero room counts, and goes down again', async () => {
    const upTo8 = await migrator.migrateTo('008_webhook_events');
    assert.equal(upTo8.error, undefined);
    const created = new Date('2026-03-04T05:06:07.089Z');
    const owners: Array<[string, number]> = [];
    for (const [alias, activated] of [
      ['activated-owner', 1],
      ['waiting-owner', 0],
    ] as const) {
      const ownerId = randomUUID();
      await untyped()
        .insertInto('tenants')
        .values({
          alias,
          alias_key: alias,
          name: alias,
          domain: `${alias}.example.test`,
          status: 0,
          created_at: created,
          status_changed_at: created,
          language: 'en-US',
          time_zone: 'UTC',
          owner_id: ownerId,
        })
        .execute();
      const tenant = await db.selectFrom('tenants').select('id').where('alias', '=', alias).executeTakeFirstOrThrow();
      await untyped()
        .insertInto('users')
        .values({
          id: ownerId,
          tenant_id: tenant.id,
          email: `${alias}@example.test`,
          first_name: 'Ada',
          last_name: 'Lovelace',
          activated,
          created_at: created,
        })
        .execute();
      await untyped()
        .insertInto('tariffs')
        .values({
          tenant_id: tenant.id,
          plan: 'default',
          active_users: 10,
          max_file_size: 1,
          max_total_size: 2,
          features: '',
          updated_at: created,
        })
        .execute();
      owners.push([ownerId, activated]);
    }

    // Up to 009 only: later migrations would be the ones going down below.
    const latest = await migrator.migrateTo('009_upstream_2026');
    assert.equal(latest.error, undefined);
    assert.ok(latest.results?.some((r) => r.migrationName === '009_upstream_2026' && r.status === 'Success'));

    for (const [ownerId, activated] of owners) {
      const row = await db
        .selectFrom('users')
        .select('activated_at')
        .where('id', '=', ownerId)
        .executeTakeFirstOrThrow();
      if (activated === 1) assert.equal(fromDbTime(row.activated_at ?? '').toISOString(), created.toISOString());
      else assert.equal(row.activated_at, null);
    }
    const tariffs = await db
      .selectFrom('tariffs')
      .select(['room_admin_count', 'rooms_count', 'ai_agents_count'])
      .execute();
    assert.equal(tariffs.length, 2);
    for (const t of tariffs)
      assert.deepEqual([t.room_admin_count, t.rooms_count, t.ai_agents_count].map(Number), [0, 0, 0]);

    const down = await migrator.migrateDown();
    assert.equal(down.error, undefined);
    assert.deepEqual(
      down.results?.map((r) => [r.migrationName, r.status]),
      [['009_upstream_2026', 'Success']],
    );
    // The rows are still there without the new columns; and up again works.
    assert.equal((await db.selectFrom('users').select('id').execute()).length, 2);
    const again = await migrator.migrateToLatest();
    assert.equal(again.error, undefined);
  });
});
