import type { Logger } from 'pino';
import { RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../config/config.js';
import { DomainError, tooMuchAttempts } from '../domain/errors.js';
import type { AttemptSubject } from '../domain/protection/signup-protection.js';
import { openAttemptCounter, type CounterBackend, type CounterStore } from './attempt-counter.js';
import { attemptKey } from './client-key.js';

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
 * Opens the limiter over shared counters (database, or Redis when REDIS_URL is set).
 *
 * The window is fixed: it starts with a key's first attempt and lasts MAX_ATTEMPTS_INTERVAL
 * seconds; refused attempts count too, so hammering does not shorten the wait.
 *
 * When the counter store fails (database or Redis down) the attempt is refused with 500 `error`
 * and logged — it fails closed. Failing open would turn a store outage into unlimited anonymous
 * sign-ups and password guessing, exactly when nobody is watching the counters.
 */
export async function createAttemptLimiter(counters: CounterStore, config: Config, logger: Logger): Promise<AttemptLimiter> {
  const counter = await openAttemptCounter(counters, config);
  return {
    backend: counter.backend,
    countAttempt: async (subject) => {
      const key = 'clientId' in subject ? `client:${subject.clientId}` : attemptKey(subject.ip);
      try {
        await counter.consume(key);
      } catch (outcome) {
        if (outcome instanceof RateLimiterRes) {
          // Logged once per window (the first refusal), not for every refused call of a flood.
          if (outcome.consumedPoints === config.attempts.count + 1) {
            logger.warn({ client: key, limit: config.attempts.count, intervalSeconds: config.attempts.intervalSeconds }, 'attempt limit reached');
          }
          throw tooMuchAttempts(outcome.msBeforeNext);
        }
        logger.error({ err: outcome, backend: counter.backend }, 'attempt counters unavailable: refusing the anonymous attempt (fail closed)');
        throw new DomainError('error', undefined, {}, outcome);
      }
    },
  };
}
