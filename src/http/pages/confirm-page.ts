import type { FastifyInstance, FastifyReply } from 'fastify';
import { DomainError } from '../../domain/errors.js';
import {
  checkOwnerLink,
  OwnerLinkRefused,
  useOwnerLink,
  type CheckedOwnerLink,
  type OwnerLinkParams,
} from '../../domain/owner/owner-links.js';
import type { LinkPurpose } from '../../domain/tokens/link-keys.js';
import type { FormBinding } from '../../domain/tokens/form-token.js';
import type { TenantRecord } from '../../store/records.js';
import { clientAddress } from '../client-address.js';
import type { PageDeps } from './page-deps.js';
import { originOf } from './page-reply.js';
import { field } from '../web/forms.js';
import { linkParams, sendPage } from './page-reply.js';
import { confirmPage, messagePage, passwordBreachText } from './views.js';
import type { PageChrome } from './page-chrome.js';
import { passwordBreach } from '../../domain/owner/password.js';

/**
 * /confirm: the owner's links. An activation link (type=Auth) shows a form — mail scanners open
 * links, so only the form's POST uses it; a sign-in link (type=Signin, from portal/signin) goes
 * straight from the provider's panel to the browser and is used at once.
 */
export function confirmRoutes(app: FastifyInstance, deps: PageDeps): void {
  const { ctx, protection, portalOf, sessions, forms } = deps;

  const view = (tenant: TenantRecord, params: OwnerLinkParams, link: CheckedOwnerLink, csrf: string) => ({
    portalDomain: tenant.domain,
    email: link.owner.email,
    type: params.type ?? '',
    linkKey: params.key ?? '',
    csrf,
    askPassword: link.setsPassword,
    reset: link.purpose === 'reset',
    rules: ctx.options.password,
  });

  app.get('/confirm', async (request, reply) => {
    const { tenant, chrome } = portalOf(request);
    const params = linkParams(request);
    try {
      const link = await checkOwnerLink(ctx, tenant, params);
      if (link.purpose === 'signin') {
        const owner = await useOwnerLink(ctx, originOf(request), tenant, params, undefined);
        sessions.start(reply, tenant, owner.id);
        return reply.redirect('/', 303);
      }
      const csrf = forms.token({ form: 'confirm', tenantId: tenant.id, binding: link.keyHash });
      return sendPage(reply, 200, confirmPage(chrome, view(tenant, params, link, csrf)));
    } catch (error) {
      if (error instanceof OwnerLinkRefused) return sendLinkRefused(reply, chrome, error);
      throw error;
    }
  });

  app.post('/confirm', async (request, reply) => {
    const { tenant } = portalOf(request);
    const params = linkParams(request);
    // The language links of a posted form lead back to the link's own page.
    const chrome = { ...portalOf(request).chrome, here: confirmHref(params) };
    const { t } = chrome;
    // The attempt limit of /signin and portal/signin: every post may cost a password hash.
    await protection.countAttempt({ ip: clientAddress(request) });
    let link;
    try {
      link = await checkOwnerLink(ctx, tenant, params);
    } catch (error) {
      if (error instanceof OwnerLinkRefused) return sendLinkRefused(reply, chrome, error);
      throw error;
    }
    const binding: FormBinding = { form: 'confirm', tenantId: tenant.id, binding: link.keyHash };
    if (!forms.isGenuine(request, binding))
      return forms.refuse(request, reply, { href: confirmHref(params), label: t.t('activation.again') });
    const password = link.setsPassword ? (field(request, 'password') ?? '') : undefined;
    const retry = (message: string) =>
      sendPage(
        reply,
        400,
        confirmPage(chrome, { ...view(tenant, params, link, forms.token(binding)), error: message }),
      );
    if (link.setsPassword && password !== (field(request, 'passwordAgain') ?? ''))
      return retry(t.t('password.error.mismatch'));
    try {
      const owner = await useOwnerLink(ctx, originOf(request), tenant, params, password);
      sessions.start(reply, tenant, owner.id);
      request.log.info({ tenantId: tenant.id, purpose: link.purpose }, 'owner link used');
      return reply.redirect(LANDING[link.purpose], 303);
    } catch (error) {
      if (error instanceof OwnerLinkRefused) return sendLinkRefused(reply, chrome, error);
      // Name the password rule broken, in the reader's words.
      if (error instanceof DomainError && error.code === 'passPolicyError') {
        const breach = passwordBreach(password ?? '', ctx.options.password);
        return retry(breach === undefined ? error.message : passwordBreachText(t, breach, ctx.options.password));
      }
      throw error;
    }
  });
}

/** Where the owner lands after using a link (the home page says what happened). */
const LANDING: Readonly<Record<LinkPurpose, string>> = { activation: '/?activated=1', signin: '/', reset: '/?reset=1' };

function confirmHref(params: OwnerLinkParams): string {
  return `/confirm?${new URLSearchParams({ type: params.type ?? '', email: params.email ?? '', key: params.key ?? '' }).toString()}`;
}

const REFUSALS = {
  invalid: { status: 400, title: 'link.invalid.title', text: 'link.invalid.text' },
  expired: { status: 410, title: 'link.expired.title', text: 'link.expired.text' },
  used: { status: 410, title: 'link.used.title', text: 'link.used.text' },
} as const;

function sendLinkRefused(reply: FastifyReply, chrome: PageChrome, refusal: OwnerLinkRefused): FastifyReply {
  const page = REFUSALS[refusal.reason];
  const { t } = chrome;
  return sendPage(
    reply,
    page.status,
    messagePage(chrome, t.t(page.title), t.t(page.text), { href: '/signin', label: t.t('link.toSignin') }),
  );
}
