import type { FastifyInstance } from 'fastify';
import { createClient } from '../../../../domain/client/create-client.js';
import { getClient, listApiClients } from '../../../../domain/client/find-clients.js';
import { rotateClientSecret } from '../../../../domain/client/rotate-client-secret.js';
import { removeApiClient, updateApiClient } from '../../../../domain/client/update-client.js';
import { logAfter } from '../../actor.js';
import { answerChange } from '../../idempotency.js';
import { OPERATOR, endpoint } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';
import { createExamples } from './examples.js';
import { presentClient } from '../../../../wire/client.js';
import {
  clientRefInput,
  clientResponse,
  clientsResponse,
  clientWithSecretResponse,
  createInput,
  removedClientResponse,
  rotateInput,
  updateInput,
} from './schema.js';

const tag = 'client';

/** API clients ("client creation"): the operator's methods to give each reseller or panel its own key. */
export function clientRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.post(
    '/client/create',
    ...endpoint(
      {
        tag,
        summary: 'Create an API client; its secret is shown only in this answer',
        access: OPERATOR,
        input: createInput,
        responses: { 201: clientWithSecretResponse },
        examples: createExamples,
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          201,
          (scope) =>
            createClient(ctx, scope, input).then(
              logAfter(request, 'API client created', (c) => ({ clientId: c.client.clientId })),
            ),
          (created) => ({ client: presentClient(created.client), secret: created.secret }),
        );
      },
    ),
  );

  app.get(
    '/client/get',
    ...endpoint(
      {
        tag,
        summary: 'One API client',
        access: OPERATOR,
        input: clientRefInput,
        responses: { 200: clientResponse },
      },
      async (input) => {
        return { client: presentClient(await getClient(ctx, input.clientId)) };
      },
    ),
  );

  app.get(
    '/client/list',
    ...endpoint(
      {
        tag,
        summary: 'Every API client, in creation order',
        access: OPERATOR,
        responses: { 200: clientsResponse },
      },
      async () => ({
        clients: (await listApiClients(ctx)).map(presentClient),
      }),
    ),
  );

  app.put(
    '/client/update',
    ...endpoint(
      {
        tag,
        summary: 'Change an API client (fields not sent keep their values)',
        access: OPERATOR,
        input: updateInput,
        responses: { 200: clientResponse },
      },
      async ({ clientId, ...change }, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) => updateApiClient(ctx, scope, clientId, change),
          (client) => ({ client: presentClient(client) }),
        );
      },
    ),
  );

  app.post(
    '/client/rotate',
    ...endpoint(
      {
        tag,
        summary: 'Give an API client a new secret (the old one stays valid for graceMinutes)',
        access: OPERATOR,
        input: rotateInput,
        responses: { 200: clientWithSecretResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) =>
            rotateClientSecret(ctx, scope, input.clientId, input.graceMinutes).then(
              logAfter(request, 'API client secret rotated', (c) => ({ clientId: c.client.clientId })),
            ),
          (rotated) => ({
            client: presentClient(rotated.client),
            secret: rotated.secret,
          }),
        );
      },
    ),
  );

  app.delete(
    '/client/remove',
    ...endpoint(
      {
        tag,
        summary: 'Remove an API client (its portals stay; its id stays taken)',
        access: OPERATOR,
        input: clientRefInput,
        responses: { 200: removedClientResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) =>
            removeApiClient(ctx, scope, input.clientId).then(
              logAfter(request, 'API client removed', (c) => ({ clientId: c.clientId })),
            ),
          (client) => ({ client: presentClient(client), removed: true }),
        );
      },
    ),
  );
}
