import type { FastifyInstance } from 'fastify';

/**
 * HSTS on every answer of the server — API, console, docs, portal pages — when PUBLIC_SCHEME is
 * https: links and the browser's address bar are https, and a browser told so never tries plain
 * HTTP again (a first request over HTTP could otherwise be intercepted and the session with it).
 */
export function installTransportSecurity(app: FastifyInstance, options: { readonly https: boolean }): void {
  if (!options.https) return;
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('strict-transport-security', 'max-age=31536000');
    return payload;
  });
}
