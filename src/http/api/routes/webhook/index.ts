import type { FastifyInstance } from 'fastify';
import {
  createWebhook,
  getWebhook,
  listWebhooks,
  removeWebhook,
  rotateWebhookSecret,
  updateWebhook,
} from '../../../../domain/webhook/manage-webhooks.js';
import { listWebhookDeliveries, redeliver, testWebhook } from '../../../../domain/webhook/webhook-deliveries.js';
import { actorOf, logAfter } from '../../actor.js';
import { answerChange } from '../../idempotency.js';
import { alwaysSigned, endpoint } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';
import { presentDelivery, presentWebhook } from '../../../../wire/webhook.js';
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
export function webhookRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx } = deps;
  app.post(
    '/webhook/create',
    ...endpoint(
      {
        tag,
        summary: 'Create a webhook endpoint; its signing secret is shown only in this answer',
        access,
        input: createInput,
        responses: { 201: webhookWithSecretResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          201,
          (scope) =>
            createWebhook(ctx, scope, input).then(
              logAfter(request, 'webhook endpoint created', (w) => ({ webhookId: w.webhook.webhookId })),
            ),
          (created) => ({ webhook: presentWebhook(created.webhook), secret: created.secret }),
        );
      },
    ),
  );

  app.get(
    '/webhook/list',
    ...endpoint(
      { tag, summary: 'The webhook endpoints the caller may see', access, responses: { 200: webhooksResponse } },
      async (_input, request) => ({
        webhooks: (await listWebhooks(ctx, actorOf(request))).map(presentWebhook),
      }),
    ),
  );

  app.get(
    '/webhook/get',
    ...endpoint(
      {
        tag,
        summary: 'One webhook endpoint',
        access,
        input: webhookRefInput,
        responses: { 200: webhookResponse },
      },
      async (input, request) => {
        return { webhook: presentWebhook(await getWebhook(ctx, actorOf(request), input.webhookId)) };
      },
    ),
  );

  app.put(
    '/webhook/update',
    ...endpoint(
      {
        tag,
        summary: 'Change a webhook endpoint (fields not sent keep their values)',
        access,
        input: updateInput,
        responses: { 200: webhookResponse },
      },
      async ({ webhookId, ...change }, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) => updateWebhook(ctx, scope, webhookId, change),
          (webhook) => ({ webhook: presentWebhook(webhook) }),
        );
      },
    ),
  );

  app.delete(
    '/webhook/remove',
    ...endpoint(
      {
        tag,
        summary: 'Remove a webhook endpoint and its deliveries',
        access,
        input: webhookRefInput,
        responses: { 200: removedWebhookResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) => removeWebhook(ctx, scope, input.webhookId),
          (webhook) => ({ webhook: presentWebhook(webhook), removed: true }),
        );
      },
    ),
  );

  app.post(
    '/webhook/rotate',
    ...endpoint(
      {
        tag,
        summary: 'Give an endpoint a new signing secret (deliveries carry both signatures for 24 h)',
        access,
        input: webhookRefInput,
        responses: { 200: webhookWithSecretResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) => rotateWebhookSecret(ctx, scope, input.webhookId),
          (rotated) => ({
            webhook: presentWebhook(rotated.webhook),
            secret: rotated.secret,
          }),
        );
      },
    ),
  );

  app.post(
    '/webhook/test',
    ...endpoint(
      {
        tag,
        summary: 'Queue a webhook.test event to this endpoint alone',
        access,
        input: webhookRefInput,
        responses: { 200: deliveryResponse },
      },
      async (input, request, reply) => {
        const caller = request.caller;
        await deps.protection.countWebhookTest(
          caller.kind === 'client' ? `client:${caller.client.clientId}` : 'operator',
        );
        return answerChange(
          request,
          reply,
          200,
          (scope) => testWebhook(ctx, scope, input.webhookId),
          (delivery) => ({ delivery: presentDelivery(delivery) }),
        );
      },
    ),
  );

  app.get(
    '/webhook/deliveries',
    ...endpoint(
      {
        tag,
        summary: "An endpoint's deliveries, newest first",
        access,
        input: deliveriesInput,
        responses: { 200: deliveriesResponse },
      },
      async ({ webhookId, ...query }, request) => {
        const page = await listWebhookDeliveries(ctx, actorOf(request), webhookId, query);
        return { deliveries: page.deliveries.map(presentDelivery), next: page.next };
      },
    ),
  );

  app.post(
    '/webhook/redeliver',
    ...endpoint(
      {
        tag,
        summary: 'Queue a delivery again at once (the same webhook-id)',
        access,
        input: redeliverInput,
        responses: { 200: deliveryResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) => redeliver(ctx, scope, input.deliveryId),
          (delivery) => ({ delivery: presentDelivery(delivery) }),
        );
      },
    ),
  );
}
