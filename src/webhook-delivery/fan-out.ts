import type { DomainContext } from '../domain/context.js';
import { HOUR_MS } from '../domain/time.js';
import { isWebhookEventType, matchesFilter } from '../domain/webhook/event-types.js';
import { insertDeliveries, pendingByEndpoint, type NewDelivery } from '../store/repositories/webhook-deliveries.js';
import { advanceEndpoint, fanOutEndpoints, type FanOutEndpoint } from '../store/repositories/webhook-endpoints.js';
import {
  eventsAfter,
  eventsInGaps,
  expireEventGaps,
  pruneEvents,
  recordEventGaps,
  takeEventGap,
  type QueuedEvent,
} from '../store/repositories/webhook-events.js';
import { webhookEventBodyForClient } from '../wire/webhook-event.js';

/**
 * The fan-out: events become deliveries, one per receiving endpoint (enabled, its filter matching,
 * owned by the operator or by the portal's client), at the pace each endpoint takes them.
 *
 * Every endpoint remembers the last event it was given or passed over. An endpoint with fewer than
 * WEBHOOK_MAX_PENDING deliveries waiting is given the events after that one, up to its room; one
 * whose backlog is full gets nothing more until its receiver catches up, and its events wait in the
 * outbox as one row each, shared by every endpoint, not copied into a delivery apiece. That way a
 * change pays for its one event row whatever its endpoints, a slow receiver costs the server work
 * at the rate it takes deliveries (not at the rate changes happen), and a burst beyond the backlog
 * limit waits to be sent rather than being recorded as failed. An endpoint that does not receive
 * now (disabled, or its client disabled or removed) passes over every event: it gets nothing from
 * its pause. An event every endpoint has passed is deleted, but for the newest: the outbox's ids
 * keep rising, so a new endpoint starts after the newest event.
 *
 * Ids are handed out when a change writes its event, and on PostgreSQL and MySQL changes commit in
 * any order: an id missing between events may be a change still committing. The fan-out waits for
 * it while the events after it are younger than EVENT_GAP_SETTLE_MS (so events usually go out in
 * order), then passes over it and remembers it for EVENT_GAP_MEMORY_MS; if its event turns up after
 * all, the endpoints that passed over it get it then. On SQLite one writer commits in id order and
 * no gap ever appears.
 *
 * Of several instances, each endpoint's move is made by one: the move is a compare-and-set of its
 * place, and the deliveries of an instance that lost it are not written (its transaction holds them
 * only if its move succeeded).
 */

/** How long events wait behind a missing id before the fan-out passes over it. */
export const EVENT_GAP_SETTLE_MS = 5_000;
/** How long a passed-over id is watched for an event that commits late. */
export const EVENT_GAP_MEMORY_MS = HOUR_MS;
/** The most missing ids remembered at one place (older ones in a wider gap were rolled back long ago). */
const GAP_IDS_REMEMBERED = 1_000;

/**
 * One round of the fan-out, in one transaction. Resolves to the number of events handed out or
 * passed over: more may be waiting while it is above 0.
 */
export async function fanOutEvents(
  ctx: DomainContext,
  options: {
    readonly batch: number;
    /** Told the endpoint of every delivery queued. */
    readonly onQueued?: ((webhookId: string) => void) | undefined;
  },
): Promise<number> {
  const db = ctx.store.db;
  const endpoints = await fanOutEndpoints(db);
  if (endpoints.length === 0) return 0;
  const maxPending = ctx.options.webhooks.maxPending;
  const receiving = endpoints.filter((endpoint) => endpoint.receiving);
  const waiting = await pendingByEndpoint(
    db,
    receiving.map((endpoint) => endpoint.id),
  );
  const roomOf = new Map(receiving.map((endpoint) => [endpoint.id, maxPending - (waiting.get(endpoint.id) ?? 0)]));
  // Who moves this round: receivers with room, and paused endpoints (to pass over what they miss).
  const paused = endpoints.filter((endpoint) => !endpoint.receiving);
  // In id order, as read: two instances moving the same endpoints lock their rows in one order.
  const moving = endpoints.filter((endpoint) => !endpoint.receiving || (roomOf.get(endpoint.id) ?? 0) > 0);
  const late = await eventsInGaps(db);
  if (moving.length === 0 && late.length === 0) return 0;

  const from = Math.min(...moving.map((endpoint) => endpoint.fannedThrough));
  // Enough events for the roomiest receiver (more while a paused endpoint has some to pass over).
  const wanted = paused.length > 0 ? options.batch : Math.max(...moving.map((e) => roomOf.get(e.id) ?? 0));
  const read = moving.length === 0 ? [] : await eventsAfter(db, from, Math.min(options.batch, wanted));
  const now = ctx.clock.now();
  const { events, gaps } = settledRun(read, from, now);
  if (events.length === 0 && late.length === 0) return 0;

  const { handled, deliveries } = await ctx.store.transaction(async (tx) => {
    const queued: NewDelivery[] = [];
    // Events that committed after the fan-out passed over their ids: to the endpoints that passed them.
    let lateTaken = 0;
    for (const event of late) {
      if (!(await takeEventGap(tx, event.id))) continue;
      lateTaken += 1;
      for (const endpoint of receiving)
        if (endpoint.fannedThrough >= event.id && receives(endpoint, event)) queued.push(deliveryOf(endpoint, event));
    }

    let passed = 0;
    const placeOf = new Map(endpoints.map((endpoint) => [endpoint.id, endpoint.fannedThrough]));
    for (const endpoint of moving) {
      const given: NewDelivery[] = [];
      let room = roomOf.get(endpoint.id) ?? 0;
      let through = endpoint.fannedThrough;
      for (const event of events) {
        if (event.id <= endpoint.fannedThrough) continue;
        if (endpoint.receiving && receives(endpoint, event)) {
          // No room left: this event and the ones after it wait for the next round.
          if (room === 0) break;
          given.push(deliveryOf(endpoint, event));
          room -= 1;
        }
        through = event.id;
      }
      if (through === endpoint.fannedThrough) continue;
      if (!(await advanceEndpoint(tx, endpoint.id, endpoint.fannedThrough, through))) continue;
      passed = Math.max(passed, events.filter((e) => e.id > endpoint.fannedThrough && e.id <= through).length);
      placeOf.set(endpoint.id, through);
      queued.push(...given);
    }
    const furthest = Math.max(...placeOf.values());
    await recordEventGaps(
      tx,
      gaps.filter((id) => id < furthest),
      now,
    );
    await insertDeliveries(tx, queued, now);
    // What every endpoint has passed is deleted (the gaps' late events excepted, see pruneEvents).
    const slowest = Math.min(...placeOf.values());
    if (slowest > Math.min(...endpoints.map((endpoint) => endpoint.fannedThrough)) || late.length > 0)
      await pruneEvents(tx, slowest);
    await expireEventGaps(tx, new Date(now.getTime() - EVENT_GAP_MEMORY_MS));
    return { handled: passed + lateTaken, deliveries: queued };
  });
  for (const delivery of deliveries) options.onQueued?.(delivery.webhookId);
  return handled;
}

/**
 * The events that may be handed out now: those read, up to the first missing id that events
 * younger than EVENT_GAP_SETTLE_MS follow (a change may still be committing it). Older gaps are
 * passed over, and their ids returned to be remembered.
 */
function settledRun(
  read: readonly QueuedEvent[],
  from: number,
  now: Date,
): { readonly events: readonly QueuedEvent[]; readonly gaps: readonly number[] } {
  const gaps: number[] = [];
  let expected = from + 1;
  for (const [index, event] of read.entries()) {
    if (event.id > expected) {
      if (now.getTime() - event.created.getTime() < EVENT_GAP_SETTLE_MS) return { events: read.slice(0, index), gaps };
      for (let id = Math.max(expected, event.id - GAP_IDS_REMEMBERED); id < event.id; id++) gaps.push(id);
    }
    expected = event.id + 1;
  }
  return { events: read, gaps };
}

/** Whether an endpoint receives an event: its filter names the type; it is the operator's or the portal's client's. */
function receives(endpoint: FanOutEndpoint, event: QueuedEvent): boolean {
  if (endpoint.clientId !== null && endpoint.clientId !== event.clientId) return false;
  return isWebhookEventType(event.type) && matchesFilter(endpoint.events, event.type);
}

/** The delivery of an event to an endpoint: a client's endpoints get the body with the operator unnamed. */
function deliveryOf(endpoint: FanOutEndpoint, event: QueuedEvent): NewDelivery {
  return {
    webhookId: endpoint.id,
    eventId: event.eventId,
    type: event.type,
    tenantId: event.tenantId,
    payload: endpoint.clientId === null ? event.payload : webhookEventBodyForClient(event.payload),
  };
}
