/** The JSON error body the server answers every failure with. */
export interface ErrorAnswer {
  readonly error: string;
  readonly message: string | readonly string[];
  readonly variants?: readonly string[];
}

/**
 * A call that did not succeed: the server's `error` code and message, or, without an answer from
 * the server, status 0 and code `unreachable` (or `unexpectedAnswer` for a body that is not the
 * API's JSON, e.g. a proxy's error page).
 */
export class HostedApiError extends Error {
  /** The HTTP status (0: no answer). */
  readonly status: number;
  /** The wire code clients match on: `portalNameExist`, `params`, `forbidden`… */
  readonly code: string;
  /** Every problem, for `params` (one per parameter); the message alone otherwise. */
  readonly messages: readonly string[];
  /** With `portalNameExist`: free names close to the one asked for. */
  readonly variants: readonly string[] | undefined;
  /** With `tooMuchAttempts`: seconds to wait (Retry-After). */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: {
    status: number;
    code: string;
    message: string | readonly string[];
    variants?: readonly string[] | undefined;
    retryAfterSeconds?: number | undefined;
    cause?: unknown;
  }) {
    const messages = typeof init.message === 'string' ? [init.message] : [...init.message];
    super(messages.join('; '), init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'HostedApiError';
    this.status = init.status;
    this.code = init.code;
    this.messages = messages;
    this.variants = init.variants;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}

/** Whether a parsed body is the API's error body. */
export function isErrorAnswer(body: unknown): body is ErrorAnswer {
  if (body === null || typeof body !== 'object') return false;
  const { error, message } = body as { error?: unknown; message?: unknown };
  return (
    typeof error === 'string' &&
    (typeof message === 'string' || (Array.isArray(message) && message.every((m) => typeof m === 'string')))
  );
}
