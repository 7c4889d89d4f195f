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
    },
    destination,
  );
}
