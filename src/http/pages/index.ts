import { randomBytes } from 'node:crypto';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { checkOwnerLink, OwnerLinkRefused, useOwnerLink, type OwnerLinkParams } from '../../domain/owner/owner-links.js';
import type { DomainContext } from '../../domain/context.js';
import { DomainError } from '../../domain/errors.js';
import { FORM_TOKEN_TTL_MS, signFormToken, verifyFormToken, type FormBinding } from '../../domain/tokens/form-token.js';
import { OWNER_SESSION_TTL_MS, signOwnerSession, verifyOwnerSession } from '../../domain/tokens/owner-session.js';
import { resolvePortalHost } from '../../domain/hosts/portal-host.js';
import { portalOverview } from '../../domain/owner/portal-overview.js';
import { signInOwner } from '../../domain/owner/sign-in-owner.js';
import type { SignupProtection } from '../../domain/protection/signup-protection.js';
import { redactQuery } from '../../logger.js';
import type { TenantRecord } from '../../store/records.js';
import { errorResponse } from '../errors.js';
import { readParams } from '../params.js';
import { FORM_COOKIE, SESSION_COOKIE, readCookie, serializeCookie } from './cookies.js';
import { comesFromPortalHost } from './request-origin.js';
import { PORTAL_CSS, STYLE_PATH } from './style.js';
import { confirmPage, CSRF_FIELD, homePage, messagePage, signinPage } from './views.js';

/**
 * The owner's pages on a portal's own host (contract §9): /confirm (activation and sign-in
 * links), /signin, /signout, and / (the signed-in home). They answer only when the Host header
 * names a portal; on any other host these paths are unknown, with the API's JSON 404, so they
 * never shadow the API (which lives under /api, /apisystem and /health on every host).
 */

export interface PagesDeps {
  readonly ctx: DomainContext;
  readonly protection: SignupProtection;
}

/** Registers the portal pages; app.ts registers this as its own encapsulated plugin. */
export async function portalPages(app: FastifyInstance, deps: PagesDeps): Promise<void> {
  const { ctx, protection } = deps;
  const portals = new WeakMap<FastifyRequest, PortalOfRequest>();
  const secureCookies = ctx.config.publicScheme === 'https';
  const signingKey = () => ctx.machineKeys[0] ?? '';
  const now = () => ctx.clock.now();

  // Links carry a key and an e-mail in their query: the request log gets the URL without them.
  app.addHook('onRoute', (route) => {
    route.logSerializers = { ...route.logSerializers, req: logRequestWithoutSecrets };
  });

  app.addHook('onRequest', async (request, reply) => {
    const host = await resolvePortalHost(ctx, request.host);
    if (host.kind === 'other') {
      const { status, body } = errorResponse(new DomainError('notFound'));
      return reply.code(status).type('application/json; charset=utf-8').send(body);
    }
    if (host.kind === 'unknownPortal') {
      return sendPage(reply, 404, messagePage('Portal not found', `There is no portal at ${host.hostname}.`));
    }
    if (host.tenant.status !== 'Active') {
      return sendPage(reply, 403, messagePage('Portal suspended', 'This portal is suspended. Contact your provider.'));
    }
    portals.set(request, { tenant: host.tenant, hostname: host.hostname });
    return undefined;
  });

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('content-security-policy', "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'");
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    // Links carry keys in their query: never hand them to another site in a Referer.
    reply.header('referrer-policy', 'same-origin');
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });

  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof DomainError && error.code === 'tooMuchAttempts') {
      const retry = Math.max(1, Math.ceil(error.details.retryAfterSeconds ?? 60));
      reply.header('retry-after', String(retry));
      return sendPage(reply, 429, messagePage('Too many attempts', `Too many attempts from your address. Try again in ${retry} seconds.`));
    }
    if (error.statusCode === 413 || (error instanceof DomainError && error.code === 'bodyTooLarge')) {
      return sendPage(reply, 413, messagePage('Request too large', 'The form was too large.'));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      return sendPage(reply, 400, messagePage('Bad request', 'The request could not be read.'));
    }
    request.log.error({ err: error }, 'portal page failed');
    return sendPage(reply, 500, messagePage('Something went wrong', `Please try again later (request id ${request.id}).`));
  });

  const portalOf = (request: FastifyRequest): PortalOfRequest => {
    const portal = portals.get(request);
    // The onRequest hook answered every request it did not attach a portal to.
    if (portal === undefined) throw new Error('portal page reached without a portal host');
    return portal;
  };

  const sessionOf = (request: FastifyRequest, tenant: TenantRecord) => {
    const value = readCookie(request.headers.cookie, SESSION_COOKIE);
    if (value === undefined) return undefined;
    const session = verifyOwnerSession(ctx.machineKeys, value, now());
    return session !== undefined && session.tenantId === tenant.id ? { ...session, value } : undefined;
  };

  const startSession = (reply: FastifyReply, tenant: TenantRecord, userId: string) => {
    const expires = new Date(now().getTime() + OWNER_SESSION_TTL_MS);
    const value = signOwnerSession(signingKey(), { tenantId: tenant.id, userId, expires });
    reply.header('set-cookie', serializeCookie(SESSION_COOKIE, value, { maxAgeSeconds: OWNER_SESSION_TTL_MS / 1000, secure: secureCookies }));
  };

  const formToken = (binding: FormBinding) => signFormToken(signingKey(), binding, new Date(now().getTime() + FORM_TOKEN_TTL_MS));

  /** Both CSRF checks for a POST: the source origin, and the form's token for this binding. */
  const formIsGenuine = (request: FastifyRequest, hostname: string, binding: FormBinding): boolean => {
    const token = field(request, CSRF_FIELD);
    return comesFromPortalHost(request, hostname) && token !== undefined && verifyFormToken(ctx.machineKeys, binding, token, now());
  };

  const refusedForm = (reply: FastifyReply, again: { href: string; label: string }) =>
    sendPage(
      reply,
      403,
      messagePage('Form refused', 'This form was not sent from this portal’s page, or it is too old. Open the page again and retry.', again),
    );

  app.get(STYLE_PATH, async (_request, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(PORTAL_CSS),
  );

  app.get('/', async (request, reply) => {
    const { tenant } = portalOf(request);
    const session = sessionOf(request, tenant);
    const overview = session && (await portalOverview(ctx, tenant, session.userId));
    if (session === undefined || overview === undefined) return reply.redirect('/signin', 303);
    const signout = formToken({ form: 'signout', tenantId: tenant.id, binding: session.value });
    const notice = field(request, 'activated') === '1' ? 'Your portal is activated and you are signed in.' : undefined;
    return sendPage(reply, 200, homePage(overview, signout, notice));
  });

  app.get('/confirm', async (request, reply) => {
    const { tenant } = portalOf(request);
    const params = linkParams(request);
    try {
      const link = await checkOwnerLink(ctx, tenant, params);
      if (link.purpose === 'signin') {
        // portal/signin links (§7.7) go straight from the provider's panel to the browser: use at once.
        const owner = await useOwnerLink(ctx, tenant, params, undefined);
        startSession(reply, tenant, owner.id);
        return reply.redirect('/', 303);
      }
      // Activation links arrive by mail, where scanners open links: only the POST below uses one.
      const csrf = formToken({ form: 'confirm', tenantId: tenant.id, binding: link.keyHash });
      return sendPage(reply, 200, confirmPage(confirmView(tenant, params, link.owner.email, csrf, !link.hasPassword)));
    } catch (error) {
      if (error instanceof OwnerLinkRefused) return sendLinkRefused(reply, error);
      throw error;
    }
  });

  app.post('/confirm', async (request, reply) => {
    const { tenant, hostname } = portalOf(request);
    const params = linkParams(request);
    let link;
    try {
      link = await checkOwnerLink(ctx, tenant, params);
    } catch (error) {
      if (error instanceof OwnerLinkRefused) return sendLinkRefused(reply, error);
      throw error;
    }
    const binding: FormBinding = { form: 'confirm', tenantId: tenant.id, binding: link.keyHash };
    if (!formIsGenuine(request, hostname, binding)) return refusedForm(reply, { href: confirmHref(params), label: 'Open the activation page again' });
    const askPassword = link.purpose === 'activation' && !link.hasPassword;
    const password = askPassword ? (field(request, 'password') ?? '') : undefined;
    const retry = (message: string) =>
      sendPage(reply, 400, confirmPage({ ...confirmView(tenant, params, link.owner.email, formToken(binding), askPassword), error: message }));
    if (askPassword && password !== (field(request, 'passwordAgain') ?? '')) return retry('The two passwords are not the same.');
    try {
      const owner = await useOwnerLink(ctx, tenant, params, password);
      startSession(reply, tenant, owner.id);
      request.log.info({ tenantId: tenant.id }, link.purpose === 'activation' ? 'owner activated' : 'owner signed in by link');
      return reply.redirect(link.purpose === 'activation' ? '/?activated=1' : '/', 303);
    } catch (error) {
      if (error instanceof OwnerLinkRefused) return sendLinkRefused(reply, error);
      // contract §6.2: the message names the rule broken.
      if (error instanceof DomainError && error.code === 'passPolicyError') return retry(error.message);
      throw error;
    }
  });

  app.get('/signin', async (request, reply) => {
    const { tenant } = portalOf(request);
    if (sessionOf(request, tenant) !== undefined) return reply.redirect('/', 303);
    const nonce = formNonce(request, reply);
    const notice = field(request, 'signedout') === '1' ? 'You are signed out.' : undefined;
    const csrf = formToken({ form: 'signin', tenantId: tenant.id, binding: nonce });
    return sendPage(reply, 200, signinPage({ portalDomain: tenant.domain, csrf, ...(notice ? { notice } : {}) }));
  });

  app.post('/signin', async (request, reply) => {
    const { tenant, hostname } = portalOf(request);
    const nonce = readCookie(request.headers.cookie, FORM_COOKIE);
    const binding = (value: string): FormBinding => ({ form: 'signin', tenantId: tenant.id, binding: value });
    if (nonce === undefined || !formIsGenuine(request, hostname, binding(nonce))) {
      return refusedForm(reply, { href: '/signin', label: 'Open the sign-in page again' });
    }
    // The same attempt limit as portal/signin (contract §8.1): guessing passwords here is no cheaper.
    await protection.countAttempt(request.ip);
    const email = field(request, 'email') ?? '';
    const owner = await signInOwner(ctx, tenant, email, field(request, 'password') ?? '');
    if (owner === undefined) {
      const csrf = formToken(binding(nonce));
      // One message for every failure: it must not tell which part was wrong.
      return sendPage(reply, 400, signinPage({ portalDomain: tenant.domain, csrf, email, error: 'Wrong e-mail or password.' }));
    }
    startSession(reply, tenant, owner.id);
    request.log.info({ tenantId: tenant.id }, 'owner signed in');
    return reply.redirect('/', 303);
  });

  app.post('/signout', async (request, reply) => {
    const { tenant, hostname } = portalOf(request);
    const session = sessionOf(request, tenant);
    if (session === undefined) return reply.redirect('/signin', 303);
    if (!formIsGenuine(request, hostname, { form: 'signout', tenantId: tenant.id, binding: session.value })) {
      return refusedForm(reply, { href: '/', label: 'Back to the portal' });
    }
    reply.header('set-cookie', serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure: secureCookies }));
    return reply.redirect('/signin?signedout=1', 303);
  });

  /** The browser's form cookie, made (and set) on first sight. */
  function formNonce(request: FastifyRequest, reply: FastifyReply): string {
    const existing = readCookie(request.headers.cookie, FORM_COOKIE);
    if (existing !== undefined && /^[A-Za-z0-9_-]{22,64}$/.test(existing)) return existing;
    const nonce = randomBytes(18).toString('base64url');
    reply.header('set-cookie', serializeCookie(FORM_COOKIE, nonce, { maxAgeSeconds: FORM_TOKEN_TTL_MS / 1000, secure: secureCookies }));
    return nonce;
  }

  function confirmView(tenant: TenantRecord, params: OwnerLinkParams, email: string, csrf: string, askPassword: boolean) {
    return {
      portalDomain: tenant.domain,
      email,
      type: params.type ?? '',
      linkKey: params.key ?? '',
      csrf,
      askPassword,
      rules: ctx.config.password,
    };
  }
}

interface PortalOfRequest {
  readonly tenant: TenantRecord;
  readonly hostname: string;
}

/** One text field of the query or form body (names in any case, contract §3). */
function field(request: FastifyRequest, name: string): string | undefined {
  const value = readParams(request).fields.get(name.toLowerCase());
  // A NUL character can match nothing stored, and PostgreSQL refuses it in a query (a 500).
  return typeof value === 'string' && !value.includes('\u0000') ? value : undefined;
}

function linkParams(request: FastifyRequest): OwnerLinkParams {
  return { type: field(request, 'type'), email: field(request, 'email'), key: field(request, 'key') };
}

function confirmHref(params: OwnerLinkParams): string {
  return `/confirm?${new URLSearchParams({ type: params.type ?? '', email: params.email ?? '', key: params.key ?? '' }).toString()}`;
}

/** The request as Fastify logs it, with `email` and the usual secrets (key, password…) cut out of the query. */
function logRequestWithoutSecrets(request: FastifyRequest) {
  return {
    method: request.method,
    url: redactQuery(request.url, ['email']),
    host: request.host,
    remoteAddress: request.ip,
  };
}

function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

const REFUSALS = {
  invalid: { status: 400, title: 'Link not valid', text: 'This link is not valid for this portal. Check that it was copied whole.' },
  expired: { status: 410, title: 'Link expired', text: 'This link has expired. Ask for a new one.' },
  used: { status: 410, title: 'Link already used', text: 'This link was already used. Sign in with your password instead.' },
} as const;

function sendLinkRefused(reply: FastifyReply, refusal: OwnerLinkRefused): FastifyReply {
  const page = REFUSALS[refusal.reason];
  return sendPage(reply, page.status, messagePage(page.title, page.text, { href: '/signin', label: 'Go to sign-in' }));
}
