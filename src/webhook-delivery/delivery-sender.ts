import type { BaseLogger } from 'pino';
import type { DomainContext } from '../domain/context.js';
import { DAY_MS, MINUTE_MS } from '../domain/time.js';
import { signingSecrets } from '../domain/webhook/webhook-secret.js';
import {
  claimDueDeliveries,
  markAttemptFailed,
  markDelivered,
  type ClaimedDelivery,
} from '../store/repositories/webhook-deliveries.js';
import { disableEndpoint, findEndpoint, markEndpointHealth } from '../store/repositories/webhook-endpoints.js';
import type { Db } from '../store/store.js';
import { fanOutEvents } from './fan-out.js';
import { writtenTogether } from './written-together.js';
import { postDelivery, type DeliveryResult } from './post-delivery.js';
import { receiverConnections } from './receiver-connections.js';
import { nextAttemptDelay, type RetrySchedule } from '../domain/webhook/retry-schedule.js';
import { signatureHeaders } from './signing.js';

/**
 * The background half of the webhook outbox. A poll fans queued events out into deliveries (one
 * per receiving endpoint) when there may be room for them (see fanOutWanted), then claims due
 * deliveries (with a lease, so several instances never post one delivery at once) into free
 * sending slots, each posted on its own over a kept connection: a slot is freed the moment its
 * answer (or its timeout) comes, and the next poll fills it. No poll waits for a batch's slowest
 * receiver, and no endpoint holds more than its own few slots, so a slow or flooded receiver
 * delays only its own events. The change that caused an event never waits for any of this.
 */

/** How often and how much the sender works. Tests shrink these; production uses the defaults. */
export interface DeliverySenderTiming {
  /** Pause between polls when nothing is due. */
  readonly pollIntervalMs: number;
  /** How long a claim is exclusive: longer than an attempt can take. */
  readonly leaseMs: number;
  /** Deliveries in flight at once (each instance). */
  readonly concurrency: number;
  /** Events fanned out into deliveries per poll. */
  readonly fanOutBatch: number;
}

/**
 * Defaults: a poll a second when idle; up to 50 deliveries in flight, so a receiver answering in
 * 250 ms still takes 200 deliveries a second from each instance (within its endpoint's slots).
 */
export const DEFAULT_DELIVERY_TIMING: DeliverySenderTiming = {
  pollIntervalMs: 1_000,
  leaseMs: 5 * MINUTE_MS,
  concurrency: 50,
  fanOutBatch: 200,
};

/** An endpoint whose every delivery has failed this long is disabled. */
export const FAILING_ENDPOINT_LIMIT_MS = 5 * DAY_MS;

/** What happened to one attempt (for metrics). */
export type DeliveryOutcome = 'delivered' | 'retry' | 'failed';

export interface DeliverySenderDeps {
  readonly ctx: DomainContext;
  readonly timeoutMs: number;
  readonly retrySchedule: RetrySchedule;
  readonly allowPrivate: boolean;
  /** Deliveries posted to one endpoint at once (WEBHOOK_ENDPOINT_CONCURRENCY). */
  readonly endpointConcurrency?: number | undefined;
  readonly logger: BaseLogger;
  /** The product's name and version, in every request's User-Agent. */
  readonly userAgent: string;
  readonly timing?: Partial<DeliverySenderTiming> | undefined;
  /** Told the outcome of every attempt (metrics count them). */
  readonly onOutcome?: ((outcome: DeliveryOutcome) => void) | undefined;
}

/** The webhook sender. */
export interface DeliverySender {
  /**
   * One poll, then waits for the attempts it started: resolves to the events fanned out plus the
   * deliveries attempted (0: nothing was due). Tests and shutdown use it; the loop does not wait.
   */
  runOnce(): Promise<number>;
  /** Starts polling (idempotent). */
  start(): void;
  /** Stops polling and waits for the attempts in flight. */
  stop(): Promise<void>;
}

/** Makes a sender over the store's webhook outbox; call start() to begin polling. */
export function createDeliverySender(deps: DeliverySenderDeps): DeliverySender {
  const timing: DeliverySenderTiming = { ...DEFAULT_DELIVERY_TIMING, ...deps.timing };
  const perEndpoint = deps.endpointConcurrency ?? 4;
  const { ctx, logger } = deps;
  const inFlight = new Set<Promise<void>>();
  /** This instance's deliveries in flight, per endpoint. */
  const inFlightTo = new Map<string, number>();
  /**
   * Whether a claim may find something since the last one: a slot freed here, or a delivery
   * queued for an endpoint this instance does not already fill. While events keep coming (a poll
   * that fans some out polls again at once), claiming on every poll would read the endpoints and
   * their due deliveries again and again for nothing. What only the database knows (another
   * instance's slots, leases running out, retries coming due, a redelivery asked for) is claimed
   * at least every pollIntervalMs.
   */
  let claimWanted = true;
  let lastClaimAt = 0;
  /**
   * Whether the next poll fans out. Once an endpoint's backlog is full, every delivery that ends
   * makes room for one event, and fanning out on every such poll cost a quarter of the 2.1–3.1 ms
   * of CPU a delivery to a slow receiver took (bench/): the backlogs counted, the events read, a
   * transaction for one event per endpoint. A full backlog has hundreds of deliveries waiting
   * ahead of the next event, so refilling it sooner sends nothing sooner. The fan-out runs when
   * its last round handed something out (more may wait), at the poll interval (new events, other
   * instances' deliveries), and when a tenth of the backlog limit has ended here since its last
   * round.
   */
  let fanOutWanted = true;
  let lastFanOutAt = 0;
  let endedSinceFanOut = 0;
  const refillStep = Math.max(1, Math.floor(ctx.options.webhooks.maxPending / 10));
  const outcomes = writtenTogether(ctx.store);
  const connections = receiverConnections();
  let polling: Promise<{ handled: number; started: Promise<void>[] }> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let started = false;

  const attempt = async (delivery: ClaimedDelivery): Promise<DeliveryResult> => {
    const now = ctx.clock.now();
    const headers = {
      ...signatureHeaders({
        id: delivery.eventId,
        timestamp: now,
        body: delivery.payload,
        secrets: signingSecrets(ctx.secrets, endpointSecretsOf(delivery), now),
      }),
      'content-type': 'application/json',
      'user-agent': deps.userAgent,
    };
    return postDelivery({
      url: delivery.url,
      headers,
      body: delivery.payload,
      timeoutMs: deps.timeoutMs,
      allowPrivate: deps.allowPrivate,
      connections,
    });
  };

  const sendOne = async (delivery: ClaimedDelivery): Promise<void> => {
    let result: DeliveryResult;
    try {
      result = await attempt(delivery);
    } catch (error) {
      // Signing failed (a secret no configured machine key opens): nothing left the server.
      logger.error(
        { err: error, deliveryId: delivery.id, webhookId: delivery.webhookId },
        'webhook delivery could not be signed',
      );
      result = { ok: false, errorClass: 'connection' };
    }
    const now = ctx.clock.now();
    const said = await outcomes.record((tx) => recordOutcome(tx, delivery, result, now));
    said();
  };

  /**
   * Writes what an attempt came to; resolves to what is to be said about it (logs, metrics) once
   * that is committed.
   */
  const recordOutcome = async (
    tx: Db,
    delivery: ClaimedDelivery,
    result: DeliveryResult,
    now: Date,
  ): Promise<() => void> => {
    if (result.ok) {
      const kept = await markDelivered(tx, delivery, result.status, now);
      if (delivery.endpointFailing) await markEndpointHealth(tx, delivery.webhookId, true, now);
      return () => {
        if (!kept)
          logger.warn(
            { deliveryId: delivery.id },
            'webhook delivered, but its claim had expired: raise the lease above the timeouts',
          );
        deps.onOutcome?.('delivered');
      };
    }
    const wait = nextAttemptDelay(delivery.attempts, deps.retrySchedule);
    const error = result.status !== undefined ? `http_${result.status}` : result.errorClass;
    await markAttemptFailed(tx, delivery, {
      statusCode: result.status ?? null,
      error,
      nextAttemptAt: wait === undefined ? undefined : new Date(now.getTime() + wait),
    });
    await markEndpointHealth(tx, delivery.webhookId, false, now);
    let disabled: string | undefined;
    if (result.status === 410) {
      // The receiver says the endpoint is gone for good: stop at once rather than retry for days.
      disabled = 'webhook endpoint disabled: the receiver answered 410 Gone';
      await disableEndpoint(tx, delivery.webhookId, 'the receiver answered 410 Gone');
    } else {
      const endpoint = await findEndpoint(tx, delivery.webhookId);
      if (
        endpoint?.failingSince != null &&
        now.getTime() - endpoint.failingSince.getTime() >= FAILING_ENDPOINT_LIMIT_MS
      ) {
        disabled = 'webhook endpoint disabled: every delivery failed for 5 days';
        await disableEndpoint(tx, delivery.webhookId, 'every delivery failed for 5 days');
      }
    }
    return () => {
      deps.onOutcome?.(wait === undefined ? 'failed' : 'retry');
      if (disabled !== undefined) logger.warn({ webhookId: delivery.webhookId }, disabled);
      logger.info(
        { deliveryId: delivery.id, webhookId: delivery.webhookId, attempts: delivery.attempts, error, retryInMs: wait },
        'webhook delivery failed',
      );
    };
  };

  /** Starts one attempt in a slot of its own; the slot is freed (and the next poll called) when it ends. */
  const launch = (delivery: ClaimedDelivery): Promise<void> => {
    const endpoint = delivery.webhookId;
    inFlightTo.set(endpoint, (inFlightTo.get(endpoint) ?? 0) + 1);
    const running = sendOne(delivery)
      .catch((error: unknown) =>
        logger.error({ err: error, deliveryId: delivery.id }, 'webhook delivery could not be recorded'),
      )
      .finally(() => {
        inFlight.delete(running);
        endedSinceFanOut += 1;
        if (endedSinceFanOut >= refillStep) fanOutWanted = true;
        const left = (inFlightTo.get(endpoint) ?? 1) - 1;
        if (left > 0) inFlightTo.set(endpoint, left);
        else inFlightTo.delete(endpoint);
        claimWanted = true;
        // A slot is free: fill it now rather than at the next interval.
        if (started) schedule(0);
      });
    inFlight.add(running);
    return running;
  };

  /** Fans out queued events, then claims as many due deliveries as there are free slots. */
  const poll = async (): Promise<{ handled: number; started: Promise<void>[] }> => {
    // Pacing only, so the process's own monotonic clock: a test's frozen domain clock must not stall it.
    const paceNow = performance.now();
    let fanned = 0;
    if (fanOutWanted || paceNow - lastFanOutAt >= timing.pollIntervalMs) {
      lastFanOutAt = paceNow;
      endedSinceFanOut = 0;
      fanned = await fanOutEvents(ctx, {
        batch: timing.fanOutBatch,
        onQueued: (webhookId) => {
          if ((inFlightTo.get(webhookId) ?? 0) < perEndpoint) claimWanted = true;
        },
      });
      fanOutWanted = fanned > 0;
    }
    const free = timing.concurrency - inFlight.size;
    if (free <= 0) return { handled: fanned, started: [] };
    const now = ctx.clock.now();
    if (!claimWanted && now.getTime() - lastClaimAt < timing.pollIntervalMs) return { handled: fanned, started: [] };
    claimWanted = false;
    lastClaimAt = now.getTime();
    // One transaction for the whole claim: one commit, not one per delivery claimed.
    const claimed = await ctx.store.transaction((tx) =>
      claimDueDeliveries(tx, {
        now,
        leaseUntil: new Date(now.getTime() + timing.leaseMs),
        limit: free,
        perEndpoint,
      }),
    );
    return { handled: fanned + claimed.length, started: claimed.map(launch) };
  };

  /** One poll at a time per process (other processes are kept apart by the claims). */
  const pollOnce = () => {
    polling ??= poll().finally(() => {
      polling = undefined;
    });
    return polling;
  };

  let timerDelay = 0;
  /** Polls after `delayMs`; an immediate poll replaces a waiting interval. */
  const schedule = (delayMs: number) => {
    if (!started) return;
    if (timer !== undefined) {
      if (timerDelay <= delayMs) return;
      clearTimeout(timer);
    }
    timerDelay = delayMs;
    timer = setTimeout(() => {
      timer = undefined;
      // A poll at the interval always fans out and claims (see fanOutWanted and claimWanted).
      if (delayMs >= timing.pollIntervalMs) {
        claimWanted = true;
        fanOutWanted = true;
      }
      let next = timing.pollIntervalMs;
      pollOnce()
        .then(({ handled }) => {
          // Something was done: more may be waiting; poll again at once.
          if (handled > 0) next = 0;
        })
        .catch((error: unknown) => logger.error({ err: error }, 'webhook outbox poll failed'))
        .finally(() => schedule(next));
    }, delayMs);
    timer.unref();
  };

  return {
    runOnce: async () => {
      claimWanted = true;
      fanOutWanted = true;
      const { handled, started: attempts } = await pollOnce();
      await Promise.all(attempts);
      return handled;
    },
    start: () => {
      if (started) return;
      started = true;
      schedule(timing.pollIntervalMs);
    },
    stop: async () => {
      started = false;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await polling?.catch(() => undefined);
      await Promise.all(inFlight);
      connections.close();
    },
  };
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
