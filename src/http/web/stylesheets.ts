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
