import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Webhook endpoints (their sealed signing secrets, filters and health), the delivery outbox that
 * changes write their events to in their own transaction, and what the tariff-state watcher last
 * announced per portal.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', 'varchar(40)', (c) => c.primaryKey())
    .addColumn('url', 'varchar(2048)', (c) => c.notNull())
    // `*` or the event types, comma-separated.
    .addColumn('events', 'varchar(1024)', (c) => c.notNull())
    .addColumn('description', 'varchar(255)', (c) => c.notNull())
    .addColumn('disabled', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('disabled_reason', 'varchar(255)')
    // The API client the endpoint belongs to (it then gets only that client's portals' events); NULL: the operator's.
    .addColumn('client_id', 'varchar(63)')
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('secret_sealed', 'varchar(255)', (c) => c.notNull())
    .addColumn('previous_secret_sealed', 'varchar(255)')
    .addColumn('previous_secret_until', t.timestamp)
    // The first failure of the current unbroken run of failures (NULL after a success).
    .addColumn('failing_since', t.timestamp)
    .execute();
  await db.schema
    .createIndex('webhook_endpoints_client')
    .on('webhook_endpoints')
    .columns(['client_id', 'id'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', t.bigSerial, (c) => c.primaryKey().autoIncrement())
    .addColumn('webhook_id', 'varchar(40)', (c) => c.notNull())
    // The event's id: the webhook-id header, the same on every attempt and for every endpoint.
    .addColumn('event_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('tenant_id', 'integer')
    // The exact JSON body that is signed and sent.
    .addColumn('payload', t.text, (c) => c.notNull())
    // 0 pending, 1 delivered, 2 failed.
    .addColumn('status', 'smallint', (c) => c.notNull().defaultTo(0))
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', t.timestamp, (c) => c.notNull())
    .addColumn('locked_until', t.timestamp)
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', 'varchar(64)')
    .addColumn('delivered_at', t.timestamp)
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_endpoint')
    .on('webhook_deliveries')
    .columns(['webhook_id', 'id'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_tenant')
    .on('webhook_deliveries')
    .columns(['tenant_id', 'id'])
    .execute();

  // 0: nothing announced; 2: tariff.due sent; 3: tariff.overdue sent (the tariff states' numbers).
  await db.schema
    .alterTable('tariffs')
    .addColumn('notified_state', 'smallint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('tariffs_due_date').on('tariffs').column('due_date').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tariffs_due_date').on('tariffs').ifExists().execute();
  await db.schema.alterTable('tariffs').dropColumn('notified_state').execute();
  await db.schema.dropTable('webhook_deliveries').ifExists().execute();
  await db.schema.dropTable('webhook_endpoints').ifExists().execute();
}
