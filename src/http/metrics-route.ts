import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../domain/errors.js';
import type { Metrics } from '../metrics/metrics.js';
import { errorResponse } from './errors.js';

/** The API prefixes a method path is reported without (every prefix is one route). */
const PREFIX = /^\/(apisystem\/api|apisystem|api)(?=\/)/i;

/**
 * Counts every answered request (API, pages, health, unknown paths) by method and method path
 * — the route's declared URL without its prefix, `unknown` for a path no route has, never the raw
 * URL — and times it; registrations are counted by outcome too.
 */
export function measureRequests(app: FastifyInstance, metrics: Metrics): void {
  app.addHook('onResponse', async (request: FastifyRequest, reply: FastifyReply) => {
    const url = request.routeOptions.url;
    const route = url === undefined ? 'unknown' : url.replace(PREFIX, '');
    metrics.observeRequest(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
    // A replayed answer (Idempotency-Key) registered nothing: it is no registration of its own.
    if (request.routeOptions.config.spec?.countsAs === 'registration' && !reply.hasHeader('idempotent-replayed')) {
      const status = reply.statusCode;
      metrics.registration(status < 300 ? 'created' : status < 500 ? 'refused' : 'failed');
    }
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
