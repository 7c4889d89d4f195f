import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import { errorResponse, HttpError } from '../api/errors.js';
import { sendPage } from './page-reply.js';
import { messagePage } from './views.js';
import type { PageChrome } from './page-chrome.js';

/** Failures on a page become pages (never JSON, never a stack): limits, bad requests, our own faults. */
export function installPageErrors(app: FastifyInstance, chromeOf: (request: FastifyRequest) => PageChrome): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const chrome = chromeOf(request);
    const { t } = chrome;
    if (error instanceof DomainError && error.code === 'tooMuchAttempts') {
      // The same Retry-After as the API answer, from the one place that computes it.
      const { headers } = errorResponse(error);
      reply.headers(headers);
      const wait = Number(headers['retry-after']);
      const text = Number.isFinite(wait)
        ? t.t('error.tooManyAttempts.wait', { count: wait })
        : t.t('error.tooManyAttempts.later');
      return sendPage(reply, 429, messagePage(chrome, t.t('error.tooManyAttempts.title'), text));
    }
    if (error.statusCode === 413 || (error instanceof HttpError && error.code === 'bodyTooLarge')) {
      return sendPage(reply, 413, messagePage(chrome, t.t('error.tooLarge.title'), t.t('error.tooLarge.text')));
    }
    // A client's mistake (a body that is not valid JSON, a malformed form) is a 400 page, not our fault.
    const clientMistake =
      error instanceof DomainError
        ? errorResponse(error).status < 500
        : typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500;
    if (clientMistake) {
      return sendPage(reply, 400, messagePage(chrome, t.t('error.badRequest.title'), t.t('error.badRequest.text')));
    }
    request.log.error({ err: error }, 'portal page failed');
    return sendPage(
      reply,
      500,
      messagePage(chrome, t.t('error.server.title'), t.t('error.server.text', { requestId: request.id })),
    );
  });
}
