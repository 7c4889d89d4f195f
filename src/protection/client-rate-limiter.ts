import type { Logger } from 'pino';
import { RateLimiterRes } from 'rate-limiter-flexible';
import { tooMuchAttempts } from '../domain/errors.js';
import { MINUTE_MS } from '../domain/time.js';
import type { CounterStore } from './attempt-counter.js';

/** An API client's `rateLimit`: signed calls per minute, counted where the attempt limits are. */
export interface ClientRateLimiter {
  /** Counts one call of `clientId`; throws tooMuchAttempts (with Retry-After) past `perMinute`. */
  count(clientId: string, perMinute: number): Promise<void>;
}

/**
 * Every client's limit differs (and may change at any time), so one counter with a limit no
 * client reaches does the counting and the client's own limit is compared here. The counts live
 * in the database or Redis, shared by every instance. If that store fails, the call passes (and
 * is logged): signed calls never depend on it.
 */
export async function createClientRateLimiter(counters: CounterStore, logger: Logger): Promise<ClientRateLimiter> {
  const counter = await counters.counter({
    keyPrefix: 'client-calls',
    points: Number.MAX_SAFE_INTEGER,
    duration: MINUTE_MS / 1000,
  });
  return {
    count: async (clientId, perMinute) => {
      let outcome: RateLimiterRes;
      try {
        outcome = await counter.consume(clientId);
      } catch (error) {
        logger.warn({ err: error, clientId }, 'client call counters unavailable: the call passes uncounted');
        return;
      }
      if (outcome.consumedPoints > perMinute) throw tooMuchAttempts(outcome.msBeforeNext);
    },
  };
}

/**
 * webhook/test calls per caller and minute: each one is an outbound request the caller chooses
 * the target of. Counted where the other limits are; if that store fails the call passes (logged).
 */
export async function createWebhookTestLimiter(
  counters: CounterStore,
  perMinute: number,
  logger: Logger,
): Promise<{ count(caller: string): Promise<void> }> {
  const counter = await counters.counter({ keyPrefix: 'webhook-tests', points: perMinute, duration: MINUTE_MS / 1000 });
  return {
    count: async (caller) => {
      try {
        await counter.consume(caller);
      } catch (outcome) {
        if (!(outcome instanceof RateLimiterRes)) {
          logger.warn({ err: outcome, caller }, 'webhook test counters unavailable: the call passes uncounted');
          return;
        }
        throw tooMuchAttempts(outcome.msBeforeNext, `At most ${perMinute} webhook tests a minute`);
      }
    },
  };
}
