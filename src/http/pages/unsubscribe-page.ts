import type { FastifyInstance, FastifyRequest } from 'fastify';
import { checkUnsubscribeLink, stopMail, type UnsubscribeParams } from '../../domain/owner/mail-opt-out.js';
import { field } from '../web/forms.js';
import type { PageChrome } from './page-chrome.js';
import type { PageDeps } from './page-deps.js';
import { originOf, sendPage } from './page-reply.js';
import { messagePage, unsubscribePage } from './views.js';

/**
 * /unsubscribe: the link of a notice's List-Unsubscribe header. A GET only asks (mail scanners
 * open links); the POST stops the notice — the one-click POST a mail client sends by itself
 * (`List-Unsubscribe=One-Click`, without cookies or an Origin of ours) or the page's button. No
 * CSRF token is needed: the signed key in the link is what allows it, and it can do nothing but
 * stop that one notice for that one owner.
 */
export function unsubscribeRoutes(app: FastifyInstance, { ctx, portalOf }: PageDeps): void {
  app.get('/unsubscribe', async (request, reply) => {
    const { tenant, chrome } = portalOf(request);
    const check = checkUnsubscribeLink(ctx, tenant, paramsOf(request));
    if (!check.ok) return sendPage(reply, check.reason === 'expired' ? 410 : 400, refused(chrome, check.reason));
    const action = `/unsubscribe?${new URLSearchParams(linkQuery(request)).toString()}`;
    return sendPage(reply, 200, unsubscribePage(chrome, { portalDomain: tenant.domain, action, done: false }));
  });

  app.post('/unsubscribe', async (request, reply) => {
    const { tenant } = portalOf(request);
    // The language links lead back to the link's own page (a GET only asks again).
    const chrome = {
      ...portalOf(request).chrome,
      here: `/unsubscribe?${new URLSearchParams(linkQuery(request)).toString()}`,
    };
    const check = checkUnsubscribeLink(ctx, tenant, paramsOf(request));
    if (!check.ok) return sendPage(reply, check.reason === 'expired' ? 410 : 400, refused(chrome, check.reason));
    await stopMail(ctx, originOf(request), tenant, check.subject);
    request.log.info({ tenantId: tenant.id, kind: check.subject.kind }, 'owner stopped a notice');
    return sendPage(reply, 200, unsubscribePage(chrome, { portalDomain: tenant.domain, action: '', done: true }));
  });
}

function paramsOf(request: FastifyRequest): UnsubscribeParams {
  return { kind: field(request, 'kind'), user: field(request, 'user'), key: field(request, 'key') };
}

function linkQuery(request: FastifyRequest): Record<string, string> {
  const { kind, user, key } = paramsOf(request);
  return { kind: kind ?? '', user: user ?? '', key: key ?? '' };
}

function refused(chrome: PageChrome, reason: 'invalid' | 'expired'): string {
  const { t } = chrome;
  return reason === 'expired'
    ? messagePage(chrome, t.t('link.expired.title'), t.t('link.expired.text'))
    : messagePage(chrome, t.t('link.invalid.title'), t.t('link.invalid.text'));
}
