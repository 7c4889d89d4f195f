import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/** Tenants, their owners, tariffs, settings, the mail outbox and single-use link records. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('tenants')
    .addColumn('id', t.serial, (c) => c.primaryKey().autoIncrement())
    .addColumn('alias', 'varchar(63)', (c) => c.notNull())
    .addColumn('alias_key', 'varchar(63)')
    .addColumn('name', 'varchar(255)', (c) => c.notNull())
    // The full host name, fixed at registration: a later BaseDomain change moves only new portals.
    .addColumn('domain', 'varchar(255)', (c) => c.notNull())
    .addColumn('status', 'smallint', (c) => c.notNull())
    .addColumn('status_reason', 'varchar(1024)')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('status_changed_at', t.timestamp, (c) => c.notNull())
    .addColumn('language', 'varchar(35)', (c) => c.notNull())
    .addColumn('time_zone', 'varchar(64)', (c) => c.notNull())
    .addColumn('owner_id', 'char(36)', (c) => c.notNull())
    .addColumn('industry', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('partner_id', 'varchar(255)')
    .addColumn('affiliate_id', 'varchar(255)')
    .addColumn('campaign', 'varchar(255)')
    .addColumn('region', 'varchar(255)')
    .execute();
  // Names are stored lower-case, so a plain unique index is case-insensitive on every database.
  // NULLs never collide: removed portals (alias_key NULL) free their name at once.
  await db.schema.createIndex('tenants_alias_key_unique').on('tenants').column('alias_key').unique().execute();
  await db.schema.createIndex('tenants_alias').on('tenants').column('alias').execute();
  await db.schema.createIndex('tenants_domain').on('tenants').column('domain').execute();
  await db.schema.createIndex('tenants_status_id').on('tenants').columns(['status', 'id']).execute();
  await db.schema.createIndex('tenants_owner_id').on('tenants').column('owner_id').execute();

  await db.schema
    .createTable('users')
    .addColumn('id', 'char(36)', (c) => c.primaryKey())
    .addColumn('tenant_id', 'integer', (c) => c.notNull().references('tenants.id').onDelete('cascade'))
    .addColumn('email', 'varchar(255)', (c) => c.notNull())
    .addColumn('first_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('last_name', 'varchar(255)', (c) => c.notNull())
    .addColumn('phone', 'varchar(32)')
    .addColumn('password_hash', 'varchar(255)')
    .addColumn('activated', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('users_email').on('users').column('email').execute();
  await db.schema.createIndex('users_tenant_id').on('users').column('tenant_id').execute();

  await db.schema
    .createTable('tariffs')
    .addColumn('tenant_id', 'integer', (c) => c.primaryKey().references('tenants.id').onDelete('cascade'))
    .addColumn('plan', 'varchar(64)', (c) => c.notNull())
    .addColumn('active_users', 'integer', (c) => c.notNull())
    .addColumn('max_file_size', t.bigint, (c) => c.notNull())
    .addColumn('max_total_size', t.bigint, (c) => c.notNull())
    .addColumn('features', 'varchar(4000)', (c) => c.notNull())
    .addColumn('due_date', t.timestamp)
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('settings')
    .addColumn('tenant_id', 'integer', (c) => c.notNull())
    .addColumn('setting_key', 'varchar(128)', (c) => c.notNull())
    .addColumn('value', t.text, (c) => c.notNull())
    .addColumn('updated_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('settings_pk', ['tenant_id', 'setting_key'])
    .execute();

  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', t.serial, (c) => c.primaryKey().autoIncrement())
    .addColumn('recipient', 'varchar(255)', (c) => c.notNull())
    .addColumn('subject', 'varchar(255)', (c) => c.notNull())
    .addColumn('text_body', t.text, (c) => c.notNull())
    .addColumn('html_body', t.text, (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.timestamp, (c) => c.notNull())
    .addColumn('locked_until', t.timestamp)
    .addColumn('sent_at', t.timestamp)
    .addColumn('last_error', 'varchar(1024)')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['sent_at', 'next_attempt_at']).execute();

  await db.schema
    .createTable('used_links')
    .addColumn('id', 'char(64)', (c) => c.primaryKey())
    .addColumn('used_at', t.timestamp, (c) => c.notNull())
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .execute();

  // One row per named lock: SELECT … FOR UPDATE on it serialises a critical section across
  // instances (the portal-count limit).
  await db.schema
    .createTable('app_locks')
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .execute();
  await db.insertInto('app_locks').values({ name: 'portal_count' }).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['app_locks', 'used_links', 'mail_outbox', 'settings', 'tariffs', 'users', 'tenants']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
}
