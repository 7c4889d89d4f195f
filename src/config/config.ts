import { envSchema, type Env } from './schema.js';
import { MINUTE_MS } from '../domain/time.js';

/** The whole configuration, read once at start, validated and frozen. */
export interface Config {
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly databasePoolSize: number;
  /** PostgreSQL: named prepared statements (off behind a pooler that cannot keep them). */
  readonly databasePreparedStatements: boolean;
  readonly dataDir: string;
  /** Explicit keys from MACHINE_KEY, or undefined to use/generate the one in dataDir. */
  readonly machineKeys: readonly string[] | undefined;
  readonly baseDomain: string;
  readonly publicScheme: 'http' | 'https';
  /** undefined: the default port of the scheme (omitted from links). */
  readonly publicPort: number | undefined;
  readonly auth: {
    readonly trustIntervalMs: number;
    readonly futureSkewMs: number;
    readonly allowSkipRegister: boolean;
    readonly allowSkipDefault: boolean;
    /** Anonymous registrations prove the e-mail (the activation key goes only by mail). */
    readonly registerVerifyEmail: boolean;
  };
  readonly portalName: { readonly min: number; readonly max: number; readonly reserved: readonly string[] };
  readonly registerNamePrefix: string;
  /** Random letters and digits at the end of a generated portal name. */
  readonly registerNameRandomLength: number;
  /** portal/register without a portalName generates one. */
  readonly registerGenerateName: boolean;
  /** The OAuth providers portal/provision accepts, lower-case. */
  readonly loginProviders: readonly string[];
  readonly password: {
    readonly min: number;
    readonly max: number;
    readonly requireDigit: boolean;
    readonly requireUpper: boolean;
    readonly requireSpecial: boolean;
  };
  /** The server-wide cap on password hashing: scrypt runs at once, and how many may wait. */
  readonly passwordHashing: { readonly concurrency: number; readonly queue: number };
  readonly attempts: { readonly count: number; readonly intervalSeconds: number };
  /** Fastify trustProxy value: false, true, a hop count or a list of addresses/CIDRs. */
  readonly trustProxy: boolean | number | string[];
  readonly captcha: {
    readonly required: boolean;
    readonly secrets: {
      readonly web?: string;
      readonly android?: string;
      readonly ios?: string;
      readonly hcaptcha?: string;
    };
    readonly recaptchaVerifyUrl: string;
    readonly hcaptchaVerifyUrl: string;
    readonly timeoutMs: number;
    readonly appKeys: readonly string[];
    readonly testEmailRegex: RegExp | undefined;
  };
  readonly maxPortals: number;
  readonly removeRetentionDays: number;
  readonly auditRetentionDays: number;
  readonly idempotencyTtlHours: number;
  readonly webhooks: {
    readonly timeoutMs: number;
    /** Seconds to wait before each retry; its length is the number of retries. */
    readonly retrySchedule: readonly number[];
    readonly allowPrivate: boolean;
    readonly maxEndpoints: number;
    readonly testsPerMinute: number;
    readonly maxPending: number;
    readonly endpointConcurrency: number;
  };
  readonly tariff: {
    readonly graceDays: number;
    readonly defaultPlan: string;
    readonly plansFile: string | undefined;
    readonly plansJson: string | undefined;
  };
  readonly mail: { readonly smtpUrl: string | undefined; readonly from: string };
  /** The lifecycle policy: reminders, suspension and removal for non-payment, usage alerts. */
  readonly lifecycle: {
    readonly dueReminderDays: readonly number[];
    readonly suspendWhenNotPaid: boolean;
    readonly removeSuspendedAfterDays: number | undefined;
    readonly intervalSeconds: number;
    readonly usageAlerts: readonly number[];
    /** Mail the owner at a usage threshold (when mail is on). */
    readonly usageAlertMail: boolean;
  };
  readonly activationTtlHours: number;
  readonly signinLinkTtlMinutes: number;
  readonly redisUrl: string | undefined;
  readonly redisKeyPrefix: string;
  readonly bodyLimit: number;
  /** Browser origins allowed to call the API (`*`: any); empty: no CORS headers at all. */
  readonly corsOrigins: readonly string[];
  /** Prometheus metrics: on when a token is set; on their own port when `port` is set. */
  readonly metrics: { readonly token: string | undefined; readonly port: number | undefined };
  /** Connection limits: a whole request's time, a silent connection's time, open connections (0 = any). */
  readonly connections: { readonly requestTimeoutMs: number; readonly idleTimeoutMs: number; readonly max: number };
  /** Serve /docs (the API description at /openapi.json is served either way). */
  readonly docsEnabled: boolean;
  /** The operator console, and the first account ADMIN_EMAIL and ADMIN_PASSWORD create (both or neither). */
  readonly console: {
    readonly enabled: boolean;
    readonly sessionMaxHours: number;
    readonly firstAccount: { readonly email: string; readonly password: string } | undefined;
  };
  readonly logLevel: Env['LOG_LEVEL'];
}

/** Thrown when the environment holds bad values; `problems` has one line per variable. */
export class ConfigError extends Error {
  constructor(readonly problems: readonly string[]) {
    super(`Invalid configuration:\n${problems.join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Reads the configuration from an environment map (process.env in main.ts, a literal in tests). */
export function loadConfig(source: Readonly<Record<string, string | undefined>>): Config {
  const raw: Record<string, string> = {};
  for (const key of Object.keys(envSchema.shape)) {
    const value = source[key];
    // An empty variable means "not set", as in most deployment tools.
    if (value !== undefined && value.trim() !== '') raw[key] = value;
  }
  const parsed = envSchema.safeParse(raw);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'configuration');
      const given = raw[name];
      return `${name}: ${issue.message}${given !== undefined ? ` (got "${given}")` : ''}`;
    });
    throw new ConfigError(problems);
  }
  const env = parsed.data;
  const problems: string[] = [];
  if (env.PORTAL_NAME_MIN > env.PORTAL_NAME_MAX) problems.push('PORTAL_NAME_MIN: must not exceed PORTAL_NAME_MAX');
  if (env.PASSWORD_MIN > env.PASSWORD_MAX) problems.push('PASSWORD_MIN: must not exceed PASSWORD_MAX');
  // a required CAPTCHA that no secret can verify would refuse every sign-up.
  if (
    env.RECAPTCHA_REQUIRED &&
    ![env.RECAPTCHA_SECRET, env.RECAPTCHA_SECRET_ANDROID, env.RECAPTCHA_SECRET_IOS, env.HCAPTCHA_SECRET].some(Boolean)
  ) {
    problems.push(
      'RECAPTCHA_REQUIRED: needs at least one of RECAPTCHA_SECRET, RECAPTCHA_SECRET_ANDROID, RECAPTCHA_SECRET_IOS, HCAPTCHA_SECRET',
    );
  }
  // The activation key goes only by mail then: without mail no anonymous owner could ever sign in.
  if (env.REGISTER_VERIFY_EMAIL && env.SMTP_URL === undefined)
    problems.push('REGISTER_VERIFY_EMAIL: needs SMTP_URL (the activation link goes only by mail)');
  // The first console account needs both: an e-mail without a password would create nothing.
  if ((env.ADMIN_EMAIL === undefined) !== (env.ADMIN_PASSWORD === undefined)) {
    problems.push(
      env.ADMIN_EMAIL === undefined
        ? 'ADMIN_EMAIL: must be set with ADMIN_PASSWORD'
        : 'ADMIN_PASSWORD: must be set with ADMIN_EMAIL',
    );
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(toConfig(env));
}

function toConfig(env: Env): Config {
  return {
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    databasePoolSize: env.DATABASE_POOL_SIZE,
    databasePreparedStatements: env.DATABASE_PREPARED_STATEMENTS,
    dataDir: env.DATA_DIR,
    machineKeys: env.MACHINE_KEY,
    baseDomain: env.BASE_DOMAIN,
    publicScheme: env.PUBLIC_SCHEME,
    publicPort: publicPort(env),
    auth: {
      trustIntervalMs: env.AUTH_TRUST_INTERVAL * MINUTE_MS,
      futureSkewMs: env.AUTH_FUTURE_SKEW * MINUTE_MS,
      allowSkipRegister: env.AUTH_ALLOW_SKIP_REGISTER,
      allowSkipDefault: env.AUTH_ALLOW_SKIP_DEFAULT,
      registerVerifyEmail: env.REGISTER_VERIFY_EMAIL,
    },
    portalName: {
      min: env.PORTAL_NAME_MIN,
      max: env.PORTAL_NAME_MAX,
      reserved: env.RESERVED_NAMES.map((n) => n.toLowerCase()),
    },
    registerNamePrefix: env.REGISTER_NAME_PREFIX,
    registerNameRandomLength: env.REGISTER_NAME_RANDOM_LENGTH,
    registerGenerateName: env.REGISTER_GENERATE_NAME,
    loginProviders: env.LOGIN_PROVIDERS,
    password: {
      min: env.PASSWORD_MIN,
      max: env.PASSWORD_MAX,
      requireDigit: env.PASSWORD_REQUIRE_DIGIT,
      requireUpper: env.PASSWORD_REQUIRE_UPPER,
      requireSpecial: env.PASSWORD_REQUIRE_SPECIAL,
    },
    passwordHashing: { concurrency: env.PASSWORD_HASH_CONCURRENCY, queue: env.PASSWORD_HASH_QUEUE },
    attempts: { count: env.MAX_ATTEMPTS_COUNT, intervalSeconds: env.MAX_ATTEMPTS_INTERVAL },
    trustProxy: trustProxy(env.TRUST_PROXY),
    captcha: {
      required: env.RECAPTCHA_REQUIRED,
      secrets: {
        web: env.RECAPTCHA_SECRET,
        android: env.RECAPTCHA_SECRET_ANDROID,
        ios: env.RECAPTCHA_SECRET_IOS,
        hcaptcha: env.HCAPTCHA_SECRET,
      },
      recaptchaVerifyUrl: env.RECAPTCHA_VERIFY_URL,
      hcaptchaVerifyUrl: env.HCAPTCHA_VERIFY_URL,
      timeoutMs: env.RECAPTCHA_TIMEOUT_MS,
      appKeys: env.APP_KEYS,
      testEmailRegex: env.TEST_EMAIL_REGEX,
    },
    maxPortals: env.MAX_PORTALS,
    removeRetentionDays: env.REMOVE_RETENTION_DAYS,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    idempotencyTtlHours: env.IDEMPOTENCY_TTL_HOURS,
    webhooks: {
      timeoutMs: env.WEBHOOK_TIMEOUT_MS,
      retrySchedule: env.WEBHOOK_RETRY_SCHEDULE,
      allowPrivate: env.WEBHOOK_ALLOW_PRIVATE,
      maxEndpoints: env.WEBHOOK_MAX_ENDPOINTS,
      testsPerMinute: env.WEBHOOK_TESTS_PER_MINUTE,
      maxPending: env.WEBHOOK_MAX_PENDING,
      endpointConcurrency: env.WEBHOOK_ENDPOINT_CONCURRENCY,
    },
    tariff: {
      graceDays: env.TARIFF_GRACE_DAYS,
      defaultPlan: env.TARIFF_DEFAULT_PLAN,
      plansFile: env.TARIFF_PLANS_FILE,
      plansJson: env.TARIFF_PLANS,
    },
    mail: { smtpUrl: env.SMTP_URL, from: env.MAIL_FROM },
    lifecycle: {
      dueReminderDays: env.DUE_REMINDER_DAYS,
      suspendWhenNotPaid: env.SUSPEND_WHEN_NOT_PAID,
      removeSuspendedAfterDays: env.REMOVE_SUSPENDED_AFTER_DAYS,
      intervalSeconds: env.LIFECYCLE_INTERVAL_SECONDS,
      usageAlerts: env.USAGE_ALERTS,
      usageAlertMail: env.USAGE_ALERT_MAIL,
    },
    activationTtlHours: env.ACTIVATION_TTL_HOURS,
    signinLinkTtlMinutes: env.SIGNIN_LINK_TTL_MINUTES,
    redisUrl: env.REDIS_URL,
    redisKeyPrefix: env.REDIS_KEY_PREFIX,
    bodyLimit: env.BODY_LIMIT,
    corsOrigins: env.CORS_ORIGINS,
    metrics: { token: env.METRICS_TOKEN, port: env.METRICS_PORT },
    connections: {
      requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
      idleTimeoutMs: env.CONNECTION_TIMEOUT_MS,
      max: env.MAX_CONNECTIONS,
    },
    docsEnabled: env.DOCS_ENABLED,
    console: {
      enabled: env.CONSOLE_ENABLED,
      sessionMaxHours: env.CONSOLE_SESSION_MAX_HOURS,
      firstAccount:
        env.ADMIN_EMAIL !== undefined && env.ADMIN_PASSWORD !== undefined
          ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD }
          : undefined,
    },
    logLevel: env.LOG_LEVEL,
  };
}

function publicPort(env: Env): number | undefined {
  const port = env.PUBLIC_PORT ?? env.PORT;
  // omit the scheme's default port from links.
  if ((env.PUBLIC_SCHEME === 'http' && port === 80) || (env.PUBLIC_SCHEME === 'https' && port === 443))
    return undefined;
  return port;
}

function trustProxy(value: string | undefined): boolean | number | string[] {
  if (value === undefined) return false;
  const v = value.toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  if (/^\d+$/.test(v)) return Number(v);
  return value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !(value instanceof RegExp)) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}
