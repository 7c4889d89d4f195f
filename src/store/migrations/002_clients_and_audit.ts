import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * API clients (their own secrets, scopes and quotas), the client that owns each portal, and the
 * audit log of every change.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('api_clients')
    .addColumn('client_id', 'varchar(63)', (c) => c.primaryKey())
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    // The scope names, comma-separated (a closed set the application validates).
    .addColumn('scopes', 'varchar(255)', (c) => c.notNull())
    .addColumn('max_portals', 'integer')
    .addColumn('rate_limit', 'integer')
    .addColumn('partner_id', 'varchar(255)')
    .addColumn('disabled', 'smallint', (c) => c.notNull().defaultTo(0))
    // Removed clients stay as rows: their ids are never given out again.
    .addColumn('removed_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('secret_rotated_at', t.timestamp, (c) => c.notNull())
    // Sealed (AES-256-GCM under a key derived from the machine key), never the secret itself.
    .addColumn('secret_sealed', 'varchar(255)', (c) => c.notNull())
    .addColumn('previous_secret_sealed', 'varchar(255)')
    .addColumn('previous_secret_until', t.timestamp)
    .execute();
  await db.schema.createIndex('api_clients_created').on('api_clients').columns(['created_at', 'client_id']).execute();

  await db.schema.alterTable('tenants').addColumn('client_id', 'varchar(63)').execute();
  // A client's portal list (by status, in id order) and its portal count read this index alone.
  await db.schema
    .createIndex('tenants_client_status_id')
    .on('tenants')
    .columns(['client_id', 'status', 'id'])
    .execute();

  await db.schema
    .createTable('audit_log')
    .addColumn('id', t.bigSerial, (c) => c.primaryKey().autoIncrement())
    .addColumn('at', t.timestamp, (c) => c.notNull())
    .addColumn('action', 'varchar(40)', (c) => c.notNull())
    .addColumn('actor_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(255)')
    .addColumn('actor_ip', 'varchar(64)')
    .addColumn('tenant_id', 'integer')
    .addColumn('portal_name', 'varchar(63)')
    // The client a record belongs to (the portal's client, or the acting client): its audit slice.
    .addColumn('client_id', 'varchar(63)')
    .addColumn('request_id', 'varchar(64)')
    // JSON: {"field": [before, after]}; never a secret.
    .addColumn('changes', t.text, (c) => c.notNull())
    .execute();
  // Newest-first keyset pages (id < cursor ORDER BY id DESC) for each filter read one index range.
  await db.schema.createIndex('audit_log_tenant').on('audit_log').columns(['tenant_id', 'id']).execute();
  await db.schema.createIndex('audit_log_portal').on('audit_log').columns(['portal_name', 'id']).execute();
  await db.schema.createIndex('audit_log_client').on('audit_log').columns(['client_id', 'id']).execute();
  await db.schema.createIndex('audit_log_action').on('audit_log').columns(['action', 'id']).execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_type', 'actor_id', 'id']).execute();
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_log').ifExists().execute();
  await db.schema.dropIndex('tenants_client_status_id').on('tenants').ifExists().execute();
  await db.schema.alterTable('tenants').dropColumn('client_id').execute();
  await db.schema.dropTable('api_clients').ifExists().execute();
}
