import { createReadStream } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { DomainContext } from '../../../domain/context.js';
import { resolvePortalHost } from '../../../domain/hosts/portal-host.js';
import { errorResponse, HttpError } from '../errors.js';
import { requestHost } from '../../request-host.js';
import { OPENAPI_PATH } from '../openapi/openapi-route.js';

/** Where the interactive reference lives. */
export const DOCS_PATH = '/docs';

/** Swagger UI's files, served from the installed swagger-ui-dist package (no CDN). */
const ASSETS: Readonly<Record<string, string>> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'application/javascript; charset=utf-8',
  'favicon-32x32.png': 'image/png',
};

const SWAGGER_UI_DIR = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));

/** Starts Swagger UI on the document; a file of our own, so the page needs no inline script. */
const START_SCRIPT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({
    url: ${JSON.stringify(OPENAPI_PATH)},
    dom_id: '#reference',
    deepLinking: true,
    docExpansion: 'list',
    filter: true,
    defaultModelsExpandDepth: 0,
    validatorUrl: null
  });
});
`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Hosted Solution API reference</title>
<link rel="icon" type="image/png" href="${DOCS_PATH}/favicon-32x32.png">
<link rel="stylesheet" href="${DOCS_PATH}/swagger-ui.css">
</head>
<body>
<noscript><p>This reference needs JavaScript. The description it shows is at <a href="${OPENAPI_PATH}">${OPENAPI_PATH}</a>.</p></noscript>
<div id="reference"></div>
<script src="${DOCS_PATH}/swagger-ui-bundle.js"></script>
<script src="${DOCS_PATH}/start.js"></script>
</body>
</html>
`;

/**
 * Only our own files, and calls to this server ("Try it out"); Swagger UI styles elements inline
 * and shows its icons as data: URLs.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * GET /docs: the interactive API reference (Swagger UI) rendered from /openapi.json. Like the
 * API it answers on the API's own host; on a portal's host /docs does not exist (the JSON 404),
 * so it never stands in for a portal's pages. Registered by app.ts when DOCS_ENABLED is on.
 */
export function docsRoutes(app: FastifyInstance, { ctx }: { readonly ctx: DomainContext }): void {
  app.addHook('onRequest', async (request, reply) => {
    const host = await resolvePortalHost(ctx, requestHost(request));
    if (host.kind === 'other') return undefined;
    const { status, body } = errorResponse(new HttpError('notFound'));
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
  app.addHook('onSend', async (_request, reply) => {
    reply
      .header('content-security-policy', CONTENT_SECURITY_POLICY)
      .header('x-content-type-options', 'nosniff')
      .header('referrer-policy', 'no-referrer');
  });

  app.get(DOCS_PATH, async (_request, reply) =>
    reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(PAGE),
  );
  app.get(`${DOCS_PATH}/start.js`, async (_request, reply) =>
    reply.type('application/javascript; charset=utf-8').header('cache-control', 'no-cache').send(START_SCRIPT),
  );
  for (const [file, type] of Object.entries(ASSETS)) {
    app.get(`${DOCS_PATH}/${file}`, async (_request, reply) =>
      reply
        .type(type)
        .header('cache-control', 'public, max-age=86400')
        .send(createReadStream(join(SWAGGER_UI_DIR, file))),
    );
  }
}
