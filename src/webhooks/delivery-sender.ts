import type { BaseLogger } from 'pino';
import type { DomainContext } from '../domain/context.js';
import { pollLoop, type PollLoop } from '../poll-loop.js';
import { DAY_MS, MINUTE_MS } from '../domain/time.js';
import { signingSecrets } from '../domain/webhook/webhook-secret.js';
import { claimDueDeliveries, markAttemptFailed, markDelivered, type ClaimedDelivery } from '../store/repositories/webhook-deliveries.js';
import { disableEndpoint, findEndpoint, markEndpointHealth } from '../store/repositories/webhook-endpoints.js';
import { postDelivery, type DeliveryResult } from './post-delivery.js';
import { nextAttemptDelay, type RetrySchedule } from './retry-schedule.js';
import { signatureHeaders } from './signing.js';

/**
 * The background half of the webhook outbox: a poll that claims due deliveries (with a lease, so
 * several instances never post one delivery at once), signs and posts each, and records the
 * outcome. The change that caused the event never waits for any of this.
 */

/** How often and how much the sender works. Tests shrink these; production uses the defaults. */
export interface DeliverySenderTiming {
  /** Pause between polls when nothing is due. */
  readonly pollIntervalMs: number;
  /** How long a claim is exclusive: longer than a batch of attempts can take. */
  readonly leaseMs: number;
  /** Deliveries claimed per poll (posted concurrently). */
  readonly batchSize: number;
}

/**
 * Defaults: a poll a second; up to 50 deliveries posted at once, so a receiver answering in
 * 250 ms still takes 200 deliveries a second from each instance.
 */
export const DEFAULT_DELIVERY_TIMING: DeliverySenderTiming = { pollIntervalMs: 1_000, leaseMs: 5 * MINUTE_MS, batchSize: 50 };

/** An endpoint whose every delivery has failed this long is disabled. */
export const FAILING_ENDPOINT_LIMIT_MS = 5 * DAY_MS;

/** What happened to one attempt (for metrics). */
export type DeliveryOutcome = 'delivered' | 'retry' | 'failed';

export interface DeliverySenderDeps {
  readonly ctx: DomainContext;
  readonly timeoutMs: number;
  readonly retrySchedule: RetrySchedule;
  readonly allowPrivate: boolean;
  readonly logger: BaseLogger;
  /** The product's name and version, in every request's User-Agent. */
  readonly userAgent: string;
  readonly timing?: Partial<DeliverySenderTiming> | undefined;
  /** Told the outcome of every attempt (metrics count them). */
  readonly onOutcome?: ((outcome: DeliveryOutcome) => void) | undefined;
}

/** The webhook sender: runOnce() claims and posts what is due now, resolving to the number attempted. */
export type DeliverySender = PollLoop;

/** Makes a sender over the store's webhook outbox; call start() to begin polling. */
export function createDeliverySender(deps: DeliverySenderDeps): DeliverySender {
  const timing: DeliverySenderTiming = { ...DEFAULT_DELIVERY_TIMING, ...deps.timing };
  const { ctx, logger } = deps;
  const db = ctx.store.db;

  const attempt = async (delivery: ClaimedDelivery): Promise<DeliveryResult> => {
    const now = ctx.clock.now();
    const headers = {
      ...signatureHeaders({ id: delivery.eventId, timestamp: now, body: delivery.payload, secrets: signingSecrets(ctx.secrets, endpointSecretsOf(delivery), now) }),
      'content-type': 'application/json',
      'user-agent': deps.userAgent,
    };
    return postDelivery({ url: delivery.url, headers, body: delivery.payload, timeoutMs: deps.timeoutMs, allowPrivate: deps.allowPrivate });
  };

  const sendOne = async (delivery: ClaimedDelivery): Promise<boolean> => {
    let result: DeliveryResult;
    try {
      result = await attempt(delivery);
    } catch (error) {
      // Signing failed (a secret no configured machine key opens): nothing left the server.
      logger.error({ err: error, deliveryId: delivery.id, webhookId: delivery.webhookId }, 'webhook delivery could not be signed');
      result = { ok: false, errorClass: 'connection' };
    }
    const now = ctx.clock.now();
    if (result.ok) {
      if (!(await markDelivered(db, delivery, result.status, now))) {
        logger.warn({ deliveryId: delivery.id }, 'webhook delivered, but its claim had expired: raise the lease above the timeouts');
      }
      if (delivery.endpointFailing) await markEndpointHealth(db, delivery.webhookId, true, now);
      deps.onOutcome?.('delivered');
      return true;
    }
    const wait = nextAttemptDelay(delivery.attempts, deps.retrySchedule);
    const error = result.status !== undefined ? `http_${result.status}` : result.errorClass;
    await markAttemptFailed(db, delivery, { statusCode: result.status ?? null, error, nextAttemptAt: wait === undefined ? undefined : new Date(now.getTime() + wait) });
    await markEndpointHealth(db, delivery.webhookId, false, now);
    deps.onOutcome?.(wait === undefined ? 'failed' : 'retry');
    if (result.status === 410) {
      // The receiver says the endpoint is gone for good: stop at once rather than retry for days.
      await disableEndpoint(db, delivery.webhookId, 'the receiver answered 410 Gone');
      logger.warn({ webhookId: delivery.webhookId }, 'webhook endpoint disabled: the receiver answered 410 Gone');
    } else {
      const endpoint = await findEndpoint(db, delivery.webhookId);
      if (endpoint?.failingSince != null && now.getTime() - endpoint.failingSince.getTime() >= FAILING_ENDPOINT_LIMIT_MS) {
        await disableEndpoint(db, delivery.webhookId, 'every delivery failed for 5 days');
        logger.warn({ webhookId: delivery.webhookId }, 'webhook endpoint disabled: every delivery failed for 5 days');
      }
    }
    logger.info({ deliveryId: delivery.id, webhookId: delivery.webhookId, attempts: delivery.attempts, error, retryInMs: wait }, 'webhook delivery failed');
    return false;
  };

  /** Claims a batch and posts it; resolves to the number claimed (delivered or not). */
  const runBatch = async (): Promise<number> => {
    const now = ctx.clock.now();
    const claimed = await claimDueDeliveries(db, { now, leaseUntil: new Date(now.getTime() + timing.leaseMs), limit: timing.batchSize });
    await Promise.all(claimed.map(sendOne));
    return claimed.length;
  };

  return pollLoop({
    run: runBatch,
    intervalMs: timing.pollIntervalMs,
    fullBatch: timing.batchSize,
    onError: (error) => logger.error({ err: error }, 'webhook outbox poll failed'),
  });
}

/** The endpoint's secrets as the claim carries them. */
function endpointSecretsOf(delivery: ClaimedDelivery) {
  return {
    id: delivery.webhookId,
    secretSealed: delivery.secretSealed,
    previousSecretSealed: delivery.previousSecretSealed,
    previousSecretUntil: delivery.previousSecretUntil,
  };
}
