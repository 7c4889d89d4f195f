import type { TariffRecord, TenantRecord } from '../../store/records.js';
import type { NewEvent } from '../../store/repositories/webhook-events.js';
import type { Db } from '../../store/store.js';
import type { Actor } from '../actor.js';
import type { Changes } from '../audit/audit-actions.js';
import type { WebhookEventType } from './event-types.js';

/** Something that happened to a portal, as the provider's systems learn of it. */
export interface DomainEvent {
  readonly type: WebhookEventType;
  /** The portal as it is after the change (absent for webhook.test). */
  readonly tenant?: TenantRecord | undefined;
  /** The portal's tariff, for tariff events. */
  readonly tariff?: TariffRecord | undefined;
  readonly changes?: Changes | undefined;
  /**
   * What the event says beyond the portal and its tariff, as fields of the body's `data` (a
   * reminder's due date, a usage threshold's figure and limit), under names of their own: never
   * `tenant`, `tariff`, `changes` or `actor`, which the body already has.
   */
  readonly details?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Where events go: queued, inside the transaction of the change that caused them, for every
 * webhook endpoint that should receive them (no event without its change, no change without its
 * event). The implementation (src/webhooks/) decides the wire format; the rules only say what
 * happened.
 */
export interface EventSink {
  /**
   * Queues `event` for the endpoints whose filter and owner match (or for `onlyEndpoint` alone,
   * whatever its filter), under `eventId` if given (a new id otherwise).
   */
  publish(
    tx: Db,
    actor: Actor,
    event: DomainEvent,
    options?: { readonly onlyEndpoint?: string; readonly eventId?: string },
  ): Promise<void>;
  /**
   * `event` as the row `publish` queues for the matching endpoints, built when called (its body
   * fixed then, once): for a change that writes it in one statement with its audit record.
   */
  queued(actor: Actor, event: DomainEvent): () => NewEvent;
}
