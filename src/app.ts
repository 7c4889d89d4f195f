import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import type { Config } from './config/config.js';
import type { DomainContext } from './domain/context.js';
import { brandFor, type BrandFor } from './domain/brand/brand-for.js';
import type { RegistrationHook } from './domain/portal/register-portal.js';
import type { Defences } from './domain/protection/defences.js';
import type { Metrics } from './metrics/metrics.js';
import type { ResetMailHook } from './domain/owner/password-reset.js';
import type { UsageAlertMailHook } from './domain/lifecycle/owner-notices.js';
import { decorateCaller, useAuthentication } from './http/api/auth.js';
import { docsRoutes } from './http/api/docs/docs-routes.js';
import { API_PREFIXES, normalizePath, withoutJsonSuffix } from './http/api/api-paths.js';
import { useCors } from './http/api/cors.js';
import { answerFrameworkError, clientErrorHandler, installErrorHandling } from './http/api/errors.js';
import { useIdempotency } from './http/api/idempotency.js';
import { type InFlightHandlers } from './http/in-flight.js';
import { measureRequests, metricsRoute } from './http/api/metrics-route.js';
import { serveOpenApi } from './http/api/openapi/openapi-route.js';
import { SERVER_VERSION } from './http/api/openapi/server-version.js';
import { lazySerializers } from './http/api/lazy-serializers.js';
import { installBodyParsers } from './http/api/params.js';
import { requireHostHeader } from './http/request-host.js';
import { lazyRequestLogger } from './http/request-logger.js';
import { installTransportSecurity } from './http/web/security-headers.js';
import { consolePlugin } from './http/console/index.js';
import { portalPages } from './http/pages/index.js';
import { isPageKind, PAGE_KINDS, previewPage } from './http/pages/page-previews.js';
import { auditRoutes } from './http/api/routes/audit/index.js';
import { clientRoutes } from './http/api/routes/client/index.js';
import type { RouteDeps } from './http/api/routes/deps.js';
import { healthRoute } from './http/api/routes/health.js';
import { brandLogoRoute } from './http/api/routes/brand-logo.js';
import { peopleRoutes } from './http/api/routes/people/index.js';
import { portalRoutes } from './http/api/routes/portal/index.js';
import { portalSigninRoute } from './http/api/routes/portal/signin.js';
import { settingsRoutes } from './http/api/routes/settings/index.js';
import { tariffRoutes } from './http/api/routes/tariff/index.js';
import { webhookRoutes } from './http/api/routes/webhook/index.js';
import { jobRoutes } from './http/api/routes/job/index.js';
import { lifecycleRoutes } from './http/api/routes/lifecycle/index.js';

/** Everything the app needs, passed in by src/server.ts: the app never reads process.env. */
export interface AppDeps {
  readonly config: Config;
  /** The context every use case runs with: store, clock, the rules' options, machine keys. */
  readonly ctx: DomainContext;
  readonly logger: FastifyBaseLogger;
  readonly protection: Defences;
  /** Work committed with every registration (queueing the activation mail), if any. */
  readonly onRegistered: RegistrationHook | undefined;
  /** Queues the owner's password-reset mail; undefined when mail is off. */
  readonly onPasswordReset?: ResetMailHook | undefined;
  /** Queues the owner's usage alert (USAGE_ALERT_MAIL); undefined when off. */
  readonly onUsageAlert?: UsageAlertMailHook | undefined;
  /** Where the owner's pages take a portal's brand from (domain/brand/brand-for.ts by default). */
  readonly brandFor?: BrandFor | undefined;
  /** Prometheus metrics, when METRICS_TOKEN enables them. */
  readonly metrics: Metrics | undefined;
  /** The mail sender's retry limit (the console's overview counts mail below it as waiting). */
  readonly mailMaxAttempts: number;
  /** Follows the running handlers, so a shutdown can wait for them (src/server.ts). */
  readonly inFlight?: InFlightHandlers | undefined;
}

/** Builds the Fastify app with every route; does not listen. */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, ctx } = deps;
  const { requestTimeoutMs, idleTimeoutMs, max } = config.connections;
  const app = Fastify({
    loggerInstance: deps.logger,
    bodyLimit: config.bodyLimit,
    // A request (headers and body) must arrive whole in time, and a silent connection is closed:
    // a client trickling bytes cannot hold a connection for ever. Node checks the request
    // deadline on a timer; every second keeps the cut within a second of it.
    requestTimeout: requestTimeoutMs,
    connectionTimeout: idleTimeoutMs,
    http: {
      requestTimeout: requestTimeoutMs,
      headersTimeout: requestTimeoutMs,
      connectionsCheckingInterval: Math.min(1000, requestTimeoutMs),
      // A request without Host gets the JSON error from requireHostHeader, not Node's bare 400.
      requireHostHeader: false,
    },
    // What Node's parser or the router refuse still gets the registry's JSON answer.
    clientErrorHandler: clientErrorHandler(deps.logger),
    frameworkErrors: answerFrameworkError,
    trustProxy:
      typeof config.trustProxy === 'number'
        ? (() => {
            const hops = config.trustProxy;
            return (_address: string, hop: number) => hop < hops;
          })()
        : config.trustProxy,
    genReqId: () => randomUUID(),
    childLoggerFactory: lazyRequestLogger,
    schemaController: { compilersFactory: { buildSerializer: lazySerializers() } },
    // ONLYOFFICE clients differ in case and suffix: /API/Portal/Register, a trailing slash and a
    // .json suffix all match.
    routerOptions: { caseSensitive: false, ignoreTrailingSlash: true, ignoreDuplicateSlashes: true },
    rewriteUrl: (request) => withoutJsonSuffix(request.url ?? '/'),
  });

  // Connections beyond MAX_CONNECTIONS are closed as they arrive (0: no limit).
  if (max > 0) app.server.maxConnections = max;

  // Before any route is added: every handler is followed.
  deps.inFlight?.follow(app);

  const knownPaths = new Set<string>();
  app.addHook('onRoute', (route) => {
    knownPaths.add(normalizePath(route.url ?? route.path));
  });

  decorateCaller(app);
  requireHostHeader(app);
  installTransportSecurity(app, { https: config.publicScheme === 'https' });
  // Before the API's token check: a browser's preflight carries no token.
  useCors(app, config.corsOrigins);
  installBodyParsers(app);
  installErrorHandling(app, knownPaths);

  const routeDeps: RouteDeps = {
    ctx,
    protection: deps.protection,
    onRegistered: deps.onRegistered,
    usageAlertMail: deps.onUsageAlert,
    bodyLimit: config.bodyLimit,
  };
  const auth = {
    ctx,
    window: { trustIntervalMs: config.auth.trustIntervalMs, futureSkewMs: config.auth.futureSkewMs },
    allowSkipRegister: config.auth.allowSkipRegister,
    allowSkipDefault: config.auth.allowSkipDefault,
    protection: deps.protection,
  };

  if (deps.metrics !== undefined) {
    measureRequests(app, deps.metrics);
    // On the API's port unless METRICS_PORT gives it its own (src/server.ts listens there).
    if (config.metrics.token !== undefined && config.metrics.port === undefined)
      metricsRoute(app, deps.metrics, config.metrics.token);
  }
  healthRoute(app, ctx.store);
  brandLogoRoute(app, ctx);
  // GET /openapi.json describes every route declared under /api (collected as they are registered
  // below), and /docs renders it.
  serveOpenApi(app, { described: '/api', prefixes: API_PREFIXES, version: SERVER_VERSION });
  if (config.docsEnabled) await app.register(async (docs) => docsRoutes(docs, { ctx }));
  // The owner's pages, answered only on a portal's own host (never under the API prefixes).
  await app.register(async (pages) =>
    portalPages(pages, {
      ctx,
      protection: deps.protection,
      resetMail: deps.onPasswordReset,
      brandFor: deps.brandFor ?? brandFor,
    }),
  );
  // The operator console, on the API's own host only (never a portal's), when CONSOLE_ENABLED.
  if (config.console.enabled) {
    await app.register(
      async (pages) =>
        consolePlugin(pages, {
          ctx,
          protection: deps.protection,
          activationMail: deps.onRegistered,
          mailMaxAttempts: deps.mailMaxAttempts,
          brandFor: deps.brandFor ?? brandFor,
          mailFrom: config.mail.from,
          ownerPages: {
            kinds: PAGE_KINDS,
            render: (kind, t, brand, assetBase) =>
              isPageKind(kind) ? previewPage(kind, t, brand, ctx.options.password, assetBase) : undefined,
          },
        }),
      { prefix: '/console' },
    );
  }
  for (const prefix of API_PREFIXES) {
    await app.register(
      async (api) => {
        // Each route declares who may call it (http/route-spec.ts); one hook decides for all.
        useAuthentication(api, auth);
        useIdempotency(api, ctx, deps.protection);
        portalRoutes(api, routeDeps);
        portalSigninRoute(api, routeDeps);
        tariffRoutes(api, routeDeps);
        settingsRoutes(api, routeDeps);
        peopleRoutes(api, routeDeps);
        clientRoutes(api, routeDeps);
        auditRoutes(api, routeDeps);
        webhookRoutes(api, routeDeps);
        lifecycleRoutes(api, routeDeps);
        jobRoutes(api, routeDeps);
      },
      { prefix },
    );
  }
  return app;
}
