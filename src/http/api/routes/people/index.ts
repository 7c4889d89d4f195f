import type { FastifyInstance } from 'fastify';
import { findPeople } from '../../../../domain/owner/find-people.js';
import { actorOf } from '../../actor.js';
import { endpoint, signed } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';
import { presentPerson } from '../../../../wire/person.js';
import { findInput, findResponse, readFindInput } from './schema.js';

/** people/find: owners by id, each with a link to their portal. */
export function peopleRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.post(
    '/people/find',
    ...endpoint(
      {
        tag: 'people',
        summary: 'Look up owners by id',
        access: signed('portals:read'),
        input: findInput,
        // A bare JSON array body is the userIds list (the Workspace control panel sends one).
        readInput: readFindInput,
        responses: { 200: findResponse },
      },
      async (input, request) => {
        const people = (await findPeople(ctx, actorOf(request), input.userIds)).map(presentPerson);
        return { result: people, response: people };
      },
    ),
  );
}
