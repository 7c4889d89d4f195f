import { randomUUID } from 'node:crypto';
import SqliteDatabase from 'better-sqlite3';
import { sql } from 'kysely';
import { loadConfig } from '../src/config/config.js';
import { domainOptionsFrom } from '../src/config/domain-options.js';
import { tariffFromPlan } from '../src/domain/tariff/tariff.js';
import { TENANT_STATUSES } from '../src/store/records.js';
import { openStore, type Store } from '../src/store/store.js';

/**
 * Fills a database with portals fast: tenants, their owners, their default tariffs and the
 * audit record of each registration (so a million portals also make a million-record audit log),
 * in batched multi-row inserts inside one transaction. The schema is the real one: the store is
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
export async function seedPortals(
  url: string,
  count: number,
  onProgress?: (done: number) => void,
): Promise<SeedResult> {
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
  readonly audit: Record<string, unknown>;
}

/** Who did what in the n-th seeded audit record: 49 % status changes, 10 % client tariff changes, 1 % system. */
function auditActorOf(n: number): {
  action: string;
  actor_type: string;
  actor_id: string | null;
  client_id: string | null;
} {
  if (n % 100 === 0) return { action: 'portal.status', actor_type: 'system', actor_id: null, client_id: null };
  if (n % 2 === 0) return { action: 'portal.status', actor_type: 'operator', actor_id: 'bench', client_id: null };
  if (n % 10 === 1) return { action: 'tariff.set', actor_type: 'client', actor_id: 'reseller', client_id: 'reseller' };
  return { action: 'portal.register', actor_type: 'operator', actor_id: 'bench', client_id: null };
}

/** The same values the app would store for a portal registered through the API. */
function rowsFor(n: number, id: number, auditId: number, created: Date, datesAsText: boolean): SeedRows {
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
    // One record per portal, like a log's mix (see auditActorOf): registrations and status changes
    // by the operator 'bench', tariff changes by a client, and a status change by the system
    // every 100th. Record ids are dense after whatever the log already held, so audit/list's
    // cursor can pick any depth.
    audit: {
      id: auditId,
      at: when,
      ...auditActorOf(n),
      actor_ip: '127.0.0.1',
      tenant_id: id,
      portal_name: name,
      request_id: `bench-${n}`,
      changes: JSON.stringify({
        portalName: [null, name],
        status: [null, 'Active'],
        ownerEmail: [null, `owner${n}@bench.example`],
        plan: [null, tariff.plan],
        clientId: [null, null],
      }),
    },
  };
}

const CONFIG_DEFAULTS = loadConfig({});
const BASE_DOMAIN = CONFIG_DEFAULTS.baseDomain;
const DEFAULT_PLAN = domainOptionsFrom(CONFIG_DEFAULTS).tariff.defaultPlan;
/** Seeded portals were "registered" one second apart, ending about now. */
const secondsApart = (count: number, n: number) => new Date(Date.now() - (count - n) * 1000);

const SEED_TABLES = ['tenant', 'user', 'tariff', 'audit'] as const;

const SQLITE_BATCH = 500;

function seedSqlite(url: string, count: number, onProgress?: (done: number) => void): void {
  const file = url.slice('sqlite:'.length).replace(/^\/\//, '');
  const db = new SqliteDatabase(file);
  try {
    // Seeding only: nothing else writes, and a crash means seeding again anyway.
    db.pragma('synchronous = OFF');
    db.pragma('cache_size = -262144');
    const nextId = (table: string) =>
      (db.prepare(`SELECT coalesce(max(id), 0) + 1 AS next FROM ${table}`).get() as { next: number }).next;
    const firstId = nextId('tenants');
    const firstAuditId = nextId('audit_log');
    const sample = rowsFor(1, firstId, firstAuditId, new Date(), true);
    type Inserts = Record<keyof SeedRows, SqliteDatabase.Statement>;
    const statements = new Map<number, Inserts>();
    const statementsFor = (rows: number) => {
      let found = statements.get(rows);
      if (found === undefined) {
        found = {
          tenant: db.prepare(multiRowInsert('tenants', Object.keys(sample.tenant), rows)),
          user: db.prepare(multiRowInsert('users', Object.keys(sample.user), rows)),
          tariff: db.prepare(multiRowInsert('tariffs', Object.keys(sample.tariff), rows)),
          audit: db.prepare(multiRowInsert('audit_log', Object.keys(sample.audit), rows)),
        };
        statements.set(rows, found);
      }
      return found;
    };
    db.transaction(() => {
      for (let start = 1; start <= count; start += SQLITE_BATCH) {
        const rows = Math.min(SQLITE_BATCH, count - start + 1);
        const values: Record<keyof SeedRows, unknown[]> = { tenant: [], user: [], tariff: [], audit: [] };
        for (let n = start; n < start + rows; n++) {
          const row = rowsFor(n, firstId + n - 1, firstAuditId + n - 1, secondsApart(count, n), true);
          for (const table of SEED_TABLES) values[table].push(...Object.values(row[table]));
        }
        const statement = statementsFor(rows);
        for (const table of SEED_TABLES) statement[table].run(values[table]);
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
    const nextId = async (table: 'tenants' | 'audit_log') => {
      const max = await tx
        .selectFrom(table)
        .select((eb) => eb.fn.max('id').as('id'))
        .executeTakeFirst();
      return Number(max?.id ?? 0) + 1;
    };
    const firstId = await nextId('tenants');
    const firstAuditId = await nextId('audit_log');
    for (let start = 1; start <= count; start += SERVER_BATCH) {
      const rows = Math.min(SERVER_BATCH, count - start + 1);
      const batch: SeedRows[] = [];
      for (let n = start; n < start + rows; n++)
        batch.push(rowsFor(n, firstId + n - 1, firstAuditId + n - 1, secondsApart(count, n), false));
      // The row objects match the tables' columns exactly; Kysely's value types are per-column.
      await tx
        .insertInto('tenants')
        .values(batch.map((r) => r.tenant) as never)
        .execute();
      await tx
        .insertInto('users')
        .values(batch.map((r) => r.user) as never)
        .execute();
      await tx
        .insertInto('tariffs')
        .values(batch.map((r) => r.tariff) as never)
        .execute();
      await tx
        .insertInto('audit_log')
        .values(batch.map((r) => r.audit) as never)
        .execute();
      if (onProgress && (start - 1) % 100_000 === 0) onProgress(start - 1);
    }
  });
  if (store.dialect === 'postgres') {
    // Explicit ids leave the serial sequence behind; registration must continue after them.
    await sql`SELECT setval(pg_get_serial_sequence('tenants', 'id'), (SELECT max(id) FROM tenants))`.execute(store.db);
    await sql`SELECT setval(pg_get_serial_sequence('audit_log', 'id'), (SELECT max(id) FROM audit_log))`.execute(
      store.db,
    );
  }
  // Fresh statistics, as a database that grew over months would have; on PostgreSQL a vacuum too,
  // as autovacuum would have run by then: without the visibility map it sets, a count over an
  // index reads every row's page as well (a page at startIndex 900,000: 172 ms against 35–75 ms).
  await sql
    .raw(store.dialect === 'postgres' ? 'VACUUM ANALYZE' : 'ANALYZE TABLE tenants, users, tariffs, audit_log')
    .execute(store.db);
}
