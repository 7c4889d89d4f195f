import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Each webhook endpoint remembers how far through the event outbox it has been given its
 * deliveries (`fanned_through`: the id of the last event it was given or passed over). The sender
 * fans an event out to an endpoint only while that endpoint has room for more waiting deliveries,
 * so an event a slow receiver cannot take yet waits once, as its event row, instead of being
 * copied into a delivery for every endpoint at once, and an event is kept until every endpoint
 * has passed it. `webhook_event_gaps` holds the ids the sender passed over because no event held
 * them (a change rolled back, or one still committing): one that turns up later is still sent.
 * Events queued before this migration were not fanned out yet: every endpoint starts just before
 * the oldest of them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('webhook_endpoints')
    .addColumn('fanned_through', t.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  const oldest = await db
    .selectFrom('webhook_events')
    .select((eb) => eb.fn.min('id').as('id'))
    .executeTakeFirst();
  if (oldest?.id !== null && oldest?.id !== undefined) {
    await db
      .updateTable('webhook_endpoints')
      .set({ fanned_through: Number(oldest.id) - 1 })
      .execute();
  }
  await db.schema
    .createTable('webhook_event_gaps')
    .addColumn('id', t.bigint, (c) => c.primaryKey())
    .addColumn('noticed_at', t.timestamp, (c) => c.notNull())
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('webhook_event_gaps').ifExists().execute();
  await db.schema.alterTable('webhook_endpoints').dropColumn('fanned_through').execute();
}
