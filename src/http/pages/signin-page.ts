import type { FastifyInstance } from 'fastify';
import { checkOwnerPassword } from '../../domain/owner/check-owner-password.js';
import type { FormBinding } from '../../domain/tokens/form-token.js';
import { clientAddress } from '../client-address.js';
import { readCookie, FORM_COOKIE } from '../web/cookies.js';
import type { PageDeps } from './page-deps.js';
import { field } from '../web/forms.js';
import { sendPage } from './page-reply.js';
import { signinPage } from './views.js';

/** /signin: the owner signs in with e-mail and password; /signout ends the session. */
export function signinRoutes(app: FastifyInstance, { ctx, protection, portalOf, sessions, forms }: PageDeps): void {
  app.get('/signin', async (request, reply) => {
    const { tenant, chrome } = portalOf(request);
    if (sessions.sessionOf(request, tenant) !== undefined) return reply.redirect('/', 303);
    const nonce = forms.formNonce(request, reply);
    const notice = field(request, 'signedout') === '1' ? chrome.t.t('signin.signedOut') : undefined;
    const csrf = forms.token({ form: 'signin', tenantId: tenant.id, binding: nonce });
    return sendPage(
      reply,
      200,
      signinPage(chrome, { portalDomain: tenant.domain, csrf, ...(notice ? { notice } : {}) }),
    );
  });

  app.post('/signin', async (request, reply) => {
    const { tenant, chrome } = portalOf(request);
    const nonce = readCookie(request.headers.cookie, FORM_COOKIE);
    const binding = (value: string): FormBinding => ({ form: 'signin', tenantId: tenant.id, binding: value });
    if (nonce === undefined || !forms.isGenuine(request, binding(nonce))) {
      return forms.refuse(request, reply, { href: '/signin', label: chrome.t.t('signin.again') });
    }
    // The same attempt limit as portal/signin: guessing passwords here is no cheaper.
    await protection.countAttempt({ ip: clientAddress(request) });
    const email = field(request, 'email') ?? '';
    const owner = await checkOwnerPassword(ctx, tenant, email, field(request, 'password') ?? '');
    if (owner === undefined) {
      const csrf = forms.token(binding(nonce));
      // One message for every failure: it must not tell which part was wrong.
      return sendPage(
        reply,
        400,
        signinPage(chrome, { portalDomain: tenant.domain, csrf, email, error: chrome.t.t('signin.failed') }),
      );
    }
    sessions.start(reply, tenant, owner.id);
    request.log.info({ tenantId: tenant.id }, 'owner signed in');
    return reply.redirect('/', 303);
  });

  app.post('/signout', async (request, reply) => {
    const { tenant, chrome } = portalOf(request);
    const session = sessions.sessionOf(request, tenant);
    if (session === undefined) return reply.redirect('/signin', 303);
    if (!forms.isGenuine(request, { form: 'signout', tenantId: tenant.id, binding: session.value })) {
      return forms.refuse(request, reply, { href: '/', label: chrome.t.t('home.back') });
    }
    sessions.end(reply);
    return reply.redirect('/signin?signedout=1', 303);
  });
}
