import { PostgresAdapter, sql, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * The operator console: the accounts of the people who run the service, their server-side
 * sessions, and the indexes the console's overview and portal search read.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('operator_accounts')
    .addColumn('id', t.serial, (c) => c.primaryKey().autoIncrement())
    // Stored lower-case: sign-in by e-mail is case-insensitive, the unique index decides races.
    .addColumn('email', 'varchar(255)', (c) => c.notNull())
    // scrypt with its parameters, like the owners' passwords.
    .addColumn('password_hash', 'varchar(255)', (c) => c.notNull())
    .addColumn('disabled', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('password_changed_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('operator_accounts_email').on('operator_accounts').column('email').unique().execute();

  await db.schema
    .createTable('console_sessions')
    // SHA-256 (hex) of the random token in the browser's cookie: a copy of the table signs nobody in.
    .addColumn('id', 'char(64)', (c) => c.primaryKey())
    .addColumn('account_id', 'integer', (c) => c.notNull().references('operator_accounts.id').onDelete('cascade'))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('last_seen_at', t.timestamp, (c) => c.notNull())
    // The idle limit: moved forward as the operator works, the session is refused from then on.
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute();
  // Disabling an account ends its sessions (by account); the purge deletes expired ones (by expiry).
  await db.schema.createIndex('console_sessions_account').on('console_sessions').column('account_id').execute();
  await db.schema.createIndex('console_sessions_expires').on('console_sessions').column('expires_at').execute();

  // Registrations per day (the overview's chart): a range count over the last 30 days.
  await db.schema.createIndex('tenants_created').on('tenants').column('created_at').execute();
  // The portals list filtered by plan, or by client whatever the status, newest first: one
  // descending range of these indexes (tenants_client_status_id serves a client and a status).
  await db.schema.createIndex('tariffs_plan').on('tariffs').columns(['plan', 'tenant_id']).execute();
  await db.schema.createIndex('tenants_client_id').on('tenants').columns(['client_id', 'id']).execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    // Name search by prefix compares and orders names byte by byte (the "C" collation): SQLite
    // and MySQL (utf8mb4_bin) do so on tenants_alias already; PostgreSQL's database collation
    // may be a language's, whose order no prefix range can use.
    await sql`create index tenants_alias_bytes on tenants (alias collate "C", id)`.execute(db);
  }
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter)
    await sql`drop index if exists tenants_alias_bytes`.execute(db);
  await db.schema.dropIndex('tenants_client_id').on('tenants').ifExists().execute();
  await db.schema.dropIndex('tariffs_plan').on('tariffs').ifExists().execute();
  await db.schema.dropIndex('tenants_created').on('tenants').ifExists().execute();
  await db.schema.dropTable('console_sessions').ifExists().execute();
  await db.schema.dropTable('operator_accounts').ifExists().execute();
}
