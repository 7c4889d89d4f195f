import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { errorResponse } from '../api/errors.js';
import { sendPage } from './page-reply.js';
import { messagePage } from './views.js';

/**
 * What every page answer carries: a strict Content-Security-Policy (no scripts, our own styles,
 * forms only to this host, no framing), no MIME sniffing, no Referer to other sites (links carry
 * keys in their query), no caching unless a route says otherwise. (HSTS: transport-security.ts,
 * for every answer of the server.)
 */
export function installSecurityHeaders(app: FastifyInstance): void {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header(
      'content-security-policy',
      "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    reply.header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/** Failures on a page become pages (never JSON, never a stack): limits, bad requests, our own faults. */
export function installPageErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError && error.code === 'tooMuchAttempts') {
      // The same Retry-After as the API answer, from the one place that computes it.
      const { headers } = errorResponse(error);
      reply.headers(headers);
      const wait = headers['retry-after'] ?? 'a few';
      return sendPage(
        reply,
        429,
        messagePage('Too many attempts', `Too many attempts from your address. Try again in ${wait} seconds.`),
      );
    }
    if (error.statusCode === 413 || (error instanceof DomainError && error.code === 'bodyTooLarge')) {
      return sendPage(reply, 413, messagePage('Request too large', 'The form was too large.'));
    }
    // A client's mistake (a body that is not valid JSON, a malformed form) is a 400 page, not our fault.
    const clientMistake =
      error instanceof DomainError
        ? errorResponse(error).status < 500
        : typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;
    if (clientMistake) {
      return sendPage(reply, 400, messagePage('Bad request', 'The request could not be read.'));
    }
    request.log.error({ err: error }, 'portal page failed');
    return sendPage(
      reply,
      500,
      messagePage('Something went wrong', `Please try again later (request id ${request.id}).`),
    );
  });
}
