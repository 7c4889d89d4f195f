import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import { FORM_TOKEN_TTL_MS, signFormToken, verifyFormToken, type FormBinding } from '../../domain/tokens/form-token.js';
import { signingKey } from '../../domain/tokens/signed-token.js';
import { FORM_COOKIE, readCookie, serializeCookie } from '../web/cookies.js';
import { formField } from '../web/forms.js';
import { sendPage } from './page-reply.js';
import { comesFromThisHost } from '../web/origin-check.js';
import { CSRF_FIELD, messagePage } from './views.js';
import type { PageChrome } from './page-chrome.js';

/** The pages' CSRF defences: a signed token in every form, and the source origin of every POST. */
export interface FormGuard {
  /** A token for a form bound to `binding`, to render in the form. */
  token(binding: FormBinding): string;
  /** Both checks for a POST: it comes from this portal host, and carries a valid token for `binding`. */
  isGenuine(request: FastifyRequest, binding: FormBinding): boolean;
  /** The answer to a form that failed isGenuine, with a way back to a fresh form. */
  refuse(
    request: FastifyRequest,
    reply: FastifyReply,
    again: { readonly href: string; readonly label: string },
  ): FastifyReply;
  /** The browser's form cookie (the binding of a form shown before any session), made on first sight. */
  formNonce(request: FastifyRequest, reply: FastifyReply): string;
}

/** Form tokens signed with the machine key, valid for FORM_TOKEN_TTL_MS. */
export function formGuard(ctx: DomainContext, chromeOf: (request: FastifyRequest) => PageChrome): FormGuard {
  const secure = ctx.options.links.scheme === 'https';
  return {
    token: (binding) =>
      signFormToken(signingKey(ctx.machineKeys), binding, new Date(ctx.clock.now().getTime() + FORM_TOKEN_TTL_MS)),
    isGenuine: (request, binding) => {
      const token = formField(request, CSRF_FIELD);
      return (
        comesFromThisHost(request) &&
        token !== undefined &&
        verifyFormToken(ctx.machineKeys, binding, token, ctx.clock.now())
      );
    },
    refuse: (request, reply, again) => {
      const chrome = chromeOf(request);
      const { t } = chrome;
      return sendPage(
        reply,
        403,
        messagePage(chrome, t.t('error.formRefused.title'), t.t('error.formRefused.text'), again),
      );
    },
    formNonce: (request, reply) => {
      const existing = readCookie(request.headers.cookie, FORM_COOKIE);
      if (existing !== undefined && /^[A-Za-z0-9_-]{22,64}$/.test(existing)) return existing;
      const nonce = randomBytes(18).toString('base64url');
      reply.header(
        'set-cookie',
        serializeCookie(FORM_COOKIE, nonce, { maxAgeSeconds: FORM_TOKEN_TTL_MS / 1000, secure }),
      );
      return nonce;
    },
  };
}
