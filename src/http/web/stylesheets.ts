import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';

/**
 * The style sheets of the HTML surfaces: real .css files (./assets/, copied beside the compiled
 * code by the build), each served at a path carrying a hash of its content, so a browser may keep
 * it for a year and still never shows a page with last version's styles. The CSP allows styles
 * from 'self' only: no page has inline styles.
 */
export interface Stylesheet {
  /** Where the pages link it, e.g. `/console/assets/console.3f9a1c2b.css`. */
  readonly href: string;
  readonly css: string;
}

/** The style sheet `name` (assets/<name>.css), served under `mount` (a path ending in `/`). */
export function stylesheet(name: 'portal' | 'console', mount: string): Stylesheet {
  const css = readFileSync(new URL(`./assets/${name}.css`, import.meta.url), 'utf8');
  const hash = createHash('sha256').update(css, 'utf8').digest('hex').slice(0, 12);
  return { href: `${mount}${name}.${hash}.css`, css };
}

/**
 * Serves a style sheet at its hashed path under `app`'s prefix (`relativePath`: the href without
 * the prefix the app is mounted at): immutable for a year, since its name changes with its content.
 */
export function serveStylesheet(app: FastifyInstance, relativePath: string, sheet: Stylesheet): void {
  app.get(relativePath, async (_request, reply) =>
    reply
      .type('text/css; charset=utf-8')
      .header('cache-control', 'public, max-age=31536000, immutable')
      .send(sheet.css),
  );
}

/** The one style sheet of the portal pages (assets/portal.css); the console's previews of those pages link it too. */
export const PORTAL_STYLESHEET = stylesheet('portal', '/assets/');

/**
 * The brand's colour reaches a portal page as a tiny style sheet of its own,
 * `/assets/brand/<rrggbb>.css` setting `--brand`, which portal.css uses for buttons, links and
 * focus rings. A sheet from this host keeps the CSP at `style-src 'self'` (no inline style, no
 * nonce), and since its name is its content it is cached for a year like the main sheet.
 */
export function brandStylesheetHref(color: string): string {
  const hex = /^#([0-9a-fA-F]{6})$/.exec(color)?.[1]?.toLowerCase() ?? DEFAULT_BRAND_HEX;
  return `/assets/brand/${hex}.css`;
}

/** Serves every brand colour's sheet under `app`'s prefix; anything but six hex digits is not a sheet (404). */
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
const DEFAULT_BRAND_HEX = '1d5fb4';
