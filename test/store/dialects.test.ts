import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { Kysely } from 'kysely';
import { normalizePortalName } from '../../src/domain/portal/portal-name.js';
import { isUniqueViolation } from '../../src/store/dialects/errors.js';
import { fromDbBigInt, fromDbBoolean } from '../../src/store/dialects/values.js';
import { findSetting, saveSetting } from '../../src/store/repositories/settings.js';
import { findTariff, insertTariff, updateTariffFields } from '../../src/store/repositories/tariffs.js';
import {
  countLiveTenants,
  findTenantByAlias,
  findTenantById,
  insertTenant,
  updateTenantStatus,
  type NewTenant,
} from '../../src/store/repositories/tenants.js';
import { findUserById, insertUser } from '../../src/store/repositories/users.js';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/**
 * The same behaviour on SQLite, PostgreSQL and MySQL/MariaDB. Runs on SQLite, and on
 * the server in TEST_DATABASE_URL when the test runner sets it (scripts/test.ts).
 *
 * The tests run in a zone far from UTC with a sub-hour offset, so any driver that shifts
 * timestamps into the host's zone (mysql2 without `timezone: 'Z'`) shows up here. The zone is
 * set before the database opens and put back afterwards: other test files may share the process.
 */

const TIB = 2 ** 40;

function newTenant(alias: string, created = new Date()): NewTenant {
  return {
    alias,
    name: alias,
    domain: `${alias}.example.test`,
    created,
    language: 'en-US',
    timeZoneName: 'UTC',
    clientId: null,
    ownerId: randomUUID(),
    industry: 0,
    partnerId: null,
    affiliateId: null,
    campaign: null,
    region: null,
  };
}

function randomAlias(prefix = 'dialect'): string {
  return `${prefix}${randomBytes(5).toString('hex')}`;
}

/** The error `work` throws (fails the test when it throws none). */
async function errorOf(work: () => Promise<unknown>): Promise<unknown> {
  try {
    await work();
  } catch (error) {
    return error;
  }
  assert.fail('expected the database to refuse this');
}

describe(`store dialect behaviour (${process.env.TEST_DATABASE_URL ? new URL(process.env.TEST_DATABASE_URL).protocol.replace(':', '') : 'sqlite'})`, () => {
  let database: TestDatabase;
  let store: Store;
  const zone = process.env.TZ;

  before(async () => {
    process.env.TZ = 'Asia/Kathmandu';
    database = await createTestDatabase();
    store = await openStore({ url: database.url, poolSize: 5 });
  });
  after(async () => {
    await store.close();
    await database.drop();
    if (zone === undefined) delete process.env.TZ;
    else process.env.TZ = zone;
  });

  it('runs in a zone that is not UTC, so timezone bugs cannot hide', () => {
    assert.equal(new Date('2030-01-01T00:00:00.000Z').getTimezoneOffset(), -345);
  });

  it('round-trips timestamps in UTC with millisecond precision', async () => {
    const created = new Date('2031-02-03T04:05:06.789Z');
    const id = await insertTenant(store.db, newTenant(randomAlias(), created));
    const tenant = await findTenantById(store.db, id);
    assert.ok(tenant);
    assert.ok(tenant.created instanceof Date);
    assert.equal(tenant.created.toISOString(), '2031-02-03T04:05:06.789Z');
    assert.equal(tenant.statusChanged.getTime(), created.getTime());

    // A change written later keeps its own milliseconds (no rounding to seconds on the way).
    const changed = new Date('2031-02-03T23:59:59.001Z');
    assert.equal(await updateTenantStatus(store.db, id, 'Suspended', 'unpaid', changed), true);
    const suspended = await findTenantById(store.db, id);
    assert.equal(suspended?.statusChanged.toISOString(), '2031-02-03T23:59:59.001Z');
    assert.equal(suspended?.created.toISOString(), '2031-02-03T04:05:06.789Z');
  });

  it('stores instants, not wall-clock times of the writing host: a host in another zone reads the same', async () => {
    const created = new Date('2031-07-08T09:10:11.012Z');
    const id = await insertTenant(store.db, newTenant(randomAlias(), created));
    process.env.TZ = 'America/St_Johns';
    try {
      assert.equal(new Date('2031-07-08T00:00:00Z').getTimezoneOffset(), 150);
      assert.equal((await findTenantById(store.db, id))?.created.toISOString(), '2031-07-08T09:10:11.012Z');
    } finally {
      process.env.TZ = 'Asia/Kathmandu';
    }
  });

  it('compares timestamps as instants, not as text in some zone', async () => {
    const early = new Date('2031-05-01T00:00:00.100Z');
    const late = new Date('2031-05-01T00:00:00.900Z');
    const earlyId = await insertTenant(store.db, newTenant(randomAlias(), early));
    const lateId = await insertTenant(store.db, newTenant(randomAlias(), late));
    const between = new Date('2031-05-01T00:00:00.500Z');
    const rows = await store.db
      .selectFrom('tenants')
      .select('id')
      .where('id', 'in', [earlyId, lateId])
      .where('created_at', '<', between)
      .execute();
    assert.deepEqual(
      rows.map((r) => Number(r.id)),
      [earlyId],
    );
  });

  it('round-trips 5 TiB + 3 bytes exactly, as a number', async () => {
    const id = await insertTenant(store.db, newTenant(randomAlias()));
    const huge = 5 * TIB + 3;
    const dueDate = new Date('2032-12-31T23:59:59.999Z');
    const tariff = {
      tenantId: id,
      plan: 'big',
      activeUsers: 2_000_000_000,
      maxFileSize: TIB,
      maxTotalSize: huge,
      features: 'docs,mail',
      dueDate,
    };
    await insertTariff(store.db, tariff, new Date());
    const stored = await findTariff(store.db, id);
    assert.deepEqual(stored, tariff);
    assert.equal(typeof stored?.maxTotalSize, 'number');

    const bigger = { ...tariff, maxTotalSize: 1024 * TIB + 1, maxFileSize: 5 * TIB + 3, dueDate: null };
    assert.equal(await updateTariffFields(store.db, id, bigger, new Date()), true);
    assert.deepEqual(await findTariff(store.db, id), bigger);
  });

  it('refuses to round an integer beyond 2^53 instead of returning a wrong size', () => {
    assert.equal(fromDbBigInt('5497558138883'), 5 * TIB + 3);
    assert.throws(() => fromDbBigInt('9223372036854775807'), RangeError);
  });

  it('hands out integer tenant ids that grow', async () => {
    const first = await insertTenant(store.db, newTenant(randomAlias()));
    const second = await insertTenant(store.db, newTenant(randomAlias()));
    assert.ok(Number.isInteger(first) && first > 0, `id ${first}`);
    assert.equal(second > first, true);
    assert.equal((await findTenantById(store.db, second))?.id, second);
    assert.equal(typeof (await countLiveTenants(store.db)), 'number');
  });

  it('refuses a second portal whose name differs only in case, as a unique violation', async () => {
    const base = randomAlias('Foo');
    const first = normalizePortalName(base);
    const second = normalizePortalName(base.toUpperCase());
    assert.equal(first, second);
    await insertTenant(store.db, newTenant(first));
    const error = await errorOf(() => insertTenant(store.db, newTenant(second)));
    assert.equal(isUniqueViolation(error), true, `not recognised as a unique violation: ${String(error)}`);
    assert.equal((await findTenantByAlias(store.db, first))?.alias, first);
  });

  it('frees a removed portal name for a new portal at once', async () => {
    const alias = randomAlias();
    const oldId = await insertTenant(store.db, newTenant(alias));
    assert.equal(await updateTenantStatus(store.db, oldId, 'RemovePending', null, new Date()), true);
    assert.equal(await findTenantByAlias(store.db, alias), undefined);
    const newId = await insertTenant(store.db, newTenant(alias));
    assert.notEqual(newId, oldId);
    assert.equal((await findTenantByAlias(store.db, alias))?.id, newId);
    assert.equal((await findTenantById(store.db, oldId))?.status, 'RemovePending');
  });

  it('tells a unique violation from other refusals', async () => {
    const orphan = await errorOf(() =>
      insertUser(store.db, {
        id: randomUUID(),
        tenantId: 2_000_000_000,
        email: 'orphan@example.com',
        firstName: 'No',
        lastName: 'Portal',
        phone: null,
        passwordHash: null,
        activated: false,
        created: new Date(),
      }),
    );
    assert.equal(isUniqueViolation(orphan), false);
    assert.equal(isUniqueViolation(new Error('boom')), false);
    assert.equal(isUniqueViolation(undefined), false);
  });

  it('decides 16 concurrent registrations of one name: one commits, the rest are unique violations', async () => {
    const alias = randomAlias();
    const attempts = Array.from({ length: 16 }, () =>
      store.transaction(async (tx) => {
        const now = new Date();
        const tenant = newTenant(alias, now);
        const id = await insertTenant(tx, tenant);
        await insertUser(tx, {
          id: tenant.ownerId,
          tenantId: id,
          email: `${alias}@example.com`,
          firstName: 'Ada',
          lastName: 'Lovelace',
          phone: null,
          passwordHash: null,
          activated: false,
          created: now,
        });
        await insertTariff(
          tx,
          {
            tenantId: id,
            plan: 'default',
            activeUsers: 1,
            maxFileSize: 1,
            maxTotalSize: 1,
            features: '',
            dueDate: null,
          },
          now,
        );
        return id;
      }),
    );
    const results = await Promise.allSettled(attempts);
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    assert.equal(won.length, 1);
    for (const failure of lost) {
      assert.equal(isUniqueViolation(failure.reason), true, `not a unique violation: ${String(failure.reason)}`);
    }
    const rows = await store.db.selectFrom('tenants').select('id').where('alias', '=', alias).execute();
    assert.equal(rows.length, 1);
    // The losers left nothing behind: one owner, one tariff.
    const tenantId = Number(rows[0]?.id);
    const users = await store.db.selectFrom('users').select('id').where('tenant_id', '=', tenantId).execute();
    assert.equal(users.length, 1);
    assert.ok(await findTariff(store.db, tenantId));
  });

  it('runs a deadlock victim again, so both of two crossing transactions commit', async () => {
    const first = await insertTenant(store.db, newTenant(randomAlias()));
    const second = await insertTenant(store.db, newTenant(randomAlias()));
    // Both transactions take their first row, meet here, then reach for the other's row: a
    // deadlock the database resolves by aborting one. SQLite runs them one after the other (its
    // single writer never deadlocks), so there the meeting point gives up waiting after 1 s.
    let arrived = 0;
    let meet: () => void = () => {};
    const bothArrived = new Promise<void>((resolve) => (meet = resolve));
    const meeting = async () => {
      arrived += 1;
      if (arrived === 2) meet();
      await Promise.race([bothArrived, new Promise((resolve) => setTimeout(resolve, 1000))]);
    };
    let runs = 0;
    const crossing = (own: number, other: number, reason: string) =>
      store.transaction(async (tx) => {
        runs += 1;
        await tx.updateTable('tenants').set({ status_reason: reason }).where('id', '=', own).execute();
        await meeting();
        await tx.updateTable('tenants').set({ status_reason: reason }).where('id', '=', other).execute();
      });
    const results = await Promise.allSettled([crossing(first, second, 'one'), crossing(second, first, 'two')]);
    assert.deepEqual(
      results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok')),
      ['ok', 'ok'],
    );
    // On PostgreSQL and MySQL one of them ran twice; either way both rows carry the last writer's mark.
    assert.equal(runs, store.dialect === 'sqlite' ? 2 : 3);
    const reasons = await store.db
      .selectFrom('tenants')
      .select('status_reason')
      .where('id', 'in', [first, second])
      .execute();
    assert.equal(new Set(reasons.map((r) => r.status_reason)).size, 1);
  });

  it('round-trips booleans', async () => {
    const tenantId = await insertTenant(store.db, newTenant(randomAlias()));
    for (const activated of [true, false]) {
      const id = randomUUID();
      await insertUser(store.db, {
        id,
        tenantId,
        email: 'flag@example.com',
        firstName: 'Flag',
        lastName: String(activated),
        phone: null,
        passwordHash: null,
        activated,
        created: new Date(),
      });
      assert.equal((await findUserById(store.db, id))?.activated, activated);
    }

    // A real boolean column, as a later migration may add one: PostgreSQL hands back true/false,
    // MySQL TINYINT(1) 1/0, SQLite 1/0; fromDbBoolean makes them the same.
    const table = `flags_${randomBytes(4).toString('hex')}`;
    const scratch = store.db as unknown as Kysely<any>;
    await scratch.schema
      .createTable(table)
      .addColumn('id', 'integer', (c) => c.primaryKey())
      .addColumn('flag', 'boolean', (c) => c.notNull())
      .execute();
    try {
      await scratch
        .insertInto(table)
        .values([
          { id: 1, flag: true },
          { id: 2, flag: false },
        ])
        .execute();
      const rows: Array<{ id: number; flag: boolean | number }> = await scratch
        .selectFrom(table)
        .select(['id', 'flag'])
        .orderBy('id')
        .execute();
      assert.deepEqual(
        rows.map((r) => fromDbBoolean(r.flag)),
        [true, false],
      );
      const trueRows = await scratch.selectFrom(table).select('id').where('flag', '=', true).execute();
      assert.deepEqual(
        trueRows.map((r) => Number(r.id)),
        [1],
      );
    } finally {
      await scratch.schema.dropTable(table).execute();
    }
    assert.equal(fromDbBoolean('f'), false);
    assert.equal(fromDbBoolean('t'), true);
    assert.throws(() => fromDbBoolean('maybe'), TypeError);
  });

  it('stores text in any script, 4-byte characters included, and compares it exactly', async () => {
    const tenantId = await insertTenant(store.db, newTenant(randomAlias()));
    const id = randomUUID();
    const firstName = 'Владимир 🚀 Ñoño 李';
    await insertUser(store.db, {
      id,
      tenantId,
      email: 'unicode@example.com',
      firstName,
      lastName: 'Ørsted',
      phone: null,
      passwordHash: null,
      activated: false,
      created: new Date(),
    });
    assert.equal((await findUserById(store.db, id))?.firstName, firstName);

    // Keys that differ only in case or accents are different keys on every database (MySQL's
    // default _ci collations would merge them; the tables use the binary collation).
    const at = new Date();
    await saveSetting(store.db, tenantId, 'Colour', 'upper', at);
    await saveSetting(store.db, tenantId, 'colour', 'lower', at);
    await saveSetting(store.db, tenantId, 'colóur', 'accent', at);
    assert.equal(await findSetting(store.db, tenantId, 'Colour'), 'upper');
    assert.equal(await findSetting(store.db, tenantId, 'colour'), 'lower');
    assert.equal(await findSetting(store.db, tenantId, 'colóur'), 'accent');
    assert.equal(await findSetting(store.db, tenantId, 'COLOUR'), undefined);
  });

  it('never truncates a value longer than its column: servers refuse it, SQLite keeps it whole', async () => {
    const language = 'x'.repeat(36); // the column is varchar(35)
    const insert = () => insertTenant(store.db, { ...newTenant(randomAlias()), language });
    if (store.dialect === 'sqlite') {
      // SQLite ignores declared lengths; the domain checks every length before the store.
      const id = await insert();
      assert.equal((await findTenantById(store.db, id))?.language, language);
    } else {
      assert.ok((await errorOf(insert)) instanceof Error);
    }
  });
});
