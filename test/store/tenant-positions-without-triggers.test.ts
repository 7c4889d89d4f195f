import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { TENANT_STATUSES } from '../../src/store/records.js';
import { BLOCK, keptPositions, nthTenantId } from '../../src/store/repositories/tenant-positions.js';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The count of moves is kept by triggers on `tenants`. A managed MySQL often refuses triggers to
 * the server's user (no TRIGGER privilege, or the binary log wants SUPER): the migrations must
 * still run, and a deep page must still find the n-th portal, counted from the start with nothing
 * remembered. Run on MySQL as a user without the TRIGGER privilege. SQLite and PostgreSQL always
 * create their triggers (the table's owner may): there, they are checked to exist.
 */
const mysqlUrl = process.env.TEST_DATABASE_URL?.startsWith('mysql') ? process.env.TEST_DATABASE_URL : undefined;

describe('the triggers that count moves, where the database user may create them or not', () => {
  let database: TestDatabase;
  let store: Store;
  const user = `hosted_nt_${randomBytes(4).toString('hex')}`;
  const admin = async (statement: string) => {
    const mysql = await import('mysql2/promise');
    const connection = await mysql.createConnection({ uri: mysqlUrl as string });
    try {
      await connection.query(statement);
    } finally {
      await connection.end();
    }
  };

  before(async () => {
    database = await createTestDatabase();
    if (mysqlUrl === undefined) {
      store = await openStore({ url: database.url, poolSize: 2 });
      return;
    }
    const name = new URL(database.url).pathname.slice(1);
    await admin(`create user '${user}'@'%' identified by 'pw'`);
    await admin(`create user '${user}'@'localhost' identified by 'pw'`);
    // Everything a server needs on its database, but TRIGGER.
    for (const host of ['%', 'localhost'])
      await admin(
        `grant select, insert, update, delete, create, drop, index, alter, references, lock tables, create temporary tables on ${name}.* to '${user}'@'${host}'`,
      );
    const url = new URL(database.url);
    url.username = user;
    url.password = 'pw';
    store = await openStore({ url: url.toString(), poolSize: 2 });
  });
  after(async () => {
    await store?.close();
    if (mysqlUrl !== undefined) {
      await admin(`drop user if exists '${user}'@'%'`);
      await admin(`drop user if exists '${user}'@'localhost'`);
    }
    await database?.drop();
  });

  it('exist on SQLite and PostgreSQL, whose migrations run as the owner of the tables', async () => {
    if (mysqlUrl !== undefined) return; // MySQL's case is the next one.
    const names =
      store.dialect === 'sqlite'
        ? await sql<{
            name: string;
          }>`select name from sqlite_master where type = 'trigger' and tbl_name = 'tenants'`.execute(store.db)
        : // pg_trigger, not information_schema: the standard's view leaves out TRUNCATE triggers.
          await sql<{
            name: string;
          }>`select tgname as name from pg_trigger where tgrelid = 'tenants'::regclass and not tgisinternal`.execute(
            store.db,
          );
    const expected = ['tenants_list_moved_by_delete', 'tenants_list_moved_by_insert', 'tenants_list_moved_by_update'];
    if (store.dialect === 'postgres') expected.push('tenants_list_moved_by_truncate');
    assert.deepEqual(names.rows.map((row) => row.name).sort(), expected.sort());
  });

  it('MySQL without the TRIGGER privilege: migrates without them, and counts a deep page from the start', async () => {
    if (mysqlUrl === undefined) return; // SQLite and PostgreSQL: the case before.
    const triggers = await sql<{ n: number }>`select count(*) as n from information_schema.triggers
      where trigger_schema = database() and event_object_table = 'tenants'`.execute(store.db);
    assert.equal(Number(triggers.rows[0]?.n), 0, 'no trigger was left behind');
    const count = await sql<{ n: number }>`select count(*) as n from tenant_list_version`.execute(store.db);
    assert.equal(Number(count.rows[0]?.n), 0, 'no count: its rows are written only once the triggers exist');

    const at = new Date('2026-12-07T12:00:00.000Z');
    const rows = Array.from({ length: 2 * BLOCK + 10 }, (_, i) => ({
      id: 5000 + i,
      alias: `nt${i}`,
      alias_key: `nt${i}`,
      name: `nt${i}`,
      domain: `nt${i}.example.com`,
      status: TENANT_STATUSES.indexOf(i % 4 === 1 ? 'Suspended' : 'Active'),
      status_reason: null,
      created_at: at,
      status_changed_at: at,
      language: 'en-US',
      time_zone: 'UTC',
      owner_id: `owner-nt${i}`,
      industry: 0,
      partner_id: null,
      affiliate_id: null,
      campaign: null,
      region: null,
      client_id: null,
    }));
    for (let i = 0; i < rows.length; i += 500)
      await store.db
        .insertInto('tenants')
        .values(rows.slice(i, i + 500))
        .execute();
    const active = rows.filter((row) => row.status === TENANT_STATUSES.indexOf('Active')).map((row) => row.id);
    const n = active.length - 3;
    assert.equal(await nthTenantId(store.db, { statuses: ['Active'], afterId: 0 }, n), active[n - 1]);
    assert.equal(keptPositions(store.db, { statuses: ['Active'] }), undefined, 'nothing remembered');
    // A change the server could not have seen counted is still reflected at once.
    await sql`update tenants set status = ${TENANT_STATUSES.indexOf('Suspended')} where id = ${active[0]}`.execute(
      store.db,
    );
    assert.equal(await nthTenantId(store.db, { statuses: ['Active'], afterId: 0 }, n - 1), active[n - 1]);
  });
});
