/**
 * Domain errors carry meaning, not HTTP: the code names what went wrong and the HTTP layer's
 * registry (src/http/errors.ts) decides the status and the exact wire message.
 */
export const errorCodes = [
  'portalNameEmpty',
  'tooShortError',
  'portalNameTooLong',
  'portalNameIncorrect',
  'portalNameNotFound',
  'portalNameExist',
  'portalsCountTooMuch',
  'tooMuchAttempts',
  'passPolicyError',
  'recaptchaInvalid',
  'hostNameEmpty',
  'hostNameInvalid',
  'params',
  'emailEmpty',
  'clientNotFound',
  'clientExist',
  'webhookNotFound',
  'webhookUrlInvalid',
  'webhookLimit',
  'portalProtected',
  'jobNotFound',
  'forbidden',
  'conflict',
  'authorization',
  'registerNewTenantError',
  'portalNameNotAvailable',
  'unknownProvider',
  'error',
] as const;

export type ErrorCode = (typeof errorCodes)[number];

/**
 * Extra wire fields some errors carry (variants for portalNameExist, retry time for attempts, the
 * address a refused CAPTCHA was checked for).
 */
export interface ErrorDetails {
  readonly variants?: readonly string[];
  readonly retryAfterSeconds?: number;
  readonly clientIp?: string;
}

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Overrides the registry's message; for `params` each entry is one problem. */
    readonly detail?: string | readonly string[],
    readonly details: ErrorDetails = {},
    /** The underlying failure, logged by the HTTP layer, never sent. */
    cause?: unknown,
  ) {
    super(typeof detail === 'string' ? detail : Array.isArray(detail) ? detail.join('; ') : code, { cause });
    this.name = 'DomainError';
  }
}

/**
 * tooMuchAttempts with the wait until the caller may try again, as the whole seconds (at least
 * one) every answer sends in Retry-After: the one place that wait is rounded.
 */
export function tooMuchAttempts(retryAfterMs: number, message?: string): DomainError {
  return new DomainError('tooMuchAttempts', message, {
    retryAfterSeconds: Math.max(1, Math.ceil(retryAfterMs / 1000)),
  });
}

/** Shorthand for a `params` error listing each problem. */
export function paramsError(...problems: string[]): DomainError {
  return new DomainError('params', problems);
}
