import type { FastifyInstance } from 'fastify';
import { requestPasswordReset } from '../../domain/owner/password-reset.js';
import { RESET_LINK_TTL_MINUTES } from '../../domain/portal/portal-urls.js';
import type { FormBinding } from '../../domain/tokens/form-token.js';
import { clientAddress } from '../client-address.js';
import { FORM_COOKIE, readCookie } from '../web/cookies.js';
import type { PageDeps } from './page-deps.js';
import { field } from '../web/forms.js';
import { sendPage } from './page-reply.js';
import { forgotPage } from './views.js';

/**
 * /forgot: "Forgot password?" — the owner gives the e-mail, and a one-time reset link goes to it
 * when it is this portal's owner. The answer is the same either way, and every POST counts
 * against the attempt limit like a sign-in: the form can neither probe addresses nor flood one.
 */
export function forgotRoutes(app: FastifyInstance, { ctx, protection, portalOf, forms, resetMail }: PageDeps): void {
  const binding = (tenantId: number, nonce: string): FormBinding => ({ form: 'forgot', tenantId, binding: nonce });

  app.get('/forgot', async (request, reply) => {
    const { tenant, chrome } = portalOf(request);
    const csrf = forms.token(binding(tenant.id, forms.formNonce(request, reply)));
    return sendPage(
      reply,
      200,
      forgotPage(chrome, { portalDomain: tenant.domain, csrf, validMinutes: RESET_LINK_TTL_MINUTES }),
    );
  });

  app.post('/forgot', async (request, reply) => {
    const { tenant, chrome } = portalOf(request);
    const nonce = readCookie(request.headers.cookie, FORM_COOKIE);
    if (nonce === undefined || !forms.isGenuine(request, binding(tenant.id, nonce))) {
      return forms.refuse(request, reply, { href: '/forgot', label: chrome.t.t('forgot.again') });
    }
    await protection.countAttempt({ ip: clientAddress(request) });
    await requestPasswordReset(ctx, tenant, field(request, 'email') ?? '', resetMail);
    return sendPage(
      reply,
      200,
      forgotPage(chrome, { portalDomain: tenant.domain, csrf: '', sent: true, validMinutes: RESET_LINK_TTL_MINUTES }),
    );
  });
}
