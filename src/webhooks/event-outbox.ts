import { actorShownTo, auditActorOf } from '../domain/actor.js';
import type { Clock } from '../domain/clock.js';
import type { DomainEvent, EventSink } from '../domain/webhook/domain-event.js';
import { newEventId } from '../domain/webhook/webhook-deliveries.js';
import { presentTariff, presentTenant } from '../http/routes/portal/presenter.js';
import { insertDeliveries } from '../store/repositories/webhook-deliveries.js';
import { anyEnabledEndpoint, findEndpoint } from '../store/repositories/webhook-endpoints.js';
import { insertEvent } from '../store/repositories/webhook-events.js';

/**
 * Events into the webhook outbox, written with the change's transaction: one event row per
 * change, whatever the number of endpoints (the sender fans it out, see fan-out.ts), and nothing
 * at all while no endpoint is enabled. A test event for one endpoint becomes its delivery at once.
 * The body is fixed here, once, so every attempt sends (and signs) the same bytes: `{"type",
 * "timestamp", "data": {"tenant", "tariff"?, "changes"?, "actor"}}`, the tenant and tariff in the
 * same shape as the API's answers, the actor as the operator's endpoints see it.
 */
export function eventOutbox(deps: { readonly clock: Clock; readonly graceDays: number }): EventSink {
  return {
    publish: async (tx, actor, event, options = {}) => {
      const only = options.onlyEndpoint === undefined ? undefined : await findEndpoint(tx, options.onlyEndpoint);
      if (options.onlyEndpoint !== undefined ? only === undefined : !(await anyEnabledEndpoint(tx))) return;
      const now = deps.clock.now();
      const payload = JSON.stringify({
        type: event.type,
        timestamp: now.toISOString(),
        data: {
          ...(event.tenant !== undefined ? { tenant: presentTenant(event.tenant) } : {}),
          ...(event.tariff !== undefined ? { tariff: presentTariff(event.tariff, now, deps.graceDays) } : {}),
          ...(event.changes !== undefined && Object.keys(event.changes).length > 0 ? { changes: event.changes } : {}),
          actor: actorShownTo('operator', { ...auditActorOf(actor), ip: actor.ip }),
        },
      } satisfies EventBody);
      const eventId = options.eventId ?? newEventId();
      const tenantId = event.tenant?.id ?? null;
      if (only !== undefined) {
        const body = only.clientId === null ? payload : payloadForClient(payload);
        await insertDeliveries(tx, [{ webhookId: only.id, eventId, type: event.type, tenantId, payload: body }], now);
        return;
      }
      await insertEvent(tx, {
        eventId,
        type: event.type,
        tenantId,
        clientId: event.tenant?.clientId ?? null,
        payload,
        created: now,
      });
    },
  };
}

/**
 * The body as a client's endpoints receive it: the operator named only as `{"type": "operator"}`
 * (a client learns that the operator acted, not which of its staff or from where).
 */
export function payloadForClient(payload: string): string {
  const body = JSON.parse(payload) as EventBody & { data: { actor?: { type?: string } } };
  if (body.data.actor?.type !== 'operator') return payload;
  return JSON.stringify({
    ...body,
    data: { ...body.data, actor: actorShownTo('client', { type: 'operator', id: null, ip: null }) },
  });
}

/** The body every delivery carries. */
interface EventBody {
  readonly type: DomainEvent['type'];
  readonly timestamp: string;
  readonly data: Readonly<Record<string, unknown>>;
}
