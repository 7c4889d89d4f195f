import type { FastifyInstance } from 'fastify';
import type { Store } from '../../../store/store.js';

/**
 * GET /health: 200 once the database answers, 503 with the JSON error otherwise. GET /liveness:
 * 200 whenever the process answers at all, without touching the database (an orchestrator's
 * liveness probe must not restart a server whose database is down: /health tells that).
 */
export function healthRoute(app: FastifyInstance, store: Store): void {
  app.get(
    '/health',
    {
      schema: {
        response: {
          200: { type: 'object', properties: { status: { type: 'string' } } },
          503: { type: 'object', properties: { error: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
    async (_request, reply) => {
      if (await store.ping()) return { status: 'ok' };
      return reply.code(503).send({ error: 'error', message: 'Database unavailable' });
    },
  );
  app.get(
    '/liveness',
    { schema: { response: { 200: { type: 'object', properties: { status: { type: 'string' } } } } } },
    async () => ({ status: 'ok' }),
  );
}
