import type { DomainContext } from '../domain/context.js';
import { isWebhookEventType, matchesFilter } from '../domain/webhook/event-types.js';
import type { WebhookEndpointRecord } from '../store/records.js';
import { insertDeliveries, pendingByEndpoint, type NewDelivery } from '../store/repositories/webhook-deliveries.js';
import { listReceivingEndpoints } from '../store/repositories/webhook-endpoints.js';
import { oldestEvents, takeEvent } from '../store/repositories/webhook-events.js';
import { webhookEventBodyForClient } from '../wire/webhook-event.js';

/** What a delivery beyond its endpoint's backlog limit is recorded with (failed at once, redeliverable). */
export const BACKLOG_FULL = 'backlog_full';

/**
 * Fans the oldest queued events out into deliveries, one per receiving endpoint (enabled, its
 * filter matching, owned by the operator or by the portal's client), in one transaction: an event
 * leaves the queue together with its deliveries. Of several instances, each event is taken by
 * one. An endpoint with WEBHOOK_MAX_PENDING deliveries waiting gets the new one recorded as
 * failed (`backlog_full`): one flooded receiver cannot grow the outbox without end. Resolves to
 * the number of events taken.
 */
export async function fanOutEvents(
  ctx: DomainContext,
  options: {
    readonly batch: number;
    /** Told the endpoint of every delivery queued to be sent (not of those refused as backlog_full). */
    readonly onQueued?: ((webhookId: string) => void) | undefined;
  },
): Promise<number> {
  const events = await oldestEvents(ctx.store.db, options.batch);
  if (events.length === 0) return 0;
  const maxPending = ctx.options.webhooks.maxPending;
  return ctx.store.transaction(async (tx) => {
    const receiversOf = new Map<string | null, readonly WebhookEndpointRecord[]>();
    const pending = new Map<string, number>();
    let taken = 0;
    // In id order, so two instances taking overlapping batches lock rows in the same order.
    for (const event of events) {
      if (!(await takeEvent(tx, event.id))) continue;
      taken += 1;
      let receivers = receiversOf.get(event.clientId);
      if (receivers === undefined) {
        receivers = await listReceivingEndpoints(tx, event.clientId);
        receiversOf.set(event.clientId, receivers);
      }
      const type = event.type;
      const matching = isWebhookEventType(type)
        ? receivers.filter((endpoint) => matchesFilter(endpoint.events, type))
        : [];
      const unknown = matching.filter((endpoint) => !pending.has(endpoint.id)).map((endpoint) => endpoint.id);
      for (const [id, count] of await pendingByEndpoint(tx, unknown)) pending.set(id, count);
      const deliveries = matching.map((endpoint): NewDelivery => {
        const waiting = pending.get(endpoint.id) ?? 0;
        const full = waiting >= maxPending;
        if (!full) pending.set(endpoint.id, waiting + 1);
        return {
          webhookId: endpoint.id,
          eventId: event.eventId,
          type: event.type,
          tenantId: event.tenantId,
          payload: endpoint.clientId === null ? event.payload : webhookEventBodyForClient(event.payload),
          refused: full ? BACKLOG_FULL : undefined,
        };
      });
      await insertDeliveries(tx, deliveries, ctx.clock.now());
      for (const delivery of deliveries) if (delivery.refused === undefined) options.onQueued?.(delivery.webhookId);
    }
    return taken;
  });
}
