import type { FastifyError, FastifyInstance } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { errorResponse, HttpError } from '../api/errors.js';
import { sendPage } from './page-reply.js';
import { messagePage } from './views.js';

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
    if (error.statusCode === 413 || (error instanceof HttpError && error.code === 'bodyTooLarge')) {
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
