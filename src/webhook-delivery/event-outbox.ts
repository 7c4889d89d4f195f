import type { Clock } from '../domain/clock.js';
import type { Actor } from '../domain/actor.js';
import type { DomainEvent, EventSink } from '../domain/webhook/domain-event.js';
import { newEventId } from '../domain/webhook/webhook-deliveries.js';
import { webhookEventBody, webhookEventBodyForClient } from '../wire/webhook-event.js';
import { insertDeliveries } from '../store/repositories/webhook-deliveries.js';
import { findEndpoint } from '../store/repositories/webhook-endpoints.js';
import { insertEventIfAnyEndpoint, type NewEvent } from '../store/repositories/webhook-events.js';

/**
 * Events into the webhook outbox, written with the change's transaction: one event row per
 * change, whatever the number of endpoints (the sender fans it out, see fan-out.ts), and nothing
 * at all while no endpoint is enabled. A test event for one endpoint becomes its delivery at once.
 * The body is fixed here, once (../wire/webhook-event.ts), so every attempt sends the same bytes.
 */
export function eventOutbox(deps: { readonly clock: Clock; readonly graceDays: number }): EventSink {
  /** The event's outbox row, built when called: only if an endpoint listens (see insertEventIfAnyEndpoint). */
  const queued = (actor: Actor, event: DomainEvent, eventId?: string) => (): NewEvent => {
    const now = deps.clock.now();
    return {
      eventId: eventId ?? newEventId(),
      type: event.type,
      tenantId: event.tenant?.id ?? null,
      clientId: event.tenant?.clientId ?? null,
      payload: webhookEventBody(event, actor, now, deps.graceDays),
      created: now,
    };
  };
  return {
    publish: async (tx, actor, event, options = {}) => {
      if (options.onlyEndpoint === undefined) {
        await insertEventIfAnyEndpoint(tx, queued(actor, event, options.eventId));
        return;
      }
      const only = await findEndpoint(tx, options.onlyEndpoint);
      if (only === undefined) return;
      const now = deps.clock.now();
      const payload = webhookEventBody(event, actor, now, deps.graceDays);
      const body = only.clientId === null ? payload : webhookEventBodyForClient(payload);
      const delivery = {
        webhookId: only.id,
        eventId: options.eventId ?? newEventId(),
        type: event.type,
        tenantId: event.tenant?.id ?? null,
        payload: body,
      };
      await insertDeliveries(tx, [delivery], now);
    },
    queued: (actor, event) => queued(actor, event),
  };
}
