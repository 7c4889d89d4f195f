import { z } from 'zod';
import { DELIVERY_STATUSES } from '../../../store/records.js';
import { flag, integer, text, textList } from '../../params.js';

/** Inputs, read liberally by ../../params.ts; `events` takes a JSON array, repeated fields or a comma-separated text. */
export const createInput = z.object({ url: text(), events: textList(), description: text() });
export const webhookRefInput = z.object({ webhookId: text() });
export const updateInput = z.object({
  webhookId: text(),
  url: text(),
  events: textList(),
  description: text(),
  disabled: flag(),
});
export const deliveriesInput = z.object({ webhookId: text(), status: text(), limit: integer(), after: text() });
export const redeliverInput = z.object({ deliveryId: text() });

/** The endpoint object W (never its secret). */
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

/** The delivery object D (never the receiver's answer). */
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

export const webhookResponse = z.object({ webhook: webhookSchema });
export const webhookWithSecretResponse = z.object({ webhook: webhookSchema, secret: z.string() });
export const webhooksResponse = z.object({ webhooks: z.array(webhookSchema) });
export const removedWebhookResponse = z.object({ webhook: webhookSchema, removed: z.boolean() });
export const deliveryResponse = z.object({ delivery: deliverySchema });
export const deliveriesResponse = z.object({ deliveries: z.array(deliverySchema), next: z.string().nullable() });
