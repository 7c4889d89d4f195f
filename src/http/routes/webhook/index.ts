import type { FastifyInstance } from 'fastify';
import { createWebhook, getWebhook, listWebhooks, removeWebhook, rotateWebhookSecret, updateWebhook } from '../../../domain/webhook/manage-webhooks.js';
import { listWebhookDeliveries, redeliver, testWebhook } from '../../../domain/webhook/webhook-deliveries.js';
import { actorOf, changeScope } from '../../actor.js';
import { parseInput, readParams } from '../../params.js';
import { alwaysSigned, route } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';
import { presentDelivery, presentWebhook } from './presenter.js';
import {
  createInput,
  deliveriesInput,
  deliveriesResponse,
  deliveryResponse,
  redeliverInput,
  removedWebhookResponse,
  updateInput,
  webhookRefInput,
  webhookResponse,
  webhooksResponse,
  webhookWithSecretResponse,
} from './schema.js';

const tag = 'webhook';
/** The operator, or a client with the `webhooks` scope (managing its own endpoints only). */
const access = alwaysSigned('webhooks');

/** Webhook endpoints and their deliveries: signed events out to the provider's own systems. */
export function webhookRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.post(
    '/webhook/create',
    route({ tag, summary: 'Create a webhook endpoint; its signing secret is shown only in this answer', access, input: createInput, responses: { 201: webhookWithSecretResponse } }),
    async (request, reply) => {
      const input = parseInput(createInput, readParams(request));
      const created = await createWebhook(ctx, changeScope(request), input);
      request.log.info({ webhookId: created.webhook.webhookId }, 'webhook endpoint created');
      return reply.code(201).send({ webhook: presentWebhook(created.webhook), secret: created.secret });
    },
  );

  app.get('/webhook/list', route({ tag, summary: 'The webhook endpoints the caller may see', access, responses: { 200: webhooksResponse } }), async (request) => ({
    webhooks: (await listWebhooks(ctx, actorOf(request))).map(presentWebhook),
  }));

  app.get('/webhook/get', route({ tag, summary: 'One webhook endpoint', access, input: webhookRefInput, responses: { 200: webhookResponse } }), async (request) => {
    const input = parseInput(webhookRefInput, readParams(request));
    return { webhook: presentWebhook(await getWebhook(ctx, actorOf(request), input.webhookId)) };
  });

  app.put(
    '/webhook/update',
    route({ tag, summary: 'Change a webhook endpoint (fields not sent keep their values)', access, input: updateInput, responses: { 200: webhookResponse } }),
    async (request) => {
      const { webhookId, ...change } = parseInput(updateInput, readParams(request));
      return { webhook: presentWebhook(await updateWebhook(ctx, changeScope(request), webhookId, change)) };
    },
  );

  app.delete(
    '/webhook/remove',
    route({ tag, summary: 'Remove a webhook endpoint and its deliveries', access, input: webhookRefInput, responses: { 200: removedWebhookResponse } }),
    async (request) => {
      const input = parseInput(webhookRefInput, readParams(request));
      return { webhook: presentWebhook(await removeWebhook(ctx, changeScope(request), input.webhookId)), removed: true };
    },
  );

  app.post(
    '/webhook/rotate',
    route({ tag, summary: "Give an endpoint a new signing secret (deliveries carry both signatures for 24 h)", access, input: webhookRefInput, responses: { 200: webhookWithSecretResponse } }),
    async (request) => {
      const input = parseInput(webhookRefInput, readParams(request));
      const rotated = await rotateWebhookSecret(ctx, changeScope(request), input.webhookId);
      return { webhook: presentWebhook(rotated.webhook), secret: rotated.secret };
    },
  );

  app.post(
    '/webhook/test',
    route({ tag, summary: 'Queue a webhook.test event to this endpoint alone', access, input: webhookRefInput, responses: { 200: deliveryResponse } }),
    async (request) => {
      const input = parseInput(webhookRefInput, readParams(request));
      return { delivery: presentDelivery(await testWebhook(ctx, changeScope(request), input.webhookId)) };
    },
  );

  app.get(
    '/webhook/deliveries',
    route({ tag, summary: "An endpoint's deliveries, newest first", access, input: deliveriesInput, responses: { 200: deliveriesResponse } }),
    async (request) => {
      const { webhookId, ...query } = parseInput(deliveriesInput, readParams(request));
      const page = await listWebhookDeliveries(ctx, actorOf(request), webhookId, query);
      return { deliveries: page.deliveries.map(presentDelivery), next: page.next };
    },
  );

  app.post(
    '/webhook/redeliver',
    route({ tag, summary: 'Queue a delivery again at once (the same webhook-id)', access, input: redeliverInput, responses: { 200: deliveryResponse } }),
    async (request) => {
      const input = parseInput(redeliverInput, readParams(request));
      return { delivery: presentDelivery(await redeliver(ctx, changeScope(request), input.deliveryId)) };
    },
  );
}
