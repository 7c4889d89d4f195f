import type { FastifyInstance } from 'fastify';

/**
 * What every HTML answer (portal pages and the console) carries: a strict Content-Security-Policy
 * (no scripts at all, our own style sheet, images only from here or data: URLs, forms only to
 * this host, no framing), no MIME sniffing, no Referer to other sites (links carry keys in their
 * query), no sharing of the browsing context with other sites, and no caching unless a route
 * says otherwise (pages hold portal data and one-time secrets).
 */
export function installPageHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    // A route may set a policy of its own (a style hash for a brand preview, framing for the mail previews).
    if (!reply.hasHeader('content-security-policy')) reply.header('content-security-policy', PAGE_POLICY);
    reply.header('x-content-type-options', 'nosniff');
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    reply.header('cross-origin-opener-policy', 'same-origin');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/**
 * The pages' Content-Security-Policy. `styleHashes`: the SHA-256 (base64) of inline `<style>`
 * blocks a page needs — a value the server computed, such as a brand's colour in a preview —
 * allowed by their exact content, never by 'unsafe-inline'.
 */
export function pagePolicy(styleHashes: readonly string[] = []): string {
  const styles = ["'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)].join(' ');
  return `default-src 'none'; style-src ${styles}; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'`;
}

/** The policy of every HTML page unless its route sets its own. */
export const PAGE_POLICY = pagePolicy();

/**
 * HSTS on every answer of the server — API, console, docs, portal pages — when PUBLIC_SCHEME is
 * https: links and the browser's address bar are https, and a browser told so never tries plain
 * HTTP again (a first request over HTTP could otherwise be intercepted, and the session with it).
 * Browsers heed it only over https, so an API reached over plain HTTP inside a network is unaffected.
 */
export function installTransportSecurity(app: FastifyInstance, options: { readonly https: boolean }): void {
  if (!options.https) return;
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('strict-transport-security', 'max-age=31536000');
    return payload;
  });
}
