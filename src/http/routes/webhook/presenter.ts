import type { z } from 'zod';
import type { DeliveryView, WebhookView } from '../../../domain/webhook/webhook-view.js';
import type { deliverySchema, webhookSchema } from './schema.js';

/** The endpoint object of every webhook/* answer. */
export function presentWebhook(webhook: WebhookView): z.output<typeof webhookSchema> {
  return { ...webhook, events: [...webhook.events], created: webhook.created.toISOString() };
}

/** The delivery object. */
export function presentDelivery(delivery: DeliveryView): z.output<typeof deliverySchema> {
  return {
    ...delivery,
    nextAttemptAt: delivery.nextAttemptAt === null ? null : delivery.nextAttemptAt.toISOString(),
    deliveredAt: delivery.deliveredAt === null ? null : delivery.deliveredAt.toISOString(),
    created: delivery.created.toISOString(),
  };
}
