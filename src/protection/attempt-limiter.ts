import { createHash } from 'node:crypto';
import type { Logger } from 'pino';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config/config.js';
import { DomainError, tooMuchAttempts } from '../domain/errors.js';
import type { AttemptSubject } from '../domain/protection/defences.js';
import { openAttemptCounter, type AttemptCounter, type CounterBackend, type CounterStore } from './attempt-counter.js';
import { attemptKeys } from './client-key.js';

/** The attempt limit for anonymous register and signin calls (and a client's signin calls). */
export interface AttemptLimiter {
  readonly backend: CounterBackend;
  /**
   * Counts one attempt of `subject` (a client IP, or an API client). Throws tooMuchAttempts (with
   * the seconds until the window ends, sent as Retry-After) once more than MAX_ATTEMPTS_COUNT
   * attempts fell within MAX_ATTEMPTS_INTERVAL seconds.
   */
  countAttempt(subject: AttemptSubject): Promise<void>;
}

/**
 * An IPv6 /48 (a site: 65,536 /64s) shares this many times MAX_ATTEMPTS_COUNT among all its
 * /64s. Each /64 keeps its own limit as well; whichever is reached first refuses.
 */
export const NETWORK_48_SHARE = 16;

/**
 * Opens the limiter over shared counters (database, or Redis when REDIS_URL is set). Counters of
 * different things (attempts, anonymous idempotency keys) keep apart by their `keyPrefix`.
 *
 * The window is fixed: it starts with a key's first attempt and lasts MAX_ATTEMPTS_INTERVAL
 * seconds; refused attempts count too, so hammering does not shorten the wait. An IPv6 caller is
 * counted twice, under its /64 and under its /48 (see client-key.ts); both counts go up on every
 * attempt, and the attempt is refused when either is past its limit (Retry-After: the longer wait).
 *
 * When the counter store fails (database or Redis down) the attempt is refused with 500 `error`
 * and logged — it fails closed. Failing open would turn a store outage into unlimited anonymous
 * sign-ups and password guessing, exactly when nobody is watching the counters.
 */
export async function createAttemptLimiter(
  counters: CounterStore,
  config: Config,
  logger: Logger,
  keyPrefix = 'attempts',
): Promise<AttemptLimiter> {
  const limit = config.attempts.count;
  const counter = await openAttemptCounter(counters, config, keyPrefix);
  const networks = await counters.counter({
    keyPrefix: `${keyPrefix}-48`,
    points: limit * NETWORK_48_SHARE,
    duration: config.attempts.intervalSeconds,
  });

  /** Counts under one key: the wait when past the limit, undefined within it. */
  const consume = async (on: AttemptCounter, key: string, points: number): Promise<number | undefined> => {
    try {
      await on.consume(key);
      return undefined;
    } catch (outcome) {
      if (!(outcome instanceof RateLimiterRes)) {
        logger.error(
          { err: outcome, backend: on.backend },
          'attempt counters unavailable: refusing the anonymous attempt (fail closed)',
        );
        throw new DomainError('error', undefined, {}, outcome);
      }
      // Logged once per window (the first refusal), not for every refused call of a flood.
      if (outcome.consumedPoints === points + 1) {
        logger.warn(
          { client: key, limit: points, intervalSeconds: config.attempts.intervalSeconds },
          'attempt limit reached',
        );
      }
      return outcome.msBeforeNext;
    }
  };

  return {
    backend: counter.backend,
    countAttempt: async (subject) => {
      if ('clientId' in subject || 'account' in subject) {
        // An account's key is a digest: the counters never hold an operator's e-mail.
        const key =
          'clientId' in subject
            ? `client:${subject.clientId}`
            : `account:${createHash('sha256').update(subject.account.trim().toLowerCase(), 'utf8').digest('hex')}`;
        const wait = await consume(counter, key, limit);
        if (wait !== undefined) throw tooMuchAttempts(wait);
        return;
      }
      const { key, network } = attemptKeys(subject.ip);
      const waits = await Promise.all([
        consume(counter, key, limit),
        network === undefined ? undefined : consume(networks, network, limit * NETWORK_48_SHARE),
      ]);
      const refused = waits.filter((w): w is number => w !== undefined);
      if (refused.length > 0) throw tooMuchAttempts(Math.max(...refused));
    },
  };
}
