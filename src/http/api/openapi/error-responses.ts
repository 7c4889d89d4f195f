import { ERROR_REGISTRY } from '../errors.js';
import type { JsonSchema } from './json-schemas.js';

/**
 * The error side of the API description, from the one error registry (../errors.ts): the JSON
 * error body, the closed list of `error` codes, and one shared response per HTTP status naming
 * the codes answered with it.
 */

/** What the registry holds for one code, as the description shows it. */
interface ErrorEntry {
  readonly code: string;
  readonly status: number;
  readonly wire: string;
  readonly message: string;
}

const ENTRIES: readonly ErrorEntry[] = Object.entries(ERROR_REGISTRY).map(([code, entry]) => ({ code, ...entry }));

/** Names of the shared error responses, by status (`components/responses/<name>`). */
const RESPONSE_NAMES: Readonly<Record<number, string>> = {
  400: 'BadRequest',
  403: 'Forbidden',
  404: 'NotFound',
  405: 'MethodNotAllowed',
  408: 'RequestTimeout',
  409: 'Conflict',
  413: 'PayloadTooLarge',
  431: 'HeadersTooLarge',
  500: 'ServerError',
};

/** Why a status is answered, for its shared response. */
const STATUS_NOTES: Readonly<Record<number, string>> = {
  400: 'A parameter or a rule refused the call. `params` lists every problem in `message` (an array); `portalNameExist` may carry `variants` (free names close to the one asked for); `recaptchaInvalid` carries `clientIP` (the address the CAPTCHA was checked for); `tooMuchAttempts` comes with `Retry-After` (seconds).',
  403: 'The token is missing, malformed, expired or does not verify (`authorization`), or it is valid but the caller may not call this method (`forbidden`: the scope it lacks, or operator only). A token that is sent must be valid even on open methods.',
  404: 'No method at this path (under any prefix).',
  405: 'The path exists with another HTTP method.',
  408: 'The request did not arrive whole within `REQUEST_TIMEOUT_MS`; the connection is closed.',
  409: 'A request with the same `Idempotency-Key` is still running.',
  413: 'The request body is larger than `BODY_LIMIT`.',
  431: 'The request headers are too large.',
  500: 'The server failed; `message` ends with the request id to quote (the details are in the server log).',
};

/** The wire codes, each once, in the registry's order. */
export function errorCodes(): string[] {
  return [...new Set(ENTRIES.map((e) => e.wire))];
}

/** Every status an error is answered with. */
export function errorStatuses(): number[] {
  return [...new Set(ENTRIES.map((e) => e.status))].sort((a, b) => a - b);
}

/** The name of the shared response for an error status. */
export function errorResponseName(status: number): string {
  return RESPONSE_NAMES[status] ?? `Error${status}`;
}

/**
 * The error statuses one operation can answer: 400, 403 (a token that is sent is checked on every
 * method) and 500 always; 409 and 413 on the methods that change things and carry a body. 404 and
 * 405 are answered only for paths and methods that are not operations: they are described once,
 * in `components/responses`.
 */
export function errorStatusesOf(method: string): number[] {
  const known = new Set(errorStatuses());
  const mutating = ['POST', 'PUT', 'DELETE', 'PATCH'].includes(method.toUpperCase());
  return [400, 403, ...(mutating ? [409, 413] : []), 500].filter((status) => known.has(status));
}

/** `components.schemas` entries: ErrorBody and ErrorCode. */
export function errorSchemas(): Record<string, JsonSchema> {
  return {
    ErrorCode: {
      type: 'string',
      enum: errorCodes(),
      description:
        'What went wrong, for a program to match on. Each code and its HTTP status are listed in the description of the API.',
    },
    ErrorBody: {
      type: 'object',
      description: 'The body of every error answer.',
      properties: {
        error: { $ref: '#/components/schemas/ErrorCode' },
        message: {
          description: 'For people: one text, or for `params` one text per problem.',
          anyOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }],
        },
        variants: {
          type: 'array',
          items: { type: 'string' },
          description: 'With `portalNameExist`: free names close to the one asked for.',
        },
        clientIP: {
          type: 'string',
          description: 'With `recaptchaInvalid`: the client address the CAPTCHA was checked for.',
        },
      },
      required: ['error', 'message'],
      additionalProperties: false,
    },
  };
}

/** `components.responses` entries: one per error status, naming its codes and their messages. */
export function errorResponses(): Record<string, JsonSchema> {
  const responses: Record<string, JsonSchema> = {};
  for (const status of errorStatuses()) {
    const codes = ENTRIES.filter((e) => e.status === status).map((e) => `\`${e.wire}\` (${e.message})`);
    const note = STATUS_NOTES[status];
    const response: JsonSchema = {
      description: `${note === undefined ? '' : `${note} `}Codes: ${[...new Set(codes)].join(', ')}.`,
      content: { 'application/json': { schema: { $ref: '#/components/schemas/ErrorBody' } } },
    };
    if (status === 400) {
      response.headers = {
        'Retry-After': {
          description: 'With `tooMuchAttempts`: seconds until the next attempt is allowed.',
          schema: { type: 'integer', minimum: 0 },
        },
      };
    }
    responses[errorResponseName(status)] = response;
  }
  return responses;
}

/** The table of every error code, its HTTP status and default message (Markdown). */
export function errorTable(): string {
  const rows = ENTRIES.map((e) => `| ${e.status} | \`${e.wire}\` | ${e.message} |`);
  return ['| HTTP | error | message |', '|---|---|---|', ...rows].join('\n');
}
