import { STATUS_CODES } from 'node:http';
import type { Socket } from 'node:net';
import type { FastifyBaseLogger, FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError, paramsError, type ErrorCode } from '../../domain/errors.js';
import { normalizePath } from './api-paths.js';

/**
 * Failures of HTTP itself, never of the rules: no such route or verb, a body or headers too
 * large, a request that did not arrive in time, the server failing while it checked a token.
 * The domain knows nothing of these; they share the registry (and the wire body) with its codes.
 */
export const HTTP_ERROR_CODES = [
  'authorizationFailure',
  'notFound',
  'methodNotAllowed',
  'bodyTooLarge',
  'headersTooLarge',
  'requestTimeout',
] as const;
export type HttpErrorCode = (typeof HTTP_ERROR_CODES)[number];

/** An HTTP-level failure (see HTTP_ERROR_CODES). */
export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    /** The underlying failure, logged, never sent. */
    cause?: unknown,
  ) {
    super(code, { cause });
    this.name = 'HttpError';
  }
}

/** Every code the registry answers: the domain's and HTTP's own. */
export type WireErrorCode = ErrorCode | HttpErrorCode;

/**
 * The wire-error registry: for every domain error code, the HTTP status, the
 * `error` code clients match on, and the exact default message. docs/errors.md mirrors this
 * table; a test keeps the two in step.
 */
export const ERROR_REGISTRY: Readonly<Record<WireErrorCode, { status: number; wire: string; message: string }>> = {
  portalNameEmpty: { status: 400, wire: 'portalNameEmpty', message: 'PortalName is required' },
  tooShortError: { status: 400, wire: 'tooShortError', message: 'Portal name is too short' },
  portalNameTooLong: { status: 400, wire: 'portalNameTooLong', message: 'Portal name is too long' },
  portalNameIncorrect: { status: 400, wire: 'portalNameIncorrect', message: 'Unallowable symbols in portalName' },
  portalNameNotFound: { status: 400, wire: 'portalNameNotFound', message: 'Portal not found' },
  portalNameExist: { status: 400, wire: 'portalNameExist', message: 'Portal already exists' },
  portalsCountTooMuch: { status: 400, wire: 'portalsCountTooMuch', message: 'Too much portals registered already' },
  tooMuchAttempts: { status: 400, wire: 'tooMuchAttempts', message: 'Too much attempts already' },
  passPolicyError: { status: 400, wire: 'passPolicyError', message: 'Password does not meet the password policy' },
  recaptchaInvalid: { status: 400, wire: 'recaptchaInvalid', message: 'Recaptcha is invalid' },
  hostNameEmpty: { status: 400, wire: 'hostNameEmpty', message: 'HostName is required' },
  hostNameInvalid: { status: 400, wire: 'hostNameInvalid', message: 'HostName is invalid' },
  params: { status: 400, wire: 'params', message: 'Invalid parameters' },
  emailEmpty: { status: 400, wire: 'emailEmpty', message: 'Email is required' },
  clientNotFound: { status: 400, wire: 'clientNotFound', message: 'Client not found' },
  clientExist: { status: 400, wire: 'clientExist', message: 'Client already exists' },
  webhookNotFound: { status: 400, wire: 'webhookNotFound', message: 'Webhook not found' },
  webhookUrlInvalid: { status: 400, wire: 'webhookUrlInvalid', message: 'Webhook URL is invalid' },
  webhookLimit: { status: 400, wire: 'webhookLimit', message: 'Webhook limit reached' },
  portalProtected: { status: 400, wire: 'portalProtected', message: 'Portal is protected' },
  jobNotFound: { status: 400, wire: 'jobNotFound', message: 'Job not found' },
  forbidden: { status: 403, wire: 'forbidden', message: 'Only the operator may call this method' },
  conflict: { status: 409, wire: 'conflict', message: 'A request with this Idempotency-Key is in progress' },
  authorization: { status: 403, wire: 'authorization', message: 'Authorization invalid' },
  authorizationFailure: { status: 500, wire: 'authorization', message: 'Authorization could not be checked' },
  notFound: { status: 404, wire: 'notFound', message: 'No such method' },
  methodNotAllowed: { status: 405, wire: 'methodNotAllowed', message: 'Method not allowed for this path' },
  bodyTooLarge: { status: 413, wire: 'params', message: 'Request body is too large' },
  headersTooLarge: { status: 431, wire: 'params', message: 'Request headers are too large' },
  requestTimeout: { status: 408, wire: 'params', message: 'The request did not arrive in time' },
  registerNewTenantError: {
    status: 500,
    wire: 'registerNewTenantError',
    message: 'The portal could not be registered',
  },
  portalNameNotAvailable: {
    status: 500,
    wire: 'portalNameNotAvailable',
    message: 'Could not generate a unique portal name',
  },
  unknownProvider: { status: 400, wire: 'unknownProvider', message: 'Provider is not supported' },
  error: { status: 500, wire: 'error', message: 'Internal server error' },
};

/** The JSON error body every failure is answered with. */
export interface ErrorBody {
  error: string;
  message: string | readonly string[];
  variants?: readonly string[];
  /** With recaptchaInvalid: the client address the CAPTCHA was checked for. */
  clientIP?: string;
}

/** Shapes a domain error into its status and body (params keep their message array). */
export function errorResponse(failure: DomainError | HttpError): {
  status: number;
  body: ErrorBody;
  headers: Record<string, string>;
} {
  const entry = ERROR_REGISTRY[failure.code];
  // An HTTP-level failure has no detail of its own: the registry's message says it all.
  const error = failure instanceof DomainError ? failure : { detail: undefined, details: {} as DomainError['details'] };
  let message: string | readonly string[];
  if (entry.wire === 'params') {
    // for `params` (whatever the status), message is an array of strings, one per problem.
    message = Array.isArray(error.detail)
      ? error.detail
      : [typeof error.detail === 'string' ? error.detail : entry.message];
  } else {
    message = typeof error.detail === 'string' ? error.detail : entry.message;
  }
  const body: ErrorBody = { error: entry.wire, message };
  if (error.details.variants !== undefined) body.variants = error.details.variants;
  if (error.details.clientIp !== undefined) body.clientIP = error.details.clientIp;
  const headers: Record<string, string> = {};
  if (error.details.retryAfterSeconds !== undefined) headers['retry-after'] = String(error.details.retryAfterSeconds);
  return { status: entry.status, body, headers };
}

/** Installs the one error handler, and the JSON 404/405 answers for unknown routes. */
export function installErrorHandling(app: FastifyInstance, knownPaths: ReadonlySet<string>): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const domainError = toWireError(error);
    if (ERROR_REGISTRY[domainError.code].status >= 500) {
      // Logged with the request id (pino adds reqId); the client only sees the id.
      request.log.error({ err: domainError.cause ?? error, code: domainError.code }, 'request failed');
    }
    const { status, body, headers } = errorResponse(domainError);
    if (status >= 500)
      body.message = `${typeof body.message === 'string' ? body.message : ''} (request id ${request.id})`.trim();
    return reply.code(status).headers(headers).type('application/json; charset=utf-8').send(body);
  });

  app.setNotFoundHandler((request, reply) => {
    const path = normalizePath(request.url);
    const error = knownPaths.has(path) ? new HttpError('methodNotAllowed') : new HttpError('notFound');
    const { status, body } = errorResponse(error);
    return reply.code(status).type('application/json; charset=utf-8').send(body);
  });
}

/**
 * Fastify's `frameworkErrors`: a request the router refused before any route or hook saw it (a
 * bad percent-escape in the URL, a path parameter over its length), in the registry's shape.
 */
export function answerFrameworkError(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const domainError = error.code === 'FST_ERR_BAD_URL' ? paramsError('The URL is not valid') : toWireError(error);
  const { status, body, headers } = errorResponse(domainError);
  void reply.code(status).headers(headers).type('application/json; charset=utf-8').send(body);
}

/**
 * Node's `clientError`: a request its HTTP parser refused (not HTTP, a bad Content-Length, an
 * unknown method, headers over the size limit) or that did not arrive whole within the request
 * timeout. No request object exists, so the registry's JSON answer is written on the socket
 * itself, and the connection is closed.
 */
export function clientErrorHandler(log: FastifyBaseLogger): (error: Error & { code?: string }, socket: Socket) => void {
  return (error, socket) => {
    if (error.code === 'ECONNRESET' || socket.destroyed) return;
    log.debug({ err: error }, 'request refused by the HTTP parser or timed out');
    // A response already under way on this connection cannot be followed by another one.
    const inFlight = (socket as Socket & { _httpMessage?: { headersSent?: boolean } })._httpMessage;
    if (!socket.writable || inFlight?.headersSent === true) {
      socket.destroy();
      return;
    }
    const { status, body } = errorResponse(clientErrorOf(error.code));
    const json = JSON.stringify(body);
    const head = [
      `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? 'Error'}`,
      'Content-Type: application/json; charset=utf-8',
      `Content-Length: ${Buffer.byteLength(json)}`,
      'Connection: close',
    ];
    socket.end(`${head.join('\r\n')}\r\n\r\n${json}`, () => socket.destroy());
  };
}

function clientErrorOf(code: string | undefined): DomainError | HttpError {
  switch (code) {
    case 'HPE_HEADER_OVERFLOW':
      return new HttpError('headersTooLarge');
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return new HttpError('requestTimeout');
    default:
      return paramsError('The request is not valid HTTP');
  }
}

function toWireError(error: FastifyError): DomainError | HttpError {
  if (error instanceof DomainError || error instanceof HttpError) return error;
  switch (error.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new HttpError('bodyTooLarge');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new DomainError('params', ['The request body is not valid JSON']);
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new DomainError('params', ['The request body could not be read']);
    default:
      break;
  }
  if (error.validation)
    return new DomainError(
      'params',
      error.validation.map((v) => `${v.instancePath || 'request'} ${v.message ?? ''}`.trim()),
    );
  // A client-side HTTP problem Fastify already classified (4xx) stays a client error.
  if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
    return new DomainError('params', [error.message]);
  }
  return new DomainError('error', undefined, {}, error);
}
