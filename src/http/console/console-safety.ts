import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import { DomainError } from '../../domain/errors.js';
import { resolvePortalHost } from '../../domain/hosts/portal-host.js';
import { errorResponse, HttpError } from '../api/errors.js';
import { requestHost } from '../request-host.js';
import { messageOf } from './form-errors.js';
import { errorPage, type ConsoleChrome } from './components/index.js';
import { consolePaths } from './console-paths.js';

/** The product's name in the console's title and header. */
export const PRODUCT_NAME = 'Hosted API';

/**
 * The console answers only on the API's own host: on a portal's host (or a name under a base
 * domain) `/console` does not exist, with the API's JSON 404, so a portal never shows it.
 */
export function installHostGuard(app: FastifyInstance, ctx: DomainContext): void {
  app.addHook('onRequest', async (request, reply) => {
    const host = await resolvePortalHost(ctx, requestHost(request));
    if (host.kind === 'other') return undefined;
    const { status, body } = errorResponse(new HttpError('notFound'));
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
}

/**
 * Failures become console pages, never JSON or a stack: a refusal of the rules is a 400-class
 * page with its message (the route shows most of them beside their field first), the attempt
 * limit a 429, anything else a 500 with the request id to look up in the logs.
 */
export function installConsoleErrors(
  app: FastifyInstance,
  chromeOf: (request: FastifyRequest) => ConsoleChrome | null,
): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError) {
      const { status, headers } = errorResponse(error);
      reply.headers(headers);
      if (status < 500) {
        const limited = error.code === 'tooMuchAttempts';
        const page = status === 403 ? 403 : limited ? 429 : 400;
        return sendError(
          request,
          reply,
          chromeOf,
          page,
          limited ? 'Too many attempts' : 'That did not work',
          limited ? `Too many attempts. Try again in ${headers['retry-after'] ?? 'a few'} seconds.` : messageOf(error),
        );
      }
    } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      const tooLarge = error.statusCode === 413;
      return sendError(
        request,
        reply,
        chromeOf,
        tooLarge ? 413 : 400,
        tooLarge ? 'Request too large' : 'Bad request',
        tooLarge ? 'The form was too large.' : 'The request could not be read.',
      );
    }
    request.log.error({ err: error }, 'console page failed');
    return sendError(
      request,
      reply,
      chromeOf,
      500,
      'Something went wrong',
      'The page could not be shown. Try again; if it keeps failing, give the request id below to whoever reads the server logs.',
    );
  });
}

/** An error page inside the frame when the operator is signed in, on its own otherwise. */
export function sendError(
  request: FastifyRequest,
  reply: FastifyReply,
  chromeOf: (request: FastifyRequest) => ConsoleChrome | null,
  status: number,
  title: string,
  message: string,
  back: { readonly href: string; readonly label: string } = {
    href: consolePaths.overview,
    label: 'Back to the overview',
  },
): FastifyReply {
  const chrome = safeChrome(chromeOf, request);
  const html = errorPage({
    chrome,
    productName: PRODUCT_NAME,
    status,
    title,
    message,
    backHref: chrome === null && status !== 404 ? consolePaths.signin : back.href,
    backLabel: chrome === null && status !== 404 ? 'Go to sign-in' : back.label,
    requestId: status >= 500 ? request.id : null,
  });
  return reply.code(status).type('text/html; charset=utf-8').send(html);
}

function safeChrome(
  chromeOf: (request: FastifyRequest) => ConsoleChrome | null,
  request: FastifyRequest,
): ConsoleChrome | null {
  try {
    return chromeOf(request);
  } catch {
    return null;
  }
}
