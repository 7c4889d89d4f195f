import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Metrics } from '../../metrics/metrics.js';
import { errorResponse, HttpError } from './errors.js';
import { metricsRoute } from './metrics-route.js';

/** A Fastify instance serving only GET /metrics (METRICS_PORT); everything else is the JSON 404. */
export async function buildMetricsApp(
  metrics: Metrics,
  token: string,
  logger: FastifyBaseLogger,
): Promise<FastifyInstance> {
  const app = Fastify({ loggerInstance: logger, disableRequestLogging: true });
  metricsRoute(app, metrics, token);
  app.setNotFoundHandler((_request, reply) => {
    const { status, body } = errorResponse(new HttpError('notFound'));
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  await app.ready();
  return app;
}
