import type { FastifyInstance, FastifyReply } from 'fastify';
import { isApiPath } from './api-paths.js';

/** What a browser may send to the API: every verb it serves, the token, JSON and retries' keys. */
const ALLOW_METHODS = 'GET, POST, PUT, DELETE, OPTIONS';
const ALLOW_HEADERS = 'Authorization, Content-Type, Idempotency-Key';
/** What a browser's script may read of an answer besides the simple headers: the wait of tooMuchAttempts. */
const EXPOSE_HEADERS = 'Retry-After';
/** How long a browser may reuse a preflight's answer, in seconds. */
const MAX_AGE_SECONDS = '600';

/**
 * Cross-origin calls for browser-based panels (CORS_ORIGINS), on the API's paths only — never the
 * console or the portal pages, which must not be read from another site. A preflight (OPTIONS) is
 * answered here, before the token is checked (a browser sends none with it): 204, and for an
 * allowed origin the methods and headers it may use. Every API answer to an allowed origin names
 * it in Access-Control-Allow-Origin, errors included (a panel must read why a call failed). No
 * credentials are ever allowed: the API authenticates by the Authorization header, not cookies.
 */
export function useCors(app: FastifyInstance, origins: readonly string[]): void {
  if (origins.length === 0) return;
  const anyOrigin = origins.includes('*');
  const allowedOrigin = (origin: string | undefined): string | undefined => {
    if (anyOrigin) return '*';
    if (origin === undefined) return undefined;
    return origins.includes(origin.toLowerCase()) ? origin : undefined;
  };
  const allow = (reply: FastifyReply, origin: string | undefined): boolean => {
    const allowed = allowedOrigin(origin);
    // The answer differs by Origin unless every origin gets the same one: caches must keep them apart.
    if (!anyOrigin) varyByOrigin(reply);
    if (allowed === undefined) return false;
    reply.header('access-control-allow-origin', allowed);
    return true;
  };

  app.addHook('onRequest', async (request, reply) => {
    if (request.method !== 'OPTIONS' || !isApiPath(request.url)) return undefined;
    if (allow(reply, request.headers.origin)) {
      reply.header('access-control-allow-methods', ALLOW_METHODS);
      reply.header('access-control-allow-headers', ALLOW_HEADERS);
      reply.header('access-control-max-age', MAX_AGE_SECONDS);
    }
    return reply.code(204).send();
  });

  app.addHook('onSend', async (request, reply, payload) => {
    if (request.method !== 'OPTIONS' && isApiPath(request.url) && allow(reply, request.headers.origin))
      reply.header('access-control-expose-headers', EXPOSE_HEADERS);
    return payload;
  });
}

/** Adds Origin to the answer's Vary header, keeping what it names already. */
function varyByOrigin(reply: FastifyReply): void {
  const vary = reply.getHeader('vary');
  const named = (Array.isArray(vary) ? vary.join(',') : String(vary ?? '')).split(',').map((v) => v.trim());
  if (!named.some((v) => v.toLowerCase() === 'origin' || v === '*'))
    reply.header('vary', [...named.filter(Boolean), 'Origin'].join(', '));
}
