import { actorShownTo, auditActorOf } from '../domain/actor.js';
import type { Clock } from '../domain/clock.js';
import type { DomainEvent, EventSink } from '../domain/webhook/domain-event.js';
import { matchesFilter } from '../domain/webhook/event-types.js';
import { newEventId } from '../domain/webhook/webhook-deliveries.js';
import { presentTariff, presentTenant } from '../http/routes/portal/presenter.js';
import { insertDeliveries } from '../store/repositories/webhook-deliveries.js';
import { findEndpoint, listReceivingEndpoints } from '../store/repositories/webhook-endpoints.js';
import type { WebhookEndpointRecord } from '../store/records.js';

/**
 * Events into the webhook outbox: one delivery row per receiving endpoint, written with the
 * change's transaction. The body is fixed here, once, so every attempt sends (and signs) the
 * same bytes: `{"type", "timestamp", "data": {"tenant", "tariff"?, "changes"?, "actor"}}`, the
 * tenant and tariff in the same shape as the API's answers.
 */
export function eventOutbox(deps: { readonly clock: Clock; readonly graceDays: number }): EventSink {
  return {
    publish: async (tx, actor, event, options = {}) => {
      let endpoints: readonly WebhookEndpointRecord[];
      if (options.onlyEndpoint !== undefined) {
        const endpoint = await findEndpoint(tx, options.onlyEndpoint);
        endpoints = endpoint === undefined ? [] : [endpoint];
      } else {
        const all = await listReceivingEndpoints(tx, event.tenant?.clientId ?? null);
        endpoints = all.filter((e) => matchesFilter(e.events, event.type));
      }
      if (endpoints.length === 0) return;
      const now = deps.clock.now();
      const who = { ...auditActorOf(actor), ip: actor.ip };
      const payloadFor = (viewer: 'operator' | 'client') =>
        JSON.stringify({
          type: event.type,
          timestamp: now.toISOString(),
          data: {
            ...(event.tenant !== undefined ? { tenant: presentTenant(event.tenant) } : {}),
            ...(event.tariff !== undefined ? { tariff: presentTariff(event.tariff, now, deps.graceDays) } : {}),
            ...(event.changes !== undefined && Object.keys(event.changes).length > 0 ? { changes: event.changes } : {}),
            actor: actorShownTo(viewer, who),
          },
        } satisfies EventBody);
      // The operator's endpoints see who acted; a client's endpoints see the operator unnamed.
      const payloads = new Map<'operator' | 'client', string>();
      const payloadOf = (viewer: 'operator' | 'client') => {
        const made = payloads.get(viewer) ?? payloadFor(viewer);
        payloads.set(viewer, made);
        return made;
      };
      const eventId = options.eventId ?? newEventId();
      await insertDeliveries(
        tx,
        endpoints.map((endpoint) => ({
          webhookId: endpoint.id,
          eventId,
          type: event.type,
          tenantId: event.tenant?.id ?? null,
          payload: payloadOf(endpoint.clientId === null ? 'operator' : 'client'),
        })),
        now,
      );
    },
  };
}

/** The body every delivery carries. */
interface EventBody {
  readonly type: DomainEvent['type'];
  readonly timestamp: string;
  readonly data: Readonly<Record<string, unknown>>;
}
