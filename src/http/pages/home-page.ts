import type { FastifyInstance } from 'fastify';
import { portalOverview } from '../../domain/owner/portal-overview.js';
import type { PageDeps } from './page-deps.js';
import { field } from '../web/forms.js';
import { sendPage } from './page-reply.js';
import { homePage } from './views.js';

/** GET /: the signed-in owner's home; without a session, the sign-in page. */
export function homeRoutes(app: FastifyInstance, { ctx, portalOf, sessions, forms }: PageDeps): void {
  app.get('/', async (request, reply) => {
    const { tenant, chrome } = portalOf(request);
    const session = sessions.sessionOf(request, tenant);
    const overview = session && (await portalOverview(ctx, tenant, session.userId));
    if (session === undefined || overview === undefined) return reply.redirect('/signin', 303);
    const signout = forms.token({ form: 'signout', tenantId: tenant.id, binding: session.value });
    const notice =
      field(request, 'activated') === '1'
        ? chrome.t.t('home.activated')
        : field(request, 'reset') === '1'
          ? chrome.t.t('home.passwordSaved')
          : undefined;
    return sendPage(reply, 200, homePage(chrome, overview, signout, notice));
  });
}
