import { randomUUID } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { loadConfig } from '../src/config/config.js';
import { domainOptionsFrom } from '../src/config/domain-options.js';
import { tariffFromPlan } from '../src/domain/tariff/tariff.js';
import { TENANT_STATUSES } from '../src/store/records.js';
import { openStore, type Store } from '../src/store/store.js';

/**
 * Fills a database with portals fast: tenants, their owners and their default tariffs, in
 * batched multi-row inserts inside one transaction. The schema is the real one: the store is
 * opened first, so the app's migrations create it. Direct SQL is fine here: bench/ is not app
 * code, and going through registerPortal a million times would take an hour.
 */

export interface SeedResult {
  readonly portals: number;
  readonly seconds: number;
}

/** The portal name of seeded portal `n` (1-based): `bench0000001` … — valid, sortable, unique. */
export function seededPortalName(n: number): string {
  return `bench${String(n).padStart(7, '0')}`;
}

/** Adds `count` portals named seededPortalName(1..count) to the database at `url`. */
export async function seedPortals(url: string, count: number, onProgress?: (done: number) => void): Promise<SeedResult> {
  const started = performance.now();
  const store = await openStore({ url, poolSize: 2 });
  try {
    if (store.dialect === 'sqlite') {
      // better-sqlite3 prepared statements are several times faster than Kysely's per-call
      // compile for millions of rows; the file is reopened directly once the schema exists.
      await store.close();
      seedSqlite(url, count, onProgress);
    } else {
      await seedThroughKysely(store, count, onProgress);
      await store.close();
    }
  } catch (error) {
    await store.close().catch(() => {});
    throw error;
  }
  return { portals: count, seconds: (performance.now() - started) / 1000 };
}

/** Counts the active portals in a database (to check a reused --db file). */
export async function countPortals(url: string): Promise<number> {
  const store = await openStore({ url, poolSize: 1 });
  try {
    const row = await store.db
      .selectFrom('tenants')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('status', '=', TENANT_STATUSES.indexOf('Active'))
      .executeTakeFirstOrThrow();
    return Number(row.n);
  } finally {
    await store.close();
  }
}

interface SeedRows {
  readonly tenant: Record<string, unknown>;
  readonly user: Record<string, unknown>;
  readonly tariff: Record<string, unknown>;
}

/** The same values the app would store for a portal registered through the API. */
function rowsFor(n: number, id: number, created: Date, datesAsText: boolean): SeedRows {
  const name = seededPortalName(n);
  const ownerId = randomUUID();
  const when = datesAsText ? created.toISOString() : created;
  const tariff = tariffFromPlan(id, DEFAULT_PLAN, created);
  return {
    tenant: {
      id,
      alias: name,
      alias_key: name,
      name,
      domain: `${name}.${BASE_DOMAIN}`,
      status: TENANT_STATUSES.indexOf('Active'),
      status_reason: null,
      created_at: when,
      status_changed_at: when,
      language: 'en-US',
      time_zone: 'UTC',
      owner_id: ownerId,
      industry: 0,
      partner_id: null,
      affiliate_id: null,
      campaign: null,
      region: null,
    },
    user: {
      id: ownerId,
      tenant_id: id,
      email: `owner${n}@bench.example`,
      first_name: 'Bench',
      last_name: 'Owner',
      phone: null,
      password_hash: null,
      activated: 0,
      created_at: when,
    },
    tariff: {
      tenant_id: id,
      plan: tariff.plan,
      active_users: tariff.activeUsers,
      max_file_size: tariff.maxFileSize,
      max_total_size: tariff.maxTotalSize,
      features: tariff.features,
      due_date: tariff.dueDate === null ? null : datesAsText ? tariff.dueDate.toISOString() : tariff.dueDate,
      updated_at: when,
    },
  };
}

const CONFIG_DEFAULTS = loadConfig({});
const BASE_DOMAIN = CONFIG_DEFAULTS.baseDomain;
const DEFAULT_PLAN = domainOptionsFrom(CONFIG_DEFAULTS).tariff.defaultPlan;
/** Seeded portals were "registered" one second apart, ending about now. */
const secondsApart = (count: number, n: number) => new Date(Date.now() - (count - n) * 1000);

const SQLITE_BATCH = 500;

function seedSqlite(url: string, count: number, onProgress?: (done: number) => void): void {
  const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
  const db = new SqliteDatabase(file);
  try {
    // Seeding only: nothing else writes, and a crash means seeding again anyway.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    const firstId = (db.prepare('SELECT coalesce(max(id), 0) + 1 AS next FROM tenants').get() as { next: number }).next;
    const sample = rowsFor(1, firstId, new Date(), true);
    const statements = new Map<number, { tenants: SqliteDatabase.Statement; users: SqliteDatabase.Statement; tariffs: SqliteDatabase.Statement }>();
    const statementsFor = (rows: number) => {
      let found = statements.get(rows);
      if (found === undefined) {
        found = {
          tenants: db.prepare(multiRowInsert('tenants', Object.keys(sample.tenant), rows)),
          users: db.prepare(multiRowInsert('users', Object.keys(sample.user), rows)),
          tariffs: db.prepare(multiRowInsert('tariffs', Object.keys(sample.tariff), rows)),
        };
        statements.set(rows, found);
      }
      return found;
    };
    db.transaction(() => {
      for (let start = 1; start <= count; start += SQLITE_BATCH) {
        const rows = Math.min(SQLITE_BATCH, count - start + 1);
        const tenants: unknown[] = [];
        const users: unknown[] = [];
        const tariffs: unknown[] = [];
        for (let n = start; n < start + rows; n++) {
          const row = rowsFor(n, firstId + n - 1, secondsApart(count, n), true);
          tenants.push(...Object.values(row.tenant));
          users.push(...Object.values(row.user));
          tariffs.push(...Object.values(row.tariff));
        }
        const statement = statementsFor(rows);
        statement.tenants.run(tenants);
        statement.users.run(users);
        statement.tariffs.run(tariffs);
        if (onProgress && (start - 1) % 100_000 === 0) onProgress(start - 1);
      }
    })();
    db.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    db.close();
  }
}

function multiRowInsert(table: string, columns: readonly string[], rows: number): string {
  const tuple = `(${columns.map(() => '?').join(',')})`;
  return `INSERT INTO ${table} (${columns.join(',')}) VALUES ${Array.from({ length: rows }, () => tuple).join(',')}`;
}

const SERVER_BATCH = 1000;

/** PostgreSQL and MySQL: Kysely multi-row inserts (the drivers bind Dates natively). */
async function seedThroughKysely(store: Store, count: number, onProgress?: (done: number) => void): Promise<void> {
  await store.transaction(async (tx) => {
    const max = await tx
      .selectFrom('tenants')
      .select((eb) => eb.fn.max('id').as('id'))
      .executeTakeFirst();
    const firstId = Number(max?.id ?? 0) + 1;
    for (let start = 1; start <= count; start += SERVER_BATCH) {
      const rows = Math.min(SERVER_BATCH, count - start + 1);
      const batch: SeedRows[] = [];
      for (let n = start; n < start + rows; n++) batch.push(rowsFor(n, firstId + n - 1, secondsApart(count, n), false));
      // The row objects match the tables' columns exactly; Kysely's value types are per-column.
      await tx.insertInto('tenants').values(batch.map((r) => r.tenant) as never).execute();
      await tx.insertInto('users').values(batch.map((r) => r.user) as never).execute();
      await tx.insertInto('tariffs').values(batch.map((r) => r.tariff) as never).execute();
      if (onProgress && (start - 1) % 100_000 === 0) onProgress(start - 1);
    }
  });
  if (store.dialect === 'postgres') {
    // Explicit ids leave the serial sequence behind; registration must continue after them.
    await sql`SELECT setval(pg_get_serial_sequence('tenants', 'id'), (SELECT max(id) FROM tenants))`.execute(store.db);
  }
  // Fresh statistics, as a database that grew over months would have.
  await sql.raw(store.dialect === 'postgres' ? 'ANALYZE' : 'ANALYZE TABLE tenants, users, tariffs').execute(store.db);
}
