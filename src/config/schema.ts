import { z } from 'zod';
import { DEFAULT_LOGIN_PROVIDERS } from '../domain/portal/login-provider.js';
import { parseRetrySchedule } from '../domain/webhook/retry-schedule.js';

/**
 * Every setting the server reads, with its default and a one-line doc.
 * Values arrive as environment strings; the helpers below turn them into typed values and
 * explain what is wrong in words an operator can act on.
 */

const integer = (min: number, max = Number.MAX_SAFE_INTEGER) =>
  z
    .string()
    .trim()
    .regex(/^-?\d+$/, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    );

const boolean = () =>
  z
    .string()
    .trim()
    .toLowerCase()
    .refine((v) => ['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'].includes(v), {
      error: 'must be true or false',
    })
    .transform((v) => ['true', '1', 'yes', 'on'].includes(v));

const list = () =>
  z.string().transform((v) =>
    v
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );

const url = (schemes: readonly string[]) =>
  z
    .string()
    .trim()
    .refine(
      (v) => {
        try {
          return schemes.includes(new URL(v).protocol.replace(/:$/, ''));
        } catch {
          return false;
        }
      },
      { error: `must be a URL starting with ${schemes.map((s) => `${s}://`).join(' or ')}` },
    );

const regex = () =>
  z
    .string()
    .refine(
      (v) => {
        try {
          new RegExp(v, 'i');
          return true;
        } catch {
          return false;
        }
      },
      { error: 'must be a valid regular expression' },
    )
    .transform((v) => new RegExp(v, 'i'));

const databaseUrl = () =>
  z
    .string()
    .trim()
    .refine((v) => /^(sqlite:|postgres:\/\/|postgresql:\/\/|mysql:\/\/|mariadb:\/\/)/i.test(v), {
      error: 'must start with sqlite:, postgres:// or mysql:// (unknown database scheme)',
    });

/** A webhook retry schedule: waits in seconds, comma-separated (domain/webhook/retry-schedule.ts says what is valid).
 */
const retrySchedule = () =>
  z.string().transform((text, ctx) => {
    const parsed = parseRetrySchedule(text);
    if (parsed.ok) return [...parsed.schedule];
    for (const problem of parsed.problems) ctx.addIssue({ code: 'custom', message: problem });
    return z.NEVER;
  });

/**
 * Browser origins for CORS: `*`, or origins such as `https://panel.example.com` (scheme, host and
 * port only, as a browser sends them in `Origin`), lower-cased.
 */
const corsOrigins = () =>
  list().transform((items, ctx) => {
    const origins: string[] = [];
    for (const item of items) {
      const origin = item === '*' ? '*' : originOf(item);
      if (origin === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: `"${item}" is not an origin such as https://panel.example.com (or *)`,
        });
        return z.NEVER;
      }
      origins.push(origin);
    }
    return origins;
  });

/** `scheme://host[:port]` of an http(s) URL that names nothing more (no path, query or user), else undefined. */
function originOf(text: string): string | undefined {
  try {
    const url = new URL(text);
    const bare =
      url.pathname === '/' && url.search === '' && url.hash === '' && url.username === '' && url.password === '';
    return (url.protocol === 'http:' || url.protocol === 'https:') && bare ? url.origin : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Whole numbers from `min` to `max`, comma-separated, each once, in ascending order; `none` is
 * the empty list (a policy turned off).
 */
const numberList = (min: number, max: number) =>
  z.string().transform((text, ctx) => {
    if (text.trim().toLowerCase() === 'none') return [];
    const numbers: number[] = [];
    for (const part of text.split(',').map((p) => p.trim())) {
      const n = /^\d+$/.test(part) ? Number(part) : Number.NaN;
      if (!Number.isSafeInteger(n) || n < min || n > max) {
        ctx.addIssue({
          code: 'custom',
          message: `"${part}" is not a whole number from ${min} to ${max} (or write none)`,
        });
        return z.NEVER;
      }
      if (!numbers.includes(n)) numbers.push(n);
    }
    return numbers.sort((a, b) => a - b);
  });

/** Optional: absent and empty both mean "not set". */
const opt = <T extends z.ZodType>(schema: T) => schema.optional();

export const envSchema = z.object({
  /** TCP port the API listens on. */
  PORT: integer(0, 65535).default(8092),
  /** Interface the API listens on. */
  HOST: z.string().trim().min(1).default('127.0.0.1'),
  /** sqlite:PATH, postgres://… or mysql://… */
  DATABASE_URL: databaseUrl().default('sqlite:./data/hosted.db'),
  /** Connections kept by the PostgreSQL/MySQL pool. */
  DATABASE_POOL_SIZE: integer(1, 1000).default(10),
  /**
   * PostgreSQL: statements go as named prepared statements, parsed once per connection. Off
   * behind a pooler in transaction mode that does not carry them between server connections.
   */
  DATABASE_PREPARED_STATEMENTS: boolean().default(true),
  /** Where the generated machine key (and the default SQLite file) live. */
  DATA_DIR: z.string().trim().min(1).default('./data'),
  /** HMAC key(s); the first signs, all verify. Generated into DATA_DIR when unset. */
  MACHINE_KEY: opt(list().refine((keys) => keys.length > 0, { error: 'must hold at least one key' })),
  /** Portals live at <portalName>.<BASE_DOMAIN>. */
  BASE_DOMAIN: z.string().trim().toLowerCase().min(1).default('localhost'),
  /** Scheme used in links to portals. */
  PUBLIC_SCHEME: z.enum(['http', 'https'], { error: 'must be http or https' }).default('http'),
  /** Port used in links to portals (defaults to PORT; 80/443 are omitted). */
  PUBLIC_PORT: opt(integer(1, 65535)),
  /** How old a token may be, in minutes. */
  AUTH_TRUST_INTERVAL: integer(0, 24 * 60).default(5),
  /** How far in the future a token may be, in minutes. */
  AUTH_FUTURE_SKEW: integer(0, 24 * 60).default(5),
  /** Let portal/register be called without a token (self-service sign-up). */
  AUTH_ALLOW_SKIP_REGISTER: boolean().default(false),
  /**
   * Anonymous registrations get no activation key in `reference`: the owner proves the e-mail
   * through the mailed link.
   */
  REGISTER_VERIFY_EMAIL: boolean().default(false),
  /** Let every method be called without a token (development only). */
  AUTH_ALLOW_SKIP_DEFAULT: boolean().default(false),
  /** Shortest portal name (both ONLYOFFICE editions ship 3). */
  PORTAL_NAME_MIN: integer(1, 63).default(3),
  /** Longest portal name (a DNS label: never above 63). */
  PORTAL_NAME_MAX: integer(1, 63).default(63),
  /** Extra names that behave as taken. */
  RESERVED_NAMES: list().default([]),
  /** Prefix of the portal names generated for portal/registerbyemail and portal/provision. */
  REGISTER_NAME_PREFIX: z.string().trim().toLowerCase().default('docspace'),
  /** Random letters and digits at the end of a generated portal name. */
  REGISTER_NAME_RANDOM_LENGTH: integer(1, 63).default(6),
  /** portal/register without portalName generates a name, as portal/registerbyemail does. */
  REGISTER_GENERATE_NAME: boolean().default(false),
  /** The OAuth providers portal/provision accepts (names, any case). */
  LOGIN_PROVIDERS: list()
    .transform((names) => names.map((name) => name.toLowerCase()))
    .default([...DEFAULT_LOGIN_PROVIDERS]),
  /** Shortest password. */
  PASSWORD_MIN: integer(1, 1024).default(8),
  /** Longest password. */
  PASSWORD_MAX: integer(1, 1024).default(128),
  /** Passwords need a digit. */
  PASSWORD_REQUIRE_DIGIT: boolean().default(false),
  /** Passwords need an upper-case letter. */
  PASSWORD_REQUIRE_UPPER: boolean().default(false),
  /** Passwords need a character that is not a letter or digit. */
  PASSWORD_REQUIRE_SPECIAL: boolean().default(false),
  /** Password hashes (scrypt) computed at once, server-wide. */
  PASSWORD_HASH_CONCURRENCY: integer(1, 64).default(2),
  /** Password hashes allowed to wait for a free slot; more are refused with tooMuchAttempts. */
  PASSWORD_HASH_QUEUE: integer(0, 10000).default(16),
  /** Anonymous register/signin calls allowed per client IP within the interval. */
  MAX_ATTEMPTS_COUNT: integer(1).default(10),
  /** The attempt-limit window, in seconds. */
  MAX_ATTEMPTS_INTERVAL: integer(1).default(300),
  /** Proxies whose X-Forwarded-For is believed: addresses/CIDRs, a hop count, or true. */
  TRUST_PROXY: opt(z.string().trim()),
  /** Anonymous register must carry a CAPTCHA response. */
  RECAPTCHA_REQUIRED: boolean().default(false),
  /** CAPTCHA secret for web clients (recaptchaType 0). */
  RECAPTCHA_SECRET: opt(z.string()),
  /** CAPTCHA secret for Android (recaptchaType 1). */
  RECAPTCHA_SECRET_ANDROID: opt(z.string()),
  /** CAPTCHA secret for iOS (recaptchaType 2). */
  RECAPTCHA_SECRET_IOS: opt(z.string()),
  /** hCaptcha secret (recaptchaType 3). */
  HCAPTCHA_SECRET: opt(z.string()),
  /** siteverify endpoint for reCAPTCHA-protocol verifiers (also Turnstile). */
  RECAPTCHA_VERIFY_URL: url(['http', 'https']).default('https://www.google.com/recaptcha/api/siteverify'),
  /** siteverify endpoint for hCaptcha. */
  HCAPTCHA_VERIFY_URL: url(['http', 'https']).default('https://api.hcaptcha.com/siteverify'),
  /** How long to wait for the CAPTCHA verifier, in milliseconds. */
  RECAPTCHA_TIMEOUT_MS: integer(100, 60000).default(5000),
  /** appKey values that bypass the CAPTCHA (trusted apps). */
  APP_KEYS: list().default([]),
  /** E-mails matching this (case-insensitive) bypass the CAPTCHA (test accounts). */
  TEST_EMAIL_REGEX: opt(regex()),
  /** Portals that are not removed, at most (0 = unlimited). */
  MAX_PORTALS: integer(0).default(0),
  /** Removed portals are purged after this many days. */
  REMOVE_RETENTION_DAYS: integer(0).default(30),
  /** Audit records are purged after this many days. */
  AUDIT_RETENTION_DAYS: integer(1).default(365),
  /** How long the answer to a request with an Idempotency-Key is replayed, in hours. */
  IDEMPOTENCY_TTL_HOURS: integer(1, 24 * 30).default(24),
  /** How long one webhook delivery attempt may take, in milliseconds. */
  WEBHOOK_TIMEOUT_MS: integer(100, 120_000).default(10_000),
  /** Seconds to wait before each retry of a failed webhook delivery, comma-separated. */
  WEBHOOK_RETRY_SCHEDULE: retrySchedule().default([5, 300, 1800, 7200, 18000, 36000, 36000]),
  /** Allow webhook endpoints on loopback and private addresses (development and tests only). */
  WEBHOOK_ALLOW_PRIVATE: boolean().default(false),
  /** The most webhook endpoints each API client (and the operator) may have. */
  WEBHOOK_MAX_ENDPOINTS: integer(1, 1000).default(10),
  /** The most webhook/test calls each caller may make per minute. */
  WEBHOOK_TESTS_PER_MINUTE: integer(1, 1000).default(10),
  /** The most deliveries one endpoint may have waiting; beyond it new ones are recorded as failed. */
  WEBHOOK_MAX_PENDING: integer(10, 1_000_000).default(1000),
  /** Deliveries the sender posts to one endpoint at once (each instance), so no receiver holds up another's. */
  WEBHOOK_ENDPOINT_CONCURRENCY: integer(1, 100).default(4),
  /** Days after dueDate during which a tariff is in Delay, not NotPaid. */
  TARIFF_GRACE_DAYS: integer(0).default(7),
  /** The plan given to every new portal. */
  TARIFF_DEFAULT_PLAN: z.string().trim().min(1).default('default'),
  /** JSON file with the tariff plans (overrides the built-in ones). */
  TARIFF_PLANS_FILE: opt(z.string().trim()),
  /** The tariff plans as inline JSON (overrides TARIFF_PLANS_FILE). */
  TARIFF_PLANS: opt(z.string()),
  /** Days before a tariff's due date when the owner is reminded (comma-separated; none: no reminders). */
  DUE_REMINDER_DAYS: numberList(1, 3650).default([1, 7]),
  /** Suspend a portal when its tariff becomes NotPaid (past the due date and the grace days). */
  SUSPEND_WHEN_NOT_PAID: boolean().default(false),
  /** Remove a portal suspended for non-payment after this many days (unset: never). */
  REMOVE_SUSPENDED_AFTER_DAYS: opt(integer(0, 3650)),
  /** How often the lifecycle policy looks for work, in seconds. */
  LIFECYCLE_INTERVAL_SECONDS: integer(1, 86400).default(60),
  /** Usage thresholds in percent of a portal's storage quota and users (comma-separated; none: no alerts). */
  USAGE_ALERTS: numberList(1, 1000).default([80, 100]),
  /** Mail the owner when a usage threshold is crossed (needs SMTP_URL). */
  USAGE_ALERT_MAIL: boolean().default(false),
  /** SMTP server for owner mail, e.g. smtp://user:pass@mail.example.com:587 */
  SMTP_URL: opt(url(['smtp', 'smtps'])),
  /** Sender of owner mail. */
  MAIL_FROM: z.string().trim().min(3).default('Hosted portals <no-reply@localhost>'),
  /** How long activation links stay valid, in hours. */
  ACTIVATION_TTL_HOURS: integer(1).default(72),
  /** How long portal/signin links stay valid, in minutes. */
  SIGNIN_LINK_TTL_MINUTES: integer(1).default(10),
  /** Redis for shared attempt counters (instead of the database). */
  REDIS_URL: opt(url(['redis', 'rediss'])),
  /** Prefix of every key this server writes to Redis (several deployments can share one Redis). */
  REDIS_KEY_PREFIX: z.string().trim().min(1).default('hosted-api:'),
  /** Browser origins allowed to call the API (CORS): a comma list of origins, or *; empty: no CORS headers. */
  CORS_ORIGINS: corsOrigins().default([]),
  /** Serve the interactive API reference at /docs (/openapi.json is always served). */
  DOCS_ENABLED: boolean().default(true),
  /** Largest request body, in bytes. */
  BODY_LIMIT: integer(1024).default(65536),
  /** Enables GET /metrics (Prometheus) behind `Authorization: Bearer <token>`; unset: no metrics. */
  METRICS_TOKEN: opt(z.string().trim().min(16, { error: 'must be at least 16 characters (it guards the metrics)' })),
  /** Serve /metrics on this port instead of the API's (e.g. an internal interface). */
  METRICS_PORT: opt(integer(1, 65535)),
  /** A request (headers and body) must arrive whole within this many milliseconds. */
  REQUEST_TIMEOUT_MS: integer(1000, 3_600_000).default(30000),
  /** A connection with no traffic for this many milliseconds is closed. */
  CONNECTION_TIMEOUT_MS: integer(1000, 3_600_000).default(120000),
  /** Open connections at most; more are closed at once (0 = unlimited). */
  MAX_CONNECTIONS: integer(0).default(1000),
  /** Serve the operator console at /console on the API host. */
  CONSOLE_ENABLED: boolean().default(true),
  /** A console session ends this many hours after sign-in, however busy (it also ends after 8 idle hours). */
  CONSOLE_SESSION_MAX_HOURS: integer(1, 24 * 30).default(12),
  /** E-mail of the first operator console account, created at start when there is none. */
  ADMIN_EMAIL: opt(z.string().trim()),
  /** Password of that first account (the owners' password policy applies). */
  ADMIN_PASSWORD: opt(z.string()),
  /** pino log level. */
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.output<typeof envSchema>;
