import { sql, type Insertable, type QueryCreator } from 'kysely';
import { statementsAreLocal, upsertStyle } from '../dialects/features.js';
import { fromDbBigInt, fromDbTime } from '../dialects/values.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import { deliveryBacklog } from './webhook-deliveries.js';
import type { Database, WebhookEventsTable } from '../tables/index.js';

/**
 * The webhook event outbox: one row per event, written in the transaction of the change that
 * caused it, and kept until every endpoint has been given its delivery or passed it over (each
 * endpoint remembers how far it got, see ../../webhook-delivery/fan-out.ts).
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
  if (!statementsAreLocal(db)) {
    await listenedEventInsert(db, eventRow(event()));
    return;
  }
  // Asked already, under the write lock: a plain insert, without the question again.
  if ((await anyEndpointEnabled(db)).rows.length === 0) return;
  await eventInsert(db, eventRow(event()));
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
const eventInsert = prepared((db, row: Insertable<WebhookEventsTable>) => db.insertInto('webhook_events').values(row));
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

/** Up to `limit` events after `afterId`, in id order. */
export async function eventsAfter(db: Db, afterId: number, limit: number): Promise<QueuedEvent[]> {
  return (await eventsAfterQuery(db, afterId, limit)).rows.map(toQueuedEvent);
}
// Named columns, not *: see the audit list (a prepared statement's result keeps its shape).
const EVENT_COLUMNS = [
  'webhook_events.id',
  'webhook_events.event_id',
  'webhook_events.type',
  'webhook_events.tenant_id',
  'webhook_events.client_id',
  'webhook_events.payload',
  'webhook_events.created_at',
] as const;
const eventsAfterQuery = prepared((db, afterId: number, limit: number) =>
  db.selectFrom('webhook_events').select(EVENT_COLUMNS).where('id', '>', afterId).orderBy('id').limit(limit),
);

/**
 * Events whose ids the fan-out once passed over as missing (see recordEventGaps): a change that
 * was still committing then. Usually none (the gaps table is empty or holds rolled-back ids).
 */
export async function eventsInGaps(db: Db): Promise<QueuedEvent[]> {
  return (await eventsInGapsQuery(db)).rows.map(toQueuedEvent);
}
// Driven by the gaps (usually none): a join ordered by the event's id had SQLite walk the whole
// outbox in id order, looking for each event's gap.
const eventsInGapsQuery = prepared((db) =>
  db
    .selectFrom('webhook_events')
    .select(EVENT_COLUMNS)
    .where('id', 'in', (eb) => eb.selectFrom('webhook_event_gaps').select('webhook_event_gaps.id'))
    .orderBy('id'),
);

/** Remembers ids the fan-out passes over while no event holds them (an id already remembered is kept). */
export async function recordEventGaps(db: Db, ids: readonly number[], at: Date): Promise<void> {
  if (ids.length === 0) return;
  const insert = db.insertInto('webhook_event_gaps').values(ids.map((id) => ({ id, noticed_at: at })));
  if (upsertStyle(db) === 'onDuplicateKey') await insert.ignore().execute();
  else await insert.onConflict((oc) => oc.column('id').doNothing()).execute();
}

/**
 * Forgets a gap whose event turned up, to fan that event out; true for the one caller whose DELETE
 * removed it (another instance's waits for this transaction, then finds nothing).
 */
export async function takeEventGap(db: Db, id: number): Promise<boolean> {
  const result = await takeGapQuery(db, id);
  return Number(result.numAffectedRows) === 1;
}
const takeGapQuery = prepared((db, id: number) => db.deleteFrom('webhook_event_gaps').where('id', '=', id));

/** Forgets gaps noticed before `before`: no change stays uncommitted that long; those ids were rolled back. */
export async function expireEventGaps(db: Db, before: Date): Promise<void> {
  await expireGapsQuery(db, before);
}
const expireGapsQuery = prepared((db, before: Date) =>
  db.deleteFrom('webhook_event_gaps').where('noticed_at', '<', before),
);

/**
 * Deletes the events every endpoint has passed (ids below `belowId`), but for those in a
 * remembered gap: one that turned up late still waits for its fan-out.
 */
export async function pruneEvents(db: Db, belowId: number): Promise<void> {
  await pruneEventsQuery(db, belowId);
}
const pruneEventsQuery = prepared((db, belowId: number) =>
  db
    .deleteFrom('webhook_events')
    .where('id', '<', belowId)
    .where('id', 'not in', (eb) => eb.selectFrom('webhook_event_gaps').select('webhook_event_gaps.id')),
);

function toQueuedEvent(row: {
  readonly id: number | string;
  readonly event_id: string;
  readonly type: string;
  readonly tenant_id: number | null;
  readonly client_id: string | null;
  readonly payload: string;
  readonly created_at: Date | string;
}): QueuedEvent {
  return {
    id: fromDbBigInt(row.id),
    eventId: row.event_id,
    type: row.type,
    tenantId: row.tenant_id === null ? null : Number(row.tenant_id),
    clientId: row.client_id,
    payload: row.payload,
    created: fromDbTime(row.created_at),
  };
}

/**
 * How many events wait for the endpoint furthest behind (each counted once, however many
 * endpoints still want it), and when the oldest of them was queued.
 */
export async function eventBacklog(db: Db): Promise<{ readonly pending: number; readonly oldest: Date | null }> {
  const row = await db
    .selectFrom('webhook_events')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('oldest')])
    .where('id', '>', (eb) =>
      eb
        .selectFrom('webhook_endpoints')
        .select((inner) => inner.fn.min('fanned_through').as('slowest'))
        .where('disabled', '=', sql.lit(0)),
    )
    .executeTakeFirstOrThrow();
  return { pending: Number(row.n), oldest: row.oldest === null ? null : fromDbTime(row.oldest as Date | string) };
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
