import { installPageHeaders } from '../web/security-headers.js';
import { clientAddress } from '../client-address.js';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { consoleActor, checkConsoleSession, type ConsoleSignIn } from '../../domain/operator/console-sessions.js';
import { auditPageRoutes } from './audit/audit-routes.js';
import { clientPageRoutes } from './clients/client-routes.js';
import { consoleCookies } from './console-cookies.js';
import { consoleCsrf } from './console-csrf.js';
import type { ConsoleDeps, ConsoleOptions } from './console-deps.js';
import { consolePaths, consoleReturnPath, withQuery } from './console-paths.js';
import { installConsoleErrors, installHostGuard, PRODUCT_NAME, sendError } from './console-safety.js';
import { overviewPageRoutes } from './overview/overview-routes.js';
import { portalPageRoutes } from './portals/portal-routes.js';
import { portalListRoutes } from './portals/portals-routes.js';
import { jobPageRoutes } from './portals/job-routes.js';
import { settingsPageRoutes } from './settings/settings-routes.js';
import { brandingPageRoutes } from './branding/branding-routes.js';
import { previewAssetRoutes, previewPageRoutes } from './previews/preview-routes.js';
import { signinPageRoutes, signoutRoute } from './signin/signin-routes.js';
import { CONSOLE_STYLESHEET, type ConsoleChrome, type ConsoleNav } from './components/index.js';
import { serveStylesheet } from '../web/stylesheets.js';
import { webhookPageRoutes } from './webhooks/webhook-routes.js';

/** Every section of the console, each built: the navigation lists them all. */
const NAV: ConsoleNav = {
  overview: consolePaths.overview,
  portals: consolePaths.portals,
  clients: consolePaths.clients,
  webhooks: consolePaths.webhooks,
  audit: consolePaths.audit,
  branding: consolePaths.branding,
  settings: consolePaths.settings,
};

/**
 * The operator console under /console: server-rendered pages that work without JavaScript, for
 * the people who run the service. Registered by app.ts as one encapsulated plugin with the
 * /console prefix: its host guard, headers, error pages and sign-in check apply to these routes
 * only. Every page but sign-in and the style sheet needs a signed-in operator; every POST a
 * CSRF token bound to the session and an Origin of this host. Every action calls the same use
 * case as the API, as the operator named by the account's e-mail.
 */
export async function consolePlugin(app: FastifyInstance, options: ConsoleOptions): Promise<void> {
  const { ctx } = options;
  const cookies = consoleCookies(ctx.options.links.scheme === 'https');
  const csrf = consoleCsrf(ctx);
  const signIns = new WeakMap<FastifyRequest, ConsoleSignIn>();
  const signedIn = (request: FastifyRequest): ConsoleSignIn => {
    const found = signIns.get(request);
    // The sign-in check answered every request it did not attach an operator to.
    if (found === undefined) throw new Error('console page reached without a signed-in operator');
    return found;
  };
  const chrome = (
    request: FastifyRequest,
    current: ConsoleChrome['current'] = null,
    flash: ConsoleChrome['flash'] = [],
  ): ConsoleChrome => {
    const { account, session } = signedIn(request);
    return {
      productName: PRODUCT_NAME,
      operatorEmail: account.email,
      csrfToken: csrf.token({ session: session.id }),
      nav: NAV,
      current,
      homeHref: consolePaths.overview,
      signOutAction: consolePaths.signout,
      flash,
    };
  };
  const chromeOrNull = (request: FastifyRequest) => (signIns.has(request) ? chrome(request) : null);

  installHostGuard(app, ctx);
  installPageHeaders(app);
  installConsoleErrors(app, chromeOrNull);
  app.setNotFoundHandler((request, reply) =>
    sendError(request, reply, chromeOrNull, 404, 'Page not found', 'There is no such page in the console.'),
  );

  const send = (reply: FastifyReply, status: number, html: string) =>
    reply.code(status).type('text/html; charset=utf-8').send(html);
  const deps: ConsoleDeps = {
    ...options,
    signedIn,
    actor: (request) => consoleActor(signedIn(request).account, { ip: clientAddress(request), requestId: request.id }),
    scope: (request) => consoleActor(signedIn(request).account, { ip: clientAddress(request), requestId: request.id }),
    chrome,
    send,
    notFound: (request, reply, what, back) =>
      sendError(
        request,
        reply,
        chromeOrNull,
        404,
        `${what} not found`,
        `There is no such ${what.toLowerCase()}. It may have been removed.`,
        back,
      ),
  };

  // The style sheet is public (the sign-in page links it).
  serveStylesheet(app, CONSOLE_STYLESHEET.href.slice(consolePaths.overview.length), CONSOLE_STYLESHEET);
  signinPageRoutes(app, { ...deps, cookies, csrf });
  await previewAssetRoutes(app);

  await app.register(async (pages) => {
    pages.addHook('preHandler', async (request, reply) => {
      const token = cookies.sessionToken(request);
      const found = await checkConsoleSession(ctx, token);
      if (found === undefined) {
        if (token !== undefined) cookies.clearSession(reply);
        // A signed-out page goes to sign-in and comes back after it; a form post is lost (its token was the session's).
        const next = request.method === 'GET' ? consoleReturnPath(request.url) : undefined;
        return reply.redirect(
          withQuery(consolePaths.signin, {
            next: next === consolePaths.overview ? undefined : next,
            notice: token !== undefined ? 'expired' : undefined,
          }),
          303,
        );
      }
      signIns.set(request, found);
      if (request.method === 'POST' && !csrf.isGenuine(request, { session: found.session.id })) {
        request.log.warn(
          { operator: found.account.email },
          'console form refused: no valid CSRF token or a foreign Origin',
        );
        return sendError(
          request,
          reply,
          chromeOrNull,
          403,
          'Form refused',
          'This form was not sent from a console page of this server, or it is too old. Open the page again and retry.',
        );
      }
      return undefined;
    });
    signoutRoute(pages, { ...deps, cookies, csrf });
    overviewPageRoutes(pages, deps);
    portalListRoutes(pages, deps);
    portalPageRoutes(pages, deps);
    jobPageRoutes(pages, deps);
    clientPageRoutes(pages, deps);
    webhookPageRoutes(pages, deps);
    auditPageRoutes(pages, deps);
    settingsPageRoutes(pages, deps);
    brandingPageRoutes(pages, deps);
    previewPageRoutes(pages, deps);
  });
}
