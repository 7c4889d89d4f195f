import type { FastifyInstance } from 'fastify';
import { createClient } from '../../../domain/client/create-client.js';
import { getClient, listApiClients } from '../../../domain/client/find-clients.js';
import { rotateClientSecret } from '../../../domain/client/rotate-client-secret.js';
import { removeApiClient, updateApiClient } from '../../../domain/client/update-client.js';
import { changeScope } from '../../actor.js';
import { parseInput, readParams } from '../../params.js';
import { OPERATOR, route } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';
import { createExamples } from './examples.js';
import { presentClient } from './presenter.js';
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
    route({ tag, summary: 'Create an API client; its secret is shown only in this answer', access: OPERATOR, input: createInput, responses: { 201: clientWithSecretResponse }, examples: createExamples }),
    async (request, reply) => {
      const input = parseInput(createInput, readParams(request));
      const created = await createClient(ctx, changeScope(request), input);
      request.log.info({ clientId: created.client.clientId }, 'API client created');
      return reply.code(201).send({ client: presentClient(created.client), secret: created.secret });
    },
  );

  app.get('/client/get', route({ tag, summary: 'One API client', access: OPERATOR, input: clientRefInput, responses: { 200: clientResponse } }), async (request) => {
    const input = parseInput(clientRefInput, readParams(request));
    return { client: presentClient(await getClient(ctx, input.clientId)) };
  });

  app.get('/client/list', route({ tag, summary: 'Every API client, in creation order', access: OPERATOR, responses: { 200: clientsResponse } }), async () => ({
    clients: (await listApiClients(ctx)).map(presentClient),
  }));

  app.put(
    '/client/update',
    route({ tag, summary: 'Change an API client (fields not sent keep their values)', access: OPERATOR, input: updateInput, responses: { 200: clientResponse } }),
    async (request) => {
      const { clientId, ...change } = parseInput(updateInput, readParams(request));
      return { client: presentClient(await updateApiClient(ctx, changeScope(request), clientId, change)) };
    },
  );

  app.post(
    '/client/rotate',
    route({ tag, summary: "Give an API client a new secret (the old one stays valid for graceMinutes)", access: OPERATOR, input: rotateInput, responses: { 200: clientWithSecretResponse } }),
    async (request) => {
      const input = parseInput(rotateInput, readParams(request));
      const rotated = await rotateClientSecret(ctx, changeScope(request), input.clientId, input.graceMinutes);
      request.log.info({ clientId: rotated.client.clientId }, 'API client secret rotated');
      return { client: presentClient(rotated.client), secret: rotated.secret };
    },
  );

  app.delete(
    '/client/remove',
    route({ tag, summary: 'Remove an API client (its portals stay; its id stays taken)', access: OPERATOR, input: clientRefInput, responses: { 200: removedClientResponse } }),
    async (request) => {
      const input = parseInput(clientRefInput, readParams(request));
      const client = await removeApiClient(ctx, changeScope(request), input.clientId);
      request.log.info({ clientId: client.clientId }, 'API client removed');
      return { client: presentClient(client), removed: true };
    },
  );
}
