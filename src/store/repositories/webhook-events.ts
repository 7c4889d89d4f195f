import { sql, type Insertable, type QueryCreator } from 'kysely';
import { statementsAreLocal } from '../dialects/features.js';
import { fromDbBigInt, fromDbTime } from '../dialects/values.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import { deliveryBacklog } from './webhook-deliveries.js';
import type { Database, WebhookEventsTable } from '../tables/index.js';

/**
 * The webhook event outbox: one row per event, written in the transaction of the change that
 * caused it, taken by the sender (a DELETE only one instance wins) and fanned out into one
 * delivery per receiving endpoint in the same transaction.
 */

/** An event as the sender fans it out. */
export interface QueuedEvent {
  readonly id: number;
  readonly eventId: string;
  readonly type: string;
  readonly tenantId: number | null;
  readonly clientId: string | null;
  readonly payload: string;
  readonly created: Date;
}

/**
 * Queues an event if any endpoint is enabled, else nothing (no endpoint could ever receive it):
 * the question and the insert in one statement, so a change pays one round trip for its event
 * whether or not anyone listens (prepared once, see ../prepared.ts). Given as a function, the
 * event is built only when it is to be written, where asking first costs no round trip (SQLite,
 * in the process): most changes happen while no endpoint listens, and their event's body was a
 * twentieth of a registration's CPU. The question and the insert still see the same endpoints:
 * the SQLite transaction holds the write lock, so no endpoint is enabled in between.
 */
export async function insertEventIfAnyEndpoint(db: Db, event: () => NewEvent): Promise<void> {
  if (statementsAreLocal(db) && (await anyEndpointEnabled(db)).rows.length === 0) return;
  await listenedEventInsert(db, eventRow(event()));
}

/** An event about to be queued. */
export type NewEvent = Omit<QueuedEvent, 'id'>;

/** A new event as its row. */
export function eventRow(event: NewEvent): Insertable<WebhookEventsTable> {
  return {
    event_id: event.eventId,
    type: event.type,
    tenant_id: event.tenantId,
    client_id: event.clientId,
    payload: event.payload,
    created_at: event.created,
  };
}
const anyEndpointEnabled = prepared((db) =>
  db
    .selectFrom('webhook_endpoints')
    .select(sql.lit(1).as('enabled'))
    .where('disabled', '=', sql.lit(0))
    .limit(sql.lit(1)),
);
const listenedEventInsert = prepared((db, row: Insertable<WebhookEventsTable>) => listenedEventInsertOn(db, row));

/**
 * The insert of an event row made only while an endpoint is enabled, on `creator`: the pool, a
 * transaction, or a WITH that writes something else in the same statement.
 */
export function listenedEventInsertOn(creator: QueryCreator<Database>, row: Insertable<WebhookEventsTable>) {
  return creator
    .insertInto('webhook_events')
    .columns(['event_id', 'type', 'tenant_id', 'client_id', 'payload', 'created_at'])
    .expression((eb) =>
      eb
        .selectFrom('webhook_endpoints')
        .select([
          eb.val(row.event_id).as('event_id'),
          eb.val(row.type).as('type'),
          eb.val(row.tenant_id).as('tenant_id'),
          eb.val(row.client_id).as('client_id'),
          eb.val(row.payload).as('payload'),
          eb.val(row.created_at).as('created_at'),
        ])
        .where('disabled', '=', sql.lit(0))
        .limit(sql.lit(1)),
    );
}

/** The oldest `limit` queued events, oldest first. */
export async function oldestEvents(db: Db, limit: number): Promise<QueuedEvent[]> {
  // Named columns, not *: see the audit list (a prepared statement's result keeps its shape).
  const rows = await db
    .selectFrom('webhook_events')
    .select(['id', 'event_id', 'type', 'tenant_id', 'client_id', 'payload', 'created_at'])
    .orderBy('id')
    .limit(sql.lit(limit))
    .execute();
  return rows.map((row) => ({
    id: fromDbBigInt(row.id),
    eventId: row.event_id,
    type: row.type,
    tenantId: row.tenant_id === null ? null : Number(row.tenant_id),
    clientId: row.client_id,
    payload: row.payload,
    created: fromDbTime(row.created_at),
  }));
}

/**
 * Takes an event off the queue; true for the one caller whose DELETE removed it (another
 * instance's takes wait for this transaction, then find nothing).
 */
export async function takeEvent(db: Db, id: number): Promise<boolean> {
  const result = await eventDelete(db, id);
  return Number(result.numAffectedRows) === 1;
}
const eventDelete = prepared((db, id: number) => db.deleteFrom('webhook_events').where('id', '=', id));

/** How many events wait to be fanned out, and when the oldest was queued. */
export async function eventBacklog(db: Db): Promise<{ readonly pending: number; readonly oldest: Date | null }> {
  const oldest = await db.selectFrom('webhook_events').select('created_at').orderBy('id').limit(1).executeTakeFirst();
  if (oldest === undefined) return { pending: 0, oldest: null };
  const row = await db
    .selectFrom('webhook_events')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return { pending: Number(row.n), oldest: fromDbTime(oldest.created_at) };
}

/**
 * What waits to leave by webhook: deliveries pending, and events not yet fanned out into
 * deliveries (counted once each); the oldest of either.
 */
export async function webhookBacklog(db: Db): Promise<{ readonly pending: number; readonly oldest: Date | null }> {
  const [deliveries, events] = await Promise.all([deliveryBacklog(db), eventBacklog(db)]);
  const oldest =
    [deliveries.oldest, events.oldest]
      .filter((d): d is Date => d !== null)
      .sort((a, b) => a.getTime() - b.getTime())[0] ?? null;
  return { pending: deliveries.pending + events.pending, oldest };
}
