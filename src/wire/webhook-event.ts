import { actorShownTo, auditActorOf, type Actor } from '../domain/actor.js';
import type { DomainEvent } from '../domain/webhook/domain-event.js';
import { presentTenant } from './portal.js';
import { presentTariff } from './tariff.js';

/**
 * The body of every webhook delivery: `{"type", "timestamp", "data": {"tenant", "tariff"?,
 * "changes"?, …the event's details, "actor"}}`, the tenant and tariff in the same shape as the API's answers, the actor
 * as the operator's endpoints see it. Fixed once per event, so every attempt sends (and signs)
 * the same bytes.
 */
export function webhookEventBody(event: DomainEvent, actor: Actor, now: Date, graceDays: number): string {
  return JSON.stringify({
    type: event.type,
    timestamp: now.toISOString(),
    data: {
      ...(event.tenant !== undefined ? { tenant: presentTenant(event.tenant) } : {}),
      ...(event.tariff !== undefined ? { tariff: presentTariff(event.tariff, now, graceDays) } : {}),
      ...(event.changes !== undefined && Object.keys(event.changes).length > 0 ? { changes: event.changes } : {}),
      ...event.details,
      actor: actorShownTo('operator', { ...auditActorOf(actor), ip: actor.ip }),
    },
  } satisfies EventBody);
}

/**
 * The body as a client's endpoints receive it: the operator named only as `{"type": "operator"}`
 * (a client learns that the operator acted, not which of its staff or from where).
 */
export function webhookEventBodyForClient(body: string): string {
  const parsed = JSON.parse(body) as EventBody & { data: { actor?: { type?: string } } };
  if (parsed.data.actor?.type !== 'operator') return body;
  return JSON.stringify({
    ...parsed,
    data: { ...parsed.data, actor: actorShownTo('client', { type: 'operator', id: null, ip: null }) },
  });
}

/** The body every delivery carries. */
interface EventBody {
  readonly type: DomainEvent['type'];
  readonly timestamp: string;
  readonly data: Readonly<Record<string, unknown>>;
}
