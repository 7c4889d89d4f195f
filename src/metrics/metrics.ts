import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import type { Clock } from '../domain/clock.js';
import { DEFAULT_SENDER_TIMING } from '../mail/outbox-sender.js';
import { mailBacklog } from '../store/repositories/outbox.js';
import { countTenantsByStatus } from '../store/repositories/tenants.js';
import { webhookBacklog } from '../store/repositories/webhook-events.js';
import type { Store } from '../store/store.js';
import { registerRequestTally } from './request-tally.js';

/**
 * What the server tells Prometheus: requests by method path (never a raw URL: labels stay few),
 * their latency, portals by status, sign-ups and their refusals, the mail and webhook outboxes,
 * and the process itself. One registry per server, so several servers in one process (tests)
 * keep apart.
 */
export interface Metrics {
  readonly registry: Registry;
  /** One answered request: `route` is the method path without prefix, or `unknown`. */
  observeRequest(method: string, route: string, status: number, seconds: number): void;
  /** One registration's outcome. */
  registration(outcome: 'created' | 'refused' | 'failed'): void;
  /** A caller stopped by the attempt limit. */
  attemptLimited(): void;
  /** A CAPTCHA that did not verify. */
  captchaFailed(): void;
  /** One webhook delivery attempt's outcome. */
  webhookDelivery(outcome: 'delivered' | 'retry' | 'failed'): void;
}

/** Database-backed values are read at most this often (a scrape every few seconds costs one query a while). */
const CACHE_MS = 30_000;

/** Builds the registry and its metrics over the store. */
export function createMetrics(store: Store, clock: Clock): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const requests = registerRequestTally(registry);
  const registrations = new Counter({
    name: 'hosted_registrations_total',
    help: 'Portal registrations, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });
  const limited = new Counter({
    name: 'hosted_attempts_limited_total',
    help: 'Calls refused by the attempt limit.',
    registers: [registry],
  });
  const captcha = new Counter({
    name: 'hosted_captcha_failures_total',
    help: 'CAPTCHA responses that did not verify.',
    registers: [registry],
  });
  const deliveries = new Counter({
    name: 'hosted_webhook_deliveries_total',
    help: 'Webhook delivery attempts, by outcome.',
    labelNames: ['outcome'] as const,
    registers: [registry],
  });

  const cached = <T>(read: () => Promise<T>) => {
    let value: { readonly at: number; readonly data: Promise<T> } | undefined;
    return (): Promise<T> => {
      const now = clock.now().getTime();
      if (value === undefined || now - value.at >= CACHE_MS)
        value = { at: now, data: read().catch((error: unknown) => ((value = undefined), Promise.reject(error))) };
      return value.data;
    };
  };
  const portals = cached(() => countTenantsByStatus(store.db));
  const backlog = cached(async () => ({
    mail: await mailBacklog(store.db, DEFAULT_SENDER_TIMING.maxAttempts),
    webhook: await webhookBacklog(store.db),
  }));

  new Gauge({
    name: 'hosted_portals',
    help: 'Portals by status (at most 30 s old).',
    labelNames: ['status'] as const,
    registers: [registry],
    async collect() {
      for (const [status, count] of Object.entries(await portals())) this.set({ status }, count);
    },
  });
  new Gauge({
    name: 'hosted_outbox_pending',
    help: 'Messages waiting in an outbox (mail or webhook), at most 30 s old.',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      const b = await backlog();
      this.set({ kind: 'mail' }, b.mail.pending);
      this.set({ kind: 'webhook' }, b.webhook.pending);
    },
  });
  new Gauge({
    name: 'hosted_outbox_oldest_seconds',
    help: 'Age of the oldest message waiting in an outbox (0 when empty), at most 30 s old.',
    labelNames: ['kind'] as const,
    registers: [registry],
    async collect() {
      const b = await backlog();
      const age = (oldest: Date | null) =>
        oldest === null ? 0 : Math.max(0, (clock.now().getTime() - oldest.getTime()) / 1000);
      this.set({ kind: 'mail' }, age(b.mail.oldest));
      this.set({ kind: 'webhook' }, age(b.webhook.oldest));
    },
  });

  return {
    registry,
    observeRequest: (method, route, status, seconds) => requests.observe(method, route, status, seconds),
    registration: (outcome) => registrations.inc({ outcome }),
    attemptLimited: () => limited.inc(),
    captchaFailed: () => captcha.inc(),
    webhookDelivery: (outcome) => deliveries.inc({ outcome }),
  };
}
