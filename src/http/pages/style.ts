import type { FastifyInstance } from 'fastify';
import { stylesheet } from '../web/stylesheets.js';

/** The one style sheet of the portal pages (../web/assets/portal.css): no inline styles, strict CSP. */
export const PORTAL_STYLESHEET = stylesheet('portal', '/assets/');

/**
 * The brand's colour reaches the page as a tiny style sheet of its own, `/assets/brand/<rrggbb>.css`
 * setting `--brand`, which portal.css uses for buttons, links and focus rings. A sheet from this
 * host keeps the CSP at `style-src 'self'` (no inline style, no nonce), and since its name is its
 * content it is cached for a year like the main sheet.
 */
export function brandStylesheetHref(color: string): string {
  const hex = /^#([0-9a-fA-F]{6})$/.exec(color)?.[1]?.toLowerCase() ?? DEFAULT_HEX;
  return `/assets/brand/${hex}.css`;
}

/** Serves every brand colour's sheet; anything but six hex digits is not a sheet (404). */
export function serveBrandStylesheets(app: FastifyInstance): void {
  app.get<{ Params: { file: string } }>('/assets/brand/:file', async (request, reply) => {
    const hex = /^([0-9a-f]{6})\.css$/.exec(request.params.file)?.[1];
    if (hex === undefined) return reply.callNotFound();
    return reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(`:root {\n  --brand: #${hex};\n}\n`);
  });
}

/** The colour portal.css falls back to (the default brand's), should a colour ever be malformed. */
const DEFAULT_HEX = '1d5fb4';
