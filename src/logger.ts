import pino, { type Logger } from 'pino';

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
          '*.password',
          '*.passwordHash',
          '*.password_hash',
          '*.machineKey',
          '*.key',
          '*.secret',
          '*.recaptchaResponse',
          '*.smtpUrl',
        ],
        censor: '[redacted]',
      },
      // Fastify merges these over its own: the request it logs for every call keeps its shape,
      // with secrets sent in the query string (contract §3 allows any parameter there) cut out.
      serializers: { req: serializeRequest },
    },
    destination,
  );
}

/** Query parameters whose values never reach a log (names compared lower-case, contract §3). */
const SECRET_QUERY_NAMES: ReadonlySet<string> = new Set([
  'password',
  'passwordhash',
  'recaptcharesponse',
  'appkey',
  'key',
  'value',
  'secret',
  'token',
  'machinekey',
]);

/** The request as Fastify logs it (method, url, host, client address), the url sanitised. */
export function serializeRequest(request: {
  method?: string;
  url?: string;
  host?: string;
  ip?: string;
  headers?: Record<string, unknown>;
  socket?: { remotePort?: number };
}) {
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
 * A URL with the values of secret query parameters (and of `alsoSecret`) replaced by
 * `[redacted]`; names are matched after percent-decoding and in any case.
 */
export function redactQuery(url: string, alsoSecret: readonly string[] = []): string {
  const q = url.indexOf('?');
  if (q < 0) return url;
  const extra = new Set(alsoSecret.map((n) => n.toLowerCase()));
  const pairs = url
    .slice(q + 1)
    .split('&')
    .map((pair) => {
      const eq = pair.indexOf('=');
      const rawName = eq < 0 ? pair : pair.slice(0, eq);
      const name = decodeName(rawName);
      return SECRET_QUERY_NAMES.has(name) || extra.has(name) ? `${rawName}=[redacted]` : pair;
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
