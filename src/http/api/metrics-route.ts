import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import type { Metrics } from '../../metrics/metrics.js';
import { withoutApiPrefix } from './api-paths.js';
import { errorResponse } from './errors.js';

/**
 * Counts every answered request (API, pages, health, unknown paths) by method and method path
 * — the route's declared URL without its prefix, `unknown` for a path no route has, never the raw
 * URL — and times it; registrations are counted by outcome too.
 */
export function measureRequests(app: FastifyInstance, metrics: Metrics): void {
  // The label of each declared URL, worked out once (a few hundred routes at most).
  const routeLabels = new Map<string | undefined, string>();
  const routeLabelOf = (url: string | undefined): string => {
    let label = routeLabels.get(url);
    if (label === undefined) {
      label = url === undefined ? 'unknown' : withoutApiPrefix(url);
      routeLabels.set(url, label);
    }
    return label;
  };
  // A callback hook, not an async one: it runs on every answer, and a promise per request was a
  // measurable share of what metrics cost (npm run bench -- --only metrics).
  app.addHook('onResponse', (request: FastifyRequest, reply: FastifyReply, done: () => void) => {
    const { url, config } = request.routeOptions;
    const status = reply.statusCode;
    metrics.observeRequest(request.method, routeLabelOf(url), status, reply.elapsedTime / 1000);
    // A replayed answer (Idempotency-Key) registered nothing: it is no registration of its own.
    if (config.spec?.countsAs === 'registration' && !reply.hasHeader('idempotent-replayed')) {
      metrics.registration(status < 300 ? 'created' : status < 500 ? 'refused' : 'failed');
    }
    done();
  });
}

/**
 * GET /metrics in Prometheus' text format, behind `Authorization: Bearer <METRICS_TOKEN>` (403
 * without it; the token compared in constant time).
 */
export function metricsRoute(app: FastifyInstance, metrics: Metrics, token: string): void {
  const expected = digest(token);
  app.get('/metrics', async (request, reply) => {
    const header = request.headers.authorization ?? '';
    const given = /^Bearer\s+(.+)$/i.exec(header.trim())?.[1] ?? '';
    if (!timingSafeEqual(digest(given), expected)) {
      const { status, body } = errorResponse(new DomainError('forbidden', 'A valid metrics token is required'));
      return reply.code(status).type('application/json; charset=utf-8').send(body);
    }
    return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
