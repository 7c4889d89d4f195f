import type { FastifyInstance, FastifyRequest } from 'fastify';
import { paramsError } from '../domain/errors.js';

/**
 * The one rule for which host a request is for, on every surface (portal pages, the console,
 * /docs, the Origin checks): the `Host` header itself. Never X-Forwarded-Host, even from a
 * trusted proxy: a client-sent header passed through by a proxy must not decide whether the
 * console answers or which portal a page belongs to.
 */
export function requestHost(request: FastifyRequest): string {
  const host = request.headers.host;
  return typeof host === 'string' ? host.trim() : '';
}

/**
 * A request without `Host` (HTTP/1.1 requires one) gets the documented JSON error instead of
 * Node's bare 400: Node's own check is turned off in app.ts and this hook answers in its place.
 */
export function requireHostHeader(app: FastifyInstance): void {
  app.addHook('onRequest', (request, _reply, done) => {
    if (requestHost(request) === '' && request.raw.httpVersion !== '1.0')
      done(paramsError('The Host header is required'));
    else done();
  });
}
