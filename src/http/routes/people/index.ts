import type { FastifyInstance } from 'fastify';
import { findPeople } from '../../../domain/owner/find-people.js';
import { readParams } from '../../params.js';
import type { RouteDeps } from '../deps.js';
import { presentPerson } from './presenter.js';
import { findResponse, readFindInput } from './schema.js';

/** Signed people routes: find. */
export function peopleSignedRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.post('/people/find', { schema: { response: findResponse } }, async (request) => {
    const input = readFindInput(readParams(request));
    return { result: (await findPeople(ctx, input.userIds)).map(presentPerson) };
  });
}
