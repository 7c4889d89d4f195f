import type { FastifyInstance } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import type { ResetMailHook } from '../../domain/owner/password-reset.js';
import type { Defences } from '../../domain/protection/defences.js';
import { confirmRoutes } from './confirm-page.js';
import { forgotRoutes } from './forgot-page.js';
import { formGuard } from './form-guard.js';
import { homeRoutes } from './home-page.js';
import type { PageDeps } from './page-deps.js';
import { installPageHeaders } from '../web/security-headers.js';
import { installPageErrors } from './page-safety.js';
import { installPortalGuard } from './portal-guard.js';
import { sessionCookies } from './session-cookie.js';
import { signinRoutes } from './signin-page.js';
import { PORTAL_STYLESHEET, serveBrandStylesheets, serveStylesheet } from '../web/stylesheets.js';
import { unsubscribeRoutes } from './unsubscribe-page.js';
import type { BrandFor } from '../../domain/brand/brand-for.js';

/**
 * The owner's pages on a portal's own host: /confirm (activation and sign-in links), /signin,
 * /signout, /forgot, /unsubscribe (a notice's one-click link) and / (the signed-in home), each in
 * the reader's language and the portal's brand. Registered by app.ts as one encapsulated plugin: its
 * host guard, headers and error pages apply to these routes only, never to the API.
 */
export async function portalPages(
  app: FastifyInstance,
  deps: {
    readonly ctx: DomainContext;
    readonly protection: Defences;
    readonly resetMail: ResetMailHook | undefined;
    readonly brandFor: BrandFor;
  },
): Promise<void> {
  const { portalOf, chromeOf } = installPortalGuard(app, deps.ctx, deps.brandFor);
  installPageHeaders(app);
  installPageErrors(app, chromeOf);
  const pageDeps: PageDeps = {
    ctx: deps.ctx,
    protection: deps.protection,
    resetMail: deps.resetMail,
    portalOf,
    chromeOf,
    sessions: sessionCookies(deps.ctx),
    forms: formGuard(deps.ctx, chromeOf),
  };

  serveStylesheet(app, PORTAL_STYLESHEET.href, PORTAL_STYLESHEET);
  serveBrandStylesheets(app);
  homeRoutes(app, pageDeps);
  confirmRoutes(app, pageDeps);
  signinRoutes(app, pageDeps);
  forgotRoutes(app, pageDeps);
  unsubscribeRoutes(app, pageDeps);
}
