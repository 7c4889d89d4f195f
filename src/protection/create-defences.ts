import { createHash, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { Config } from '../config/config.js';
import { withoutGmailDots } from '../domain/email.js';
import { DomainError } from '../domain/errors.js';
import type { CaptchaRequest, Defences } from '../domain/protection/defences.js';
import type { Store } from '../store/store.js';
import { openCounterStore } from './attempt-counter.js';
import { createAttemptLimiter } from './attempt-limiter.js';
import { captchaKind, createCaptchaVerifier } from './captcha-verifier.js';
import { createClientRateLimiter, createWebhookTestLimiter } from './client-rate-limiter.js';

export interface ProtectionDeps {
  readonly config: Config;
  readonly store: Store;
  readonly logger: Logger;
  /** Told of every caller stopped by the attempt limit and every CAPTCHA that failed. */
  readonly metrics?: { attemptLimited(): void; captchaFailed(): void } | undefined;
}

/**
 * The attempt limiter and CAPTCHA check of anonymous sign-up, and API clients' call limits, wired
 * by src/server.ts over one counter store (the database, or Redis). The routes call the sign-up
 * defences for anonymous callers only, in registration's order (attempt limit, then CAPTCHA).
 */
export async function createDefences(deps: ProtectionDeps): Promise<Defences & { close(): Promise<void> }> {
  const { config, logger } = deps;
  const counters = await openCounterStore(deps);
  const limiter = await createAttemptLimiter(counters, config, logger);
  const anonymousKeys = await createAttemptLimiter(counters, config, logger, 'idempotency-keys');
  const clientCalls = await createClientRateLimiter(counters, logger);
  const webhookTests = await createWebhookTestLimiter(counters, config.webhooks.testsPerMinute, logger);
  const verifier = createCaptchaVerifier(config.captcha, logger);
  const isAppKey = appKeyMatcher(config.captcha.appKeys);
  logger.info(
    {
      backend: limiter.backend,
      maxAttempts: config.attempts.count,
      intervalSeconds: config.attempts.intervalSeconds,
      captcha: config.captcha.required,
    },
    'sign-up protection ready',
  );

  return {
    countAttempt: async (subject) => {
      try {
        await limiter.countAttempt(subject);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'tooMuchAttempts') deps.metrics?.attemptLimited();
        throw error;
      }
    },
    countIdempotencyKey: async (ip) => {
      try {
        await anonymousKeys.countAttempt({ ip });
      } catch (error) {
        if (error instanceof DomainError && error.code === 'tooMuchAttempts') deps.metrics?.attemptLimited();
        throw error;
      }
    },
    countWebhookTest: (caller) => webhookTests.count(caller),
    countClientCall: (clientId, perMinute) => clientCalls.count(clientId, perMinute),

    verifyCaptcha: async (request: CaptchaRequest) => {
      try {
        await verifyCaptcha(request);
      } catch (error) {
        if (error instanceof DomainError && error.code === 'recaptchaInvalid') deps.metrics?.captchaFailed();
        throw error;
      }
    },

    close: () => counters.close(),
  };

  async function verifyCaptcha(request: CaptchaRequest): Promise<void> {
    if (request.answerOnly === true) return verifyAnswer(request);
    if (!config.captcha.required) return;
    // The CAPTCHA's bypasses: a trusted app's key, or a test account's e-mail.
    if (request.appKey !== undefined && isAppKey(request.appKey)) return;
    const email = request.email?.trim();
    if (email && config.captcha.testEmailRegex?.test(withoutGmailDots(email))) return;
    await verifyAnswer(request);
  }

  /** The CAPTCHA answer itself, verified whatever the settings: no bypass applies. */
  async function verifyAnswer(request: CaptchaRequest): Promise<void> {
    // ONLYOFFICE's server tells the caller which address the CAPTCHA was checked for.
    const invalid = () => new DomainError('recaptchaInvalid', undefined, { clientIp: request.clientIp });
    const kind = captchaKind(request.type);
    if (kind === undefined) {
      logger.info('CAPTCHA refused: unknown recaptchaType');
      throw invalid();
    }
    const response = request.response?.trim();
    if (!response) throw invalid();
    if (!(await verifier.verify(response, kind, request.clientIp))) throw invalid();
  }
}

/**
 * A constant-time membership test for APP_KEYS: both sides are hashed to equal-length digests
 * and every configured key is compared, so timing reveals neither a key nor which one matched.
 * Keys match in any case, as ONLYOFFICE's server compares them.
 */
function appKeyMatcher(keys: readonly string[]): (given: string) => boolean {
  const digests = keys.map((key) => digest(key.toLowerCase()));
  return (given) => {
    const candidate = digest(given.toLowerCase());
    let found = false;
    for (const key of digests) found = timingSafeEqual(candidate, key) || found;
    return found;
  };
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}
