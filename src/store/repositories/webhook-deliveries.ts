import { sql, type Insertable, type Selectable } from 'kysely';
import { fromDbBigInt, fromDbTime } from '../dialects/values.js';
import { prepared } from '../prepared.js';
import { DELIVERY_STATUSES, type DeliveryRecord, type DeliveryStatus } from '../records.js';
import type { Db } from '../store.js';
import type { WebhookDeliveriesTable } from '../tables/index.js';

/**
 * The webhook outbox: one row per event and endpoint, written in the transaction of the change
 * that caused the event, sent later by the delivery sender, which claims due rows with a lease
 * (a conditional UPDATE on the attempt count) so several instances never send one row at once.
 */

/** A delivery about to be queued. */
export interface NewDelivery {
  readonly webhookId: string;
  readonly eventId: string;
  readonly type: string;
  readonly tenantId: number | null;
  readonly payload: string;
}

const COLUMNS = [
  'webhook_deliveries.id',
  'webhook_deliveries.webhook_id',
  'webhook_deliveries.event_id',
  'webhook_deliveries.type',
  'webhook_deliveries.tenant_id',
  'webhook_deliveries.payload',
  'webhook_deliveries.status',
  'webhook_deliveries.attempts',
  'webhook_deliveries.next_attempt_at',
  'webhook_deliveries.last_status_code',
  'webhook_deliveries.last_error',
  'webhook_deliveries.delivered_at',
  'webhook_deliveries.created_at',
] as const;

/** Queues deliveries, due at once. */
export async function insertDeliveries(db: Db, deliveries: readonly NewDelivery[], now: Date): Promise<void> {
  if (deliveries.length === 0) return;
  const rows = deliveries.map((d): Insertable<WebhookDeliveriesTable> => ({
    webhook_id: d.webhookId,
    event_id: d.eventId,
    type: d.type,
    tenant_id: d.tenantId,
    payload: d.payload,
    status: PENDING,
    attempts: 0,
    next_attempt_at: now,
    locked_until: null,
    last_status_code: null,
    last_error: null,
    delivered_at: null,
    created_at: now,
  }));
  if (rows.length > PREPARED_DELIVERY_ROWS) {
    await db.insertInto('webhook_deliveries').values(rows).execute();
    return;
  }
  let insert = deliveryInserts.get(rows.length);
  if (insert === undefined) {
    insert = prepared((db, ...rows: Array<Insertable<WebhookDeliveriesTable>>) =>
      db.insertInto('webhook_deliveries').values(rows),
    );
    deliveryInserts.set(rows.length, insert);
  }
  await insert(db, ...rows);
}
/**
 * An event's deliveries go in one statement, one row per receiving endpoint: prepared once per
 * number of rows (../prepared.ts), up to this many; building it with Kysely for every event cost
 * more than running it. An event for more endpoints than that is built afresh.
 */
const PREPARED_DELIVERY_ROWS = 16;
const deliveryInserts = new Map<
  number,
  (db: Db, ...rows: Array<Insertable<WebhookDeliveriesTable>>) => Promise<unknown>
>();

export async function findDelivery(db: Db, id: number): Promise<DeliveryRecord | undefined> {
  const row = await db.selectFrom('webhook_deliveries').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toDelivery(row);
}

/** The newest delivery of an event to an endpoint (what webhook/test answers). */
export async function findLatestDelivery(
  db: Db,
  webhookId: string,
  eventId: string,
): Promise<DeliveryRecord | undefined> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select(COLUMNS)
    .where('webhook_id', '=', webhookId)
    .where('event_id', '=', eventId)
    .orderBy('id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row && toDelivery(row);
}

/** A page of an endpoint's (or a portal's) deliveries, newest first, ids below `beforeId`. */
export async function listDeliveries(
  db: Db,
  filter: {
    readonly webhookId?: string | undefined;
    readonly tenantId?: number | undefined;
    readonly status?: DeliveryStatus | undefined;
  },
  page: { readonly beforeId?: number | undefined; readonly limit: number },
): Promise<DeliveryRecord[]> {
  let query = db.selectFrom('webhook_deliveries').select(COLUMNS);
  if (filter.webhookId !== undefined) query = query.where('webhook_id', '=', filter.webhookId);
  if (filter.tenantId !== undefined) query = query.where('tenant_id', '=', filter.tenantId);
  if (filter.status !== undefined) query = query.where('status', '=', statusCode(filter.status));
  if (page.beforeId !== undefined) query = query.where('id', '<', page.beforeId);
  const rows = await query.orderBy('id', 'desc').limit(sql.lit(page.limit)).execute();
  return rows.map(toDelivery);
}

/**
 * Queues a delivery again at once (same event id); it keeps its attempt count. A lease still
 * running is kept: the attempt in flight finishes first, no other instance starts a second one.
 */
export async function requeueDelivery(db: Db, id: number, now: Date): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    // An attempt in flight keeps its lease's end as its next attempt (what tells the claims it is in flight).
    .set({
      status: statusCode('pending'),
      next_attempt_at: sql<Date>`case when ${sql.ref('locked_until')} > ${now} then ${sql.ref('locked_until')} else ${now} end`,
    })
    .where('id', '=', id)
    .execute();
}

/** A delivery the sender holds, with what it needs to send it. */
export interface ClaimedDelivery extends DeliveryRecord {
  readonly url: string;
  readonly secretSealed: string;
  readonly previousSecretSealed: string | null;
  readonly previousSecretUntil: Date | null;
  /** Whether the endpoint's last attempts failed (a success then has a failing run to end). */
  readonly endpointFailing: boolean;
}

/**
 * Claims up to `limit` due deliveries of enabled endpoints (whose client, if any, is neither
 * disabled nor removed) until `leaseUntil`, at most `perEndpoint` in flight per endpoint (counting
 * those other claims hold), the oldest first: one slow or flooded endpoint never takes the slots
 * of another's events. Each claim is a conditional UPDATE that succeeds only while the row is
 * still pending, due, unleased (or its lease ran out) and at the attempt count just read, so of
 * two instances racing for a row exactly one wins. The claim counts as an attempt, and moves the
 * delivery's next attempt to the lease's end: if the attempt is never recorded (the process
 * died), the delivery falls due again then.
 *
 * Each endpoint's waiting deliveries are read from its own index in the order they fall due, so
 * a claim reads the endpoints, then for each one with room only the deliveries it can take: its
 * cost does not grow with the backlogs (it ranked every waiting delivery of every endpoint before,
 * which a backlog of thousands made the sender's largest cost). The deliveries in flight are
 * those leased past now, all due again within one lease: the instances share the lease's length.
 */
export async function claimDueDeliveries(
  db: Db,
  options: { readonly now: Date; readonly leaseUntil: Date; readonly limit: number; readonly perEndpoint: number },
): Promise<ClaimedDelivery[]> {
  const { now, leaseUntil, limit, perEndpoint } = options;
  const endpoints = (await receivingEndpointsWithDueDeliveries(db, now, leaseUntil)).rows;
  const branches = endpoints
    .map((endpoint) => ({ id: endpoint.id, room: Math.min(limit, perEndpoint - Number(endpoint.busy)) }))
    .filter(({ room }) => room > 0)
    .map(({ id, room }) =>
      db
        .selectFrom(
          db
            .selectFrom('webhook_deliveries')
            .select(COLUMNS)
            .where('webhook_id', '=', id)
            .where('status', '=', sql.lit(PENDING))
            .where('next_attempt_at', '<=', now)
            .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
            .orderBy('next_attempt_at')
            .orderBy('id')
            .limit(sql.lit(room))
            .as('due'),
        )
        .selectAll(),
    );
  const [first, ...rest] = branches;
  if (first === undefined) return [];
  const rows = await rest.reduce((query, branch) => query.unionAll(branch), first).execute();
  const candidates = rows
    .map(toDelivery)
    .sort((a, b) => a.nextAttemptAt.getTime() - b.nextAttemptAt.getTime() || a.id - b.id)
    .slice(0, limit);

  const endpointById = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint]));
  const claimed: ClaimedDelivery[] = [];
  for (const delivery of candidates) {
    const endpoint = endpointById.get(delivery.webhookId);
    if (endpoint === undefined) continue;
    const result = await claimUpdate(db, delivery.id, delivery.attempts, leaseUntil, now, PENDING);
    if (Number(result.numAffectedRows) !== 1) continue;
    claimed.push({
      ...delivery,
      attempts: delivery.attempts + 1,
      nextAttemptAt: leaseUntil,
      url: endpoint.url,
      secretSealed: endpoint.secret_sealed,
      previousSecretSealed: endpoint.previous_secret_sealed,
      previousSecretUntil: endpoint.previous_secret_until === null ? null : fromDbTime(endpoint.previous_secret_until),
      endpointFailing: endpoint.failing_since !== null,
    });
  }
  return claimed;
}

/**
 * The endpoints that receive (enabled, their client neither disabled nor removed) with a delivery
 * due, each with how many of its deliveries are in flight: leased past now, so due again within
 * the lease (`leaseUntil` bounds the look, the endpoint's later retries are not read).
 */
const receivingEndpointsWithDueDeliveries = prepared((db, now: Date, leaseUntil: Date) =>
  db
    .selectFrom('webhook_endpoints')
    .leftJoin('api_clients', 'api_clients.client_id', 'webhook_endpoints.client_id')
    .select((eb) => [
      'webhook_endpoints.id',
      'webhook_endpoints.url',
      'webhook_endpoints.secret_sealed',
      'webhook_endpoints.previous_secret_sealed',
      'webhook_endpoints.previous_secret_until',
      'webhook_endpoints.failing_since',
      eb
        .selectFrom('webhook_deliveries')
        .select((inner) => inner.fn.countAll<number | string>().as('n'))
        .whereRef('webhook_deliveries.webhook_id', '=', 'webhook_endpoints.id')
        .where('webhook_deliveries.status', '=', sql.lit(PENDING))
        .where('webhook_deliveries.next_attempt_at', '>', now)
        .where('webhook_deliveries.next_attempt_at', '<=', leaseUntil)
        .where('webhook_deliveries.locked_until', '>', now)
        .as('busy'),
    ])
    .where('webhook_endpoints.disabled', '=', sql.lit(0))
    .where((eb) =>
      eb.or([
        eb('webhook_endpoints.client_id', 'is', null),
        eb.and([eb('api_clients.disabled', '=', sql.lit(0)), eb('api_clients.removed_at', 'is', null)]),
      ]),
    )
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('webhook_deliveries')
          .select(sql.lit(1).as('due'))
          .whereRef('webhook_deliveries.webhook_id', '=', 'webhook_endpoints.id')
          .where('webhook_deliveries.status', '=', sql.lit(PENDING))
          .where('webhook_deliveries.next_attempt_at', '<=', now),
      ),
    ),
);

// The sender's statements run for every delivery: built and compiled once (../prepared.ts).
const claimUpdate = prepared((db, id: number, attempts: number, leaseUntil: Date, now: Date, pending: number) =>
  db
    .updateTable('webhook_deliveries')
    .set({ locked_until: leaseUntil, next_attempt_at: leaseUntil, attempts: sql<number>`${sql.ref('attempts')} + 1` })
    .where('id', '=', id)
    .where('attempts', '=', attempts)
    .where('status', '=', pending)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)])),
);

/** How many deliveries wait at each of these endpoints (endpoints with none are left out). */
export async function pendingByEndpoint(db: Db, webhookIds: readonly string[]): Promise<Map<string, number>> {
  if (webhookIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select(['webhook_id', (eb) => eb.fn.countAll<number | string>().as('n')])
    .where('webhook_id', 'in', webhookIds)
    .where('status', '=', sql.lit(PENDING))
    .groupBy('webhook_id')
    .execute();
  return new Map(rows.map((row) => [row.webhook_id, Number(row.n)]));
}

/** Marks a claimed delivery delivered; false if the claim was lost (its lease ran out and another took it). */
export async function markDelivered(
  db: Db,
  delivery: { readonly id: number; readonly attempts: number },
  statusCodeSeen: number,
  at: Date,
): Promise<boolean> {
  const result = await deliveredUpdate(db, delivery.id, delivery.attempts, statusCodeSeen, at, DELIVERED);
  return Number(result.numAffectedRows) === 1;
}
const deliveredUpdate = prepared(
  (db, id: number, attempts: number, statusCodeSeen: number, at: Date, delivered: number) =>
    db
      .updateTable('webhook_deliveries')
      .set({
        status: delivered,
        delivered_at: at,
        locked_until: sql<null>`null`,
        last_status_code: statusCodeSeen,
        last_error: sql<null>`null`,
      })
      .where('id', '=', id)
      .where('attempts', '=', attempts),
);

/**
 * Releases a claimed delivery after a failed attempt: due again at `nextAttemptAt`, or failed for
 * good when that is undefined.
 */
export async function markAttemptFailed(
  db: Db,
  delivery: { readonly id: number; readonly attempts: number },
  outcome: { readonly statusCode: number | null; readonly error: string; readonly nextAttemptAt: Date | undefined },
): Promise<void> {
  await db
    .updateTable('webhook_deliveries')
    .set({
      locked_until: null,
      last_status_code: outcome.statusCode,
      last_error: outcome.error.slice(0, 64),
      ...(outcome.nextAttemptAt === undefined
        ? { status: statusCode('failed') }
        : { next_attempt_at: outcome.nextAttemptAt }),
    })
    .where('id', '=', delivery.id)
    .where('attempts', '=', delivery.attempts)
    .where('status', '=', statusCode('pending'))
    .execute();
}

/** How many deliveries wait, and when the oldest of them was queued (for the overview and metrics). */
export async function deliveryBacklog(db: Db): Promise<{ readonly pending: number; readonly oldest: Date | null }> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('oldest')])
    .where('status', '=', sql.lit(PENDING))
    .executeTakeFirstOrThrow();
  return { pending: Number(row.n), oldest: row.oldest === null ? null : fromDbTime(row.oldest as Date | string) };
}

/** Deletes delivered and failed deliveries created before `before` (the outbox is a queue, not an archive). */
export async function purgeDeliveries(db: Db, before: Date, limit: number): Promise<number> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select('id')
    .where('status', '!=', statusCode('pending'))
    .where('created_at', '<', before)
    .orderBy('id')
    .limit(sql.lit(limit))
    .execute();
  const ids = rows.map((r) => fromDbBigInt(r.id));
  if (ids.length === 0) return 0;
  const result = await db.deleteFrom('webhook_deliveries').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

function statusCode(status: DeliveryStatus): number {
  return DELIVERY_STATUSES.indexOf(status);
}
// Written into the SQL as literals where a query reads an index by status: the indexes hold only
// one status each (partial, migrations/018_webhook_delivery_partial_indexes.ts), and a planner
// uses a partial index only for a condition it can see implies the index's.
const PENDING = statusCode('pending');
const DELIVERED = statusCode('delivered');
const FAILED = statusCode('failed');

/** A delivery row as selected (COLUMNS: every column but the lease). */
function toDelivery(row: Omit<Selectable<WebhookDeliveriesTable>, 'locked_until'>): DeliveryRecord {
  return {
    id: fromDbBigInt(row.id),
    webhookId: row.webhook_id,
    eventId: row.event_id,
    type: row.type,
    tenantId: row.tenant_id === null ? null : Number(row.tenant_id),
    payload: row.payload,
    status: DELIVERY_STATUSES[Number(row.status)] ?? 'pending',
    attempts: Number(row.attempts),
    nextAttemptAt: fromDbTime(row.next_attempt_at),
    lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
    lastError: row.last_error,
    deliveredAt: row.delivered_at === null ? null : fromDbTime(row.delivered_at),
    created: fromDbTime(row.created_at),
  };
}

/** How many deliveries gave up after their last retry (webhook_deliveries_failed holds them). */
export async function countFailedDeliveries(db: Db): Promise<number> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .where('status', '=', sql.lit(FAILED))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
