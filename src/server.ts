import { createRequire } from 'node:module';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { buildApp } from './app.js';
import { ConfigError, type Config } from './config/config.js';
import { domainOptionsFrom } from './config/domain-options.js';
import { isWeakMachineKey, resolveMachineKeys, type MachineKeys } from './config/machine-key.js';
import { brandDirectory } from './domain/brand/brand-directory.js';
import { clientDirectory } from './domain/client/client-directory.js';
import { systemClock, type Clock } from './domain/clock.js';
import { SYSTEM_ACTOR } from './domain/actor.js';
import type { DomainContext } from './domain/context.js';
import { createPasswordWork } from './domain/owner/password-work.js';
import type { PasswordCost } from './domain/owner/password.js';
import { DomainError } from './domain/errors.js';
import { ensureFirstOperator } from './domain/operator/operator-accounts.js';
import type { RegistrationHook } from './domain/portal/register-portal.js';
import type { Defences } from './domain/protection/defences.js';
import { keyedDigest } from './domain/tokens/keyed-digest.js';
import { secretBox } from './domain/tokens/secret-box.js';
import { createLogger } from './logger.js';
import { startMailing, type Mailing } from './mail/mailing.js';
import { DEFAULT_SENDER_TIMING, type OutboxSenderTiming } from './mail/outbox-sender.js';
import type { MailTransport } from './mail/transport.js';
import { startMaintenance, type Maintenance } from './maintenance.js';
import { startBulkJobs, type BulkJobTiming } from './bulk-job-runner.js';
import { startLifecycle } from './lifecycle-runner.js';
import { inFlightHandlers, type InFlightHandlers } from './http/in-flight.js';
import { buildMetricsApp } from './http/api/metrics-app.js';
import { createDefences } from './protection/create-defences.js';
import { createDeliverySender, type DeliverySenderTiming } from './webhook-delivery/delivery-sender.js';
import { eventOutbox } from './webhook-delivery/event-outbox.js';
import { openStore, type Store } from './store/store.js';
import { brandFor, type BrandFor } from './domain/brand/brand-for.js';

/**
 * The one composition root: configuration in, a wired server out. main.ts, the tests, the
 * benchmark and the CLI all build the server here, so there is one way the parts fit together.
 */

/** What a caller may put in place of the parts built from the configuration (tests do). */
export interface ServerOverrides {
  /** Time; the system clock by default. */
  readonly clock?: Clock;
  /** The logger; one built from LOG_LEVEL by default. */
  readonly logger?: Logger;
  /** Attempt limit and CAPTCHA check; the ones built from the configuration by default. */
  readonly protection?: Defences;
  /** Owner mail: a transport instead of SMTP_URL's (turns mail on), quicker sender timing. */
  readonly mail?: {
    readonly transport?: MailTransport | undefined;
    readonly timing?: Partial<OutboxSenderTiming> | undefined;
  };
  /** Work committed with every registration, in place of queueing the activation mail. */
  readonly onRegistered?: RegistrationHook;
  /** Run the maintenance job: purges, tariff announcements, re-sealing (default true). */
  readonly maintenance?: boolean;
  /** Run the lifecycle policy every LIFECYCLE_INTERVAL_SECONDS (default: as `maintenance`). */
  readonly lifecycle?: boolean;
  /** The bulk job runner's timing (tests poll faster). */
  readonly bulkJobs?: { readonly timing?: Partial<BulkJobTiming> | undefined };
  /** The webhook sender's timing (tests poll faster). */
  readonly webhooks?: { readonly timing?: Partial<DeliverySenderTiming> | undefined };
  /** Told of every password hash (scrypt run) the server computes: tests count them. */
  readonly onPasswordHash?: () => void;
  /** Where pages and mails take a portal's brand from (tests show a brand of their own). */
  readonly brandFor?: BrandFor;
  /** scrypt's cost for new password hashes (the product's default otherwise): tests lower it. */
  readonly passwordCost?: PasswordCost;
  /** How long a shutdown waits for running requests and open connections (SHUTDOWN_GRACE_MS by default). */
  readonly shutdownGraceMs?: number;
}

/** A wired server: listen, and close everything in order. */
export interface Server {
  readonly config: Config;
  readonly app: FastifyInstance;
  readonly store: Store;
  /** The context every use case runs with (the same the routes use). */
  readonly ctx: DomainContext;
  readonly machineKeys: MachineKeys;
  readonly mailing: Mailing;
  readonly logger: Logger;
  /** Listens on the configured port and host (or the ones given); resolves to the address. */
  listen(options?: { readonly port?: number; readonly host?: string }): Promise<string>;
  /** Stops taking requests, then stops the background work and closes the database. */
  close(): Promise<void>;
}

/**
 * How long a shutdown waits for the requests still running (their callers may have hung up)
 * before the database closes.
 */
const SHUTDOWN_GRACE_MS = 10_000;

/** The product and its version, as webhook receivers see it in User-Agent. */
const USER_AGENT = `hosted-solution-api-webhooks/${(createRequire(import.meta.url)('../package.json') as { version: string }).version}`;

/** The database could not be opened or migrated: the server cannot start. */
export class DatabaseOpenError extends Error {
  constructor(override readonly cause: unknown) {
    super(`cannot open the database: ${cause instanceof Error ? cause.message : String(cause)}`);
    this.name = 'DatabaseOpenError';
  }
}

/**
 * Builds the server from a validated configuration: machine keys (generated into the data
 * directory on first start), the domain's options, the store (migrated), sign-up protection,
 * owner mail, the app and the maintenance job. Throws ConfigError for a bad tariff plans
 * setting and DatabaseOpenError when the database cannot be opened.
 */
export async function createServer(config: Config, overrides: ServerOverrides = {}): Promise<Server> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const { store, ctx, machineKeys } = await openDomain(config, {
    clock: overrides.clock,
    logger,
    onPasswordHash: overrides.onPasswordHash,
    passwordCost: overrides.passwordCost,
  });
  const clock = ctx.clock;

  const closers: Array<() => Promise<void>> = [() => store.close()];
  // Prometheus metrics only when a token enables them: otherwise they cost nothing, and
  // prom-client (~13 MB) is not even loaded.
  const metrics =
    config.metrics.token === undefined ? undefined : (await import('./metrics/metrics.js')).createMetrics(store, clock);
  try {
    let protection = overrides.protection;
    if (protection === undefined) {
      const built = await createDefences({ config, store, logger, metrics });
      closers.unshift(() => built.close());
      protection = built;
    }
    // With SMTP_URL set, registration queues the activation mail and a background sender
    // delivers it (retrying with backoff); without it no mail is queued.
    const brands = overrides.brandFor ?? brandFor;
    const mailing = startMailing({
      config,
      store,
      clock,
      logger,
      ctx,
      brandFor: brands,
      transport: overrides.mail?.transport,
      timing: overrides.mail?.timing,
    });
    closers.unshift(() => mailing.stop());
    if (config.console.firstAccount !== undefined) await createFirstOperator(ctx, config.console.firstAccount, logger);
    // Webhook deliveries leave in the background; the change that queued them never waits.
    const deliveries = createDeliverySender({
      ctx,
      timeoutMs: config.webhooks.timeoutMs,
      retrySchedule: config.webhooks.retrySchedule,
      allowPrivate: config.webhooks.allowPrivate,
      endpointConcurrency: config.webhooks.endpointConcurrency,
      logger,
      userAgent: USER_AGENT,
      timing: overrides.webhooks?.timing,
      onOutcome: metrics === undefined ? undefined : (outcome) => metrics.webhookDelivery(outcome),
    });
    deliveries.start();
    closers.unshift(() => deliveries.stop());
    const inFlight = inFlightHandlers();
    const app = await buildApp({
      inFlight,
      config,
      ctx,
      logger,
      protection,
      onRegistered: overrides.onRegistered ?? mailing.onRegistered,
      onPasswordReset: mailing.onPasswordReset,
      onUsageAlert: mailing.onUsageAlert,
      brandFor: brands,
      metrics,
      mailMaxAttempts: overrides.mail?.timing?.maxAttempts ?? DEFAULT_SENDER_TIMING.maxAttempts,
    });
    closers.unshift(() => stopServing(app, inFlight, logger, overrides.shutdownGraceMs ?? SHUTDOWN_GRACE_MS));
    // METRICS_PORT: /metrics alone on its own port, e.g. an internal interface the scraper reaches.
    const metricsApp =
      metrics !== undefined && config.metrics.token !== undefined && config.metrics.port !== undefined
        ? await buildMetricsApp(metrics, config.metrics.token, logger)
        : undefined;
    if (metricsApp !== undefined) closers.unshift(() => metricsApp.close());
    // Bulk jobs (portal/bulk) run in the background; a stopping server hands its job back first.
    const bulkJobs = startBulkJobs(ctx, logger, overrides.bulkJobs?.timing);
    closers.splice(1, 0, () => bulkJobs.stop());
    if (overrides.lifecycle ?? overrides.maintenance !== false) {
      // The lifecycle policy: reminders, suspension and removal for non-payment, scheduled removals.
      const lifecycle = startLifecycle(ctx, { reminderMail: mailing.onDueReminder }, logger);
      closers.splice(1, 0, () => lifecycle.stop());
    }
    let maintenance: Maintenance | undefined;
    if (overrides.maintenance !== false) {
      // Removed portals are purged after REMOVE_RETENTION_DAYS (with expired links and old mail).
      maintenance = startMaintenance(ctx, logger);
      const stop = maintenance.stop;
      closers.splice(1, 0, stop);
    }
    return {
      config,
      app,
      store,
      ctx,
      machineKeys,
      mailing,
      logger,
      listen: async (where = {}) => {
        const host = where.host ?? config.host;
        if (metricsApp !== undefined) await metricsApp.listen({ port: config.metrics.port, host });
        return app.listen({ port: where.port ?? config.port, host });
      },
      close: () => closeInOrder(closers),
    };
  } catch (error) {
    await closeInOrder(closers).catch(() => undefined);
    throw error;
  }
}

/** The store and the rules' context without the HTTP server and its background work. */
export interface OpenedDomain {
  readonly config: Config;
  readonly store: Store;
  readonly ctx: DomainContext;
  readonly machineKeys: MachineKeys;
  /** Closes the database. */
  close(): Promise<void>;
}

/**
 * Opens the database (migrated) and builds the context every use case runs with: what
 * createServer starts from, and all that work on the database alone needs (the CLI's admin
 * commands). Throws DatabaseOpenError when the database cannot be opened.
 */
export async function openDomain(
  config: Config,
  overrides: {
    readonly clock?: Clock | undefined;
    readonly logger?: Logger | undefined;
    readonly onPasswordHash?: (() => void) | undefined;
    readonly passwordCost?: PasswordCost | undefined;
  } = {},
): Promise<OpenedDomain> {
  const logger = overrides.logger ?? createLogger(config.logLevel);
  const clock = overrides.clock ?? systemClock;
  const options = domainOptionsFrom(config);
  const machineKeys = resolveMachineKeys(config.machineKeys, config.dataDir);
  machineKeys.keys.forEach((key, index) => {
    if (!isWeakMachineKey(key)) return;
    // The key itself is never logged; its place in the list says which one.
    logger.warn(
      { keyNumber: index + 1 },
      'MACHINE_KEY: this key is weaker than 128 bits — one captured token or link lets anyone search for it offline. ' +
        'Use at least 22 random base64 characters, e.g. openssl rand -base64 32.',
    );
  });
  let store: Store;
  try {
    store = await openStore({
      url: config.databaseUrl,
      poolSize: config.databasePoolSize,
      preparedStatements: config.databasePreparedStatements,
      onConnectionError: (error) =>
        logger.warn({ err: error }, 'an idle database connection was lost; the pool opens a new one when needed'),
    });
  } catch (error) {
    throw new DatabaseOpenError(error);
  }
  const ctx: DomainContext = {
    store,
    clock,
    options,
    machineKeys: machineKeys.keys,
    secrets: secretBox(machineKeys.keys),
    fingerprints: keyedDigest(machineKeys.keys, 'idempotency-fingerprint'),
    clients: clientDirectory(store, clock),
    brands: brandDirectory(clock),
    events: eventOutbox({ clock, graceDays: options.tariff.graceDays }),
    passwords: createPasswordWork(config.passwordHashing, overrides.onPasswordHash, overrides.passwordCost),
  };
  return { config, store, ctx, machineKeys, close: () => store.close() };
}

/**
 * ADMIN_EMAIL and ADMIN_PASSWORD: the first console account, when there is none yet. Values the
 * rules refuse stop the start like any bad setting (ConfigError), at every start.
 */
async function createFirstOperator(
  ctx: DomainContext,
  account: { readonly email: string; readonly password: string },
  logger: Logger,
): Promise<void> {
  try {
    if (await ensureFirstOperator(ctx, SYSTEM_ACTOR, account))
      logger.info(
        { email: account.email.trim().toLowerCase() },
        'the first operator console account was created from ADMIN_EMAIL',
      );
  } catch (error) {
    if (error instanceof DomainError && (error.code === 'passPolicyError' || error.code === 'params')) {
      throw new ConfigError([
        `${error.code === 'passPolicyError' ? 'ADMIN_PASSWORD' : 'ADMIN_EMAIL'}: ${error.message}`,
      ]);
    }
    throw error;
  }
}

/**
 * Stops the HTTP server: no new requests; the handlers still running finish (their callers may
 * have hung up, and the database stays open until they have); the answers being written go out.
 * All of it within the grace period: a connection still open after that is cut. A caller that
 * hung up mid-request can leave a connection that Node counts as busy until its idle timeout,
 * which held a shutdown for over a minute.
 */
async function stopServing(
  app: FastifyInstance,
  inFlight: InFlightHandlers,
  logger: Logger,
  graceMs: number,
): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const graceOver = new Promise<'grace over'>((resolve) => (timer = setTimeout(() => resolve('grace over'), graceMs)));
  const closing = app.close().then(() => 'closed' as const);
  try {
    if (!(await inFlight.settled(graceMs)))
      logger.warn(`requests still running after ${graceMs / 1000} s of shutdown: the database closes under them`);
    if ((await Promise.race([closing, graceOver])) === 'grace over') app.server.closeAllConnections();
    await closing;
  } finally {
    clearTimeout(timer);
  }
}

/** Runs every closer in order, even when one fails, and rethrows the first failure. */
async function closeInOrder(closers: ReadonlyArray<() => Promise<void>>): Promise<void> {
  let failure: unknown;
  for (const close of closers) {
    try {
      await close();
    } catch (error) {
      failure ??= error;
    }
  }
  if (failure !== undefined) throw failure;
}
