import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { upcomingActions } from '../../../../domain/lifecycle/upcoming-actions.js';
import { presentUpcomingAction, upcomingActionSchema } from '../../../../wire/lifecycle.js';
import { actorOf } from '../../actor.js';
import { integer } from '../../params.js';
import { alwaysSigned, endpoint } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';

const upcomingInput = z.object({ days: integer() });

const upcomingResponse = z.object({
  from: z.string(),
  to: z.string(),
  upcoming: z.array(upcomingActionSchema),
  truncated: z.boolean(),
});

/** lifecycle/upcoming: what the lifecycle policy will do (docs/lifecycle.md). */
export function lifecycleRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.get(
    '/lifecycle/upcoming',
    ...endpoint(
      {
        tag: 'lifecycle',
        summary: 'What the lifecycle policy will do in the next days (reminders, suspensions, removals)',
        access: alwaysSigned('portals:read'),
        input: upcomingInput,
        responses: { 200: upcomingResponse },
      },
      async ({ days }, request) => {
        const upcoming = await upcomingActions(ctx, actorOf(request), days);
        return {
          from: upcoming.from.toISOString(),
          to: upcoming.to.toISOString(),
          upcoming: upcoming.actions.map(presentUpcomingAction),
          truncated: upcoming.truncated,
        };
      },
    ),
  );
}
