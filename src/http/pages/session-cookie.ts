import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import {
  OWNER_SESSION_TTL_MS,
  signOwnerSession,
  verifyOwnerSession,
  type OwnerSession,
} from '../../domain/tokens/owner-session.js';
import { signingKey } from '../../domain/tokens/signed-token.js';
import type { TenantRecord } from '../../store/records.js';
import { readCookie, serializeCookie, SESSION_COOKIE } from '../web/cookies.js';

/** The owner's session as the pages see it: the verified session and its cookie value. */
export type PageSession = OwnerSession & { readonly value: string };

/** Reading, starting and ending the owner's session cookie on a portal host. */
export interface SessionCookies {
  /** The session in the request's cookie, if it is valid and for this portal. */
  sessionOf(request: FastifyRequest, tenant: TenantRecord): PageSession | undefined;
  /** Signs the owner in: a new session cookie. */
  start(reply: FastifyReply, tenant: TenantRecord, userId: string): void;
  /** Signs the owner out: the cookie is deleted. */
  end(reply: FastifyReply): void;
}

/** Session cookies signed with the machine key; Secure when portals are served over https. */
export function sessionCookies(ctx: DomainContext): SessionCookies {
  const secure = ctx.options.links.scheme === 'https';
  return {
    sessionOf: (request, tenant) => {
      const value = readCookie(request.headers.cookie, SESSION_COOKIE);
      if (value === undefined) return undefined;
      const session = verifyOwnerSession(ctx.machineKeys, value, ctx.clock.now());
      return session !== undefined && session.tenantId === tenant.id ? { ...session, value } : undefined;
    },
    start: (reply, tenant, userId) => {
      const expires = new Date(ctx.clock.now().getTime() + OWNER_SESSION_TTL_MS);
      const value = signOwnerSession(signingKey(ctx.machineKeys), { tenantId: tenant.id, userId, expires });
      reply.header(
        'set-cookie',
        serializeCookie(SESSION_COOKIE, value, { maxAgeSeconds: OWNER_SESSION_TTL_MS / 1000, secure }),
      );
    },
    end: (reply) => {
      reply.header('set-cookie', serializeCookie(SESSION_COOKIE, '', { maxAgeSeconds: 0, secure }));
    },
  };
}
