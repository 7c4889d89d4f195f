import type { DeliveryRecord, DeliveryStatus, WebhookEndpointRecord } from '../../store/records.js';

/** An endpoint as the API shows it (never its secret). */
export interface WebhookView {
  readonly webhookId: string;
  readonly url: string;
  readonly events: readonly string[];
  readonly description: string;
  readonly disabled: boolean;
  readonly disabledReason: string | null;
  readonly clientId: string | null;
  readonly created: Date;
}

/** A delivery as the API shows it (never the receiver's answer). */
export interface DeliveryView {
  readonly deliveryId: string;
  readonly webhookId: string;
  readonly eventId: string;
  readonly type: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  readonly lastError: string | null;
  /** When the next attempt is due; null once delivered or failed. */
  readonly nextAttemptAt: Date | null;
  readonly deliveredAt: Date | null;
  readonly created: Date;
}

/** The view of a stored endpoint. */
export function webhookView(endpoint: WebhookEndpointRecord): WebhookView {
  return {
    webhookId: endpoint.id,
    url: endpoint.url,
    events: endpoint.events === '*' ? ['*'] : endpoint.events,
    description: endpoint.description,
    disabled: endpoint.disabled,
    disabledReason: endpoint.disabledReason,
    clientId: endpoint.clientId,
    created: endpoint.created,
  };
}

/** The view of a stored delivery. */
export function deliveryView(delivery: DeliveryRecord): DeliveryView {
  return {
    deliveryId: String(delivery.id),
    webhookId: delivery.webhookId,
    eventId: delivery.eventId,
    type: delivery.type,
    status: delivery.status,
    attempts: delivery.attempts,
    lastStatusCode: delivery.lastStatusCode,
    lastError: delivery.lastError,
    nextAttemptAt: delivery.status === 'pending' ? delivery.nextAttemptAt : null,
    deliveredAt: delivery.deliveredAt,
    created: delivery.created,
  };
}
