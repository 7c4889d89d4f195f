import type { FastifyInstance } from 'fastify';
import type { DomainContext } from '../../../domain/context.js';
import { findServedLogo } from '../../../domain/brand/find-logo.js';
import { HttpError } from '../errors.js';

/** A logo never changes under its name (the digest of its bytes is the name): cached for a year. */
const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * SVG logos are checked before they are stored; served, they still may not run script, load
 * anything or be framed, whatever a browser makes of them when opened directly.
 */
const SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'";

/**
 * GET /brand/logo/<digest>.<ext>: the providers' logos, on every host this server answers (portal
 * hosts for their pages, the API's host for mails and the console), outside the API prefixes.
 * An unknown name is the JSON 404.
 */
export function brandLogoRoute(app: FastifyInstance, ctx: DomainContext): void {
  app.get<{ Params: { file: string } }>('/brand/logo/:file', async (request, reply) => {
    const logo = await findServedLogo(ctx, request.params.file);
    if (logo === undefined) throw new HttpError('notFound');
    reply
      .type(logo.contentType)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', IMMUTABLE)
      .header('cross-origin-resource-policy', 'cross-origin');
    if (logo.svg) reply.header('content-security-policy', SVG_POLICY);
    return reply.send(logo.bytes);
  });
}
