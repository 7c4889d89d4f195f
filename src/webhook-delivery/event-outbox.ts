import type { Clock } from '../domain/clock.js';
import type { EventSink } from '../domain/webhook/domain-event.js';
import { newEventId } from '../domain/webhook/webhook-deliveries.js';
import { webhookEventBody, webhookEventBodyForClient } from '../wire/webhook-event.js';
import { insertDeliveries } from '../store/repositories/webhook-deliveries.js';
import { findEndpoint } from '../store/repositories/webhook-endpoints.js';
import { insertEventIfAnyEndpoint } from '../store/repositories/webhook-events.js';

/**
 * Events into the webhook outbox, written with the change's transaction: one event row per
 * change, whatever the number of endpoints (the sender fans it out, see fan-out.ts), and nothing
 * at all while no endpoint is enabled. A test event for one endpoint becomes its delivery at once.
 * The body is fixed here, once (../wire/webhook-event.ts), so every attempt sends the same bytes.
 */
export function eventOutbox(deps: { readonly clock: Clock; readonly graceDays: number }): EventSink {
  return {
    publish: async (tx, actor, event, options = {}) => {
      const only = options.onlyEndpoint === undefined ? undefined : await findEndpoint(tx, options.onlyEndpoint);
      if (options.onlyEndpoint !== undefined && only === undefined) return;
      const now = deps.clock.now();
      const tenantId = event.tenant?.id ?? null;
      if (only !== undefined) {
        const payload = webhookEventBody(event, actor, now, deps.graceDays);
        const body = only.clientId === null ? payload : webhookEventBodyForClient(payload);
        const eventId = options.eventId ?? newEventId();
        await insertDeliveries(tx, [{ webhookId: only.id, eventId, type: event.type, tenantId, payload: body }], now);
        return;
      }
      // Built only if an endpoint listens (see insertEventIfAnyEndpoint).
      await insertEventIfAnyEndpoint(tx, () => ({
        eventId: options.eventId ?? newEventId(),
        type: event.type,
        tenantId,
        clientId: event.tenant?.clientId ?? null,
        payload: webhookEventBody(event, actor, now, deps.graceDays),
        created: now,
      }));
    },
  };
}
