import type { FastifyInstance } from 'fastify';
import { collectApiRoutes } from './api-routes.js';
import { buildOpenApiDocument } from './build-document.js';
import type { JsonSchema } from './json-schemas.js';

/** Where the document is served: outside the API prefixes, like /health. */
export const OPENAPI_PATH = '/openapi.json';

/** What describing the API needs from app.ts. */
export interface DescribeOptions {
  /** The prefix the document lists the paths under (`/api`). */
  readonly described: string;
  /** Every prefix the methods are served under. */
  readonly prefixes: readonly string[];
  readonly version: string;
}

/**
 * GET /openapi.json: the OpenAPI 3.1 document of every route registered under the described
 * prefix. Call before the API routes are registered: the routes are collected as Fastify
 * registers them, and the document is built on first use (a server nobody asks for its
 * description does not hold it in memory), then served as it is.
 * Returns the document (complete once the app is ready) for the docs page and tools.
 */
export function serveOpenApi(app: FastifyInstance, options: DescribeOptions): () => JsonSchema {
  const collected = collectApiRoutes(app, options.described);
  let built: { readonly document: JsonSchema; readonly body: string } | undefined;
  let ready = false;
  app.addHook('onReady', async () => {
    ready = true;
  });
  const describe = () => {
    if (!ready) throw new Error('the API description is complete once the app is ready');
    if (built === undefined) {
      const document = buildOpenApiDocument({
        routes: collected.routes,
        described: options.described,
        prefixes: options.prefixes,
        version: options.version,
      });
      built = { document, body: JSON.stringify(document) };
    }
    return built;
  };
  // Registered without the suffix: the app strips a `.json` suffix from every path before routing
  // (ONLYOFFICE clients send one), so `/openapi.json` arrives here as `/openapi`.
  app.get(OPENAPI_PATH.replace(/\.json$/, ''), async (_request, reply) =>
    reply.type('application/json; charset=utf-8').header('cache-control', 'no-cache').send(describe().body),
  );
  return () => describe().document;
}
