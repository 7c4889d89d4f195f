import { z } from 'zod';
import type { DeliveryView, WebhookView } from '../domain/webhook/webhook-view.js';
import { DELIVERY_STATUSES } from '../store/records.js';

/** The endpoint object (never its secret). */
export const webhookSchema = z.object({
  webhookId: z.string(),
  url: z.string(),
  events: z.array(z.string()),
  description: z.string(),
  disabled: z.boolean(),
  disabledReason: z.string().nullable(),
  clientId: z.string().nullable(),
  created: z.string(),
});

/** The delivery object (never the receiver's answer). */
export const deliverySchema = z.object({
  deliveryId: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  type: z.string(),
  status: z.enum(DELIVERY_STATUSES),
  attempts: z.number().int(),
  lastStatusCode: z.number().int().nullable(),
  lastError: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  deliveredAt: z.string().nullable(),
  created: z.string(),
});

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
