import pino, { type Logger } from 'pino';
import { SECRET_FIELD_NAMES } from './domain/secret-fields.js';

/**
 * Structured JSON logs (pino). Secrets never reach them: the Authorization header, cookies,
 * passwords, hashes, keys and CAPTCHA responses are redacted wherever they appear.
 */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino(
    {
      level,
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'res.headers["set-cookie"]',
          ...SECRET_FIELD_NAMES.map((name) => `*.${name}`),
          '*.smtpUrl',
        ],
        censor: '[redacted]',
      },
      // Fastify merges these over its own: the request it logs for every call keeps its shape,
      // with secrets sent in the query string (any parameter may arrive there) cut out.
      serializers: { req: serializeRequest, err: serializeError },
    },
    destination,
  );
}

/**
 * Error properties that hold the values a query was run with: mysql2 puts the whole statement,
 * parameters interpolated, in `sql` (an owner's e-mail and password hash, a setting's value);
 * PostgreSQL's `detail` repeats a failing row ("Failing row contains (…)").
 */
const QUERY_VALUE_PROPERTIES = ['sql', 'parameters', 'detail'] as const;

/** pino's error serializer, without the properties that carry query values (nested errors too). */
export function serializeError(error: unknown): unknown {
  const out = pino.stdSerializers.err(error as Error) as unknown;
  stripQueryValues(out, 0);
  return out;
}

function stripQueryValues(value: unknown, depth: number): void {
  if (value === null || typeof value !== 'object' || depth > 5) return;
  const record = value as Record<string, unknown>;
  for (const name of QUERY_VALUE_PROPERTIES) delete record[name];
  for (const nested of Object.values(record)) {
    if (Array.isArray(nested)) nested.forEach((item) => stripQueryValues(item, depth + 1));
    else stripQueryValues(nested, depth + 1);
  }
}

/**
 * Query parameters whose values never reach a log (names compared lower-case): secrets, and the
 * owner's e-mail (personal data; the pages' links carry it too).
 */
const SECRET_QUERY_NAMES: ReadonlySet<string> = new Set([
  ...SECRET_FIELD_NAMES.map((name) => name.toLowerCase()),
  'email',
  'value',
]);

/** What Fastify hands the request serializer. */
interface LoggedRequest {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  headers?: Record<string, unknown>;
  socket?: { remotePort?: number };
}

/** The request as Fastify logs it (method, url, host, client address), the url sanitised. */
export function serializeRequest(request: LoggedRequest) {
  return {
    method: request.method,
    url: request.url === undefined ? undefined : redactQuery(request.url),
    version: request.headers?.['accept-version'],
    host: request.host,
    remoteAddress: request.ip,
    remotePort: request.socket?.remotePort,
  };
}

/**
 * A URL with the values of secret query parameters replaced by `[redacted]`; names are matched
 * after percent-decoding and in any case.
 */
export function redactQuery(url: string): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const pairs = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      return SECRET_QUERY_NAMES.has(decodeName(rawName)) ? `${rawName}=[redacted]` : pair;
    });
  return `${url.slice(0, q)}?${pairs.join('&')}`;
}

function decodeName(raw: string): string {
  try {
    return decodeURIComponent(raw.replace(/\+/g, ' ')).trim().toLowerCase();
  } catch {
    return raw.toLowerCase();
  }
}
