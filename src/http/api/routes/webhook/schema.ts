import { z } from 'zod';
import { deliverySchema, webhookSchema } from '../../../../wire/webhook.js';
import { flag, integer, text, textList } from '../../params.js';

/**
 * Inputs, read liberally by ../../params.ts; `events` takes a JSON array, repeated fields or a
 * comma-separated text.
 */
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

export const webhookResponse = z.object({ webhook: webhookSchema });
export const webhookWithSecretResponse = z.object({ webhook: webhookSchema, secret: z.string() });
export const webhooksResponse = z.object({ webhooks: z.array(webhookSchema) });
export const removedWebhookResponse = z.object({ webhook: webhookSchema, removed: z.boolean() });
export const deliveryResponse = z.object({ delivery: deliverySchema });
export const deliveriesResponse = z.object({ deliveries: z.array(deliverySchema), next: z.string().nullable() });
