import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Webhook events wait in their own outbox: a change writes one event row, whatever the number
 * of endpoints, and the sender fans it out into one delivery per receiving endpoint later. Each
 * endpoint's waiting deliveries are counted from an index of their own (the cap on a backlog).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('webhook_events')
    .addColumn('id', t.bigSerial, (c) => c.primaryKey().autoIncrement())
    // The id receivers see in `webhook-id` (the same on every delivery and retry).
    .addColumn('event_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('type', 'varchar(40)', (c) => c.notNull())
    .addColumn('tenant_id', 'integer')
    // The portal's API client: its endpoints receive the event too.
    .addColumn('client_id', 'varchar(63)')
    // The body as the operator's endpoints receive it (a client's endpoints get it with the operator unnamed).
    .addColumn('payload', t.text, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_endpoint_status')
    .on('webhook_deliveries')
    .columns(['webhook_id', 'status'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhook_events').ifExists().execute();
}
