import { randomBytes } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CONSOLE_IDLE_MS } from '../../domain/operator/console-sessions.js';
import { readCookie, serializeCookie } from '../web/cookies.js';

/**
 * The console's two cookies: the session token, and a random per-browser value the sign-in
 * form's CSRF token is bound to (there is no session yet). Both HttpOnly and SameSite=Strict
 * (never sent with a request another site started); over https Secure, with the `__Host-`
 * prefix (the browser then refuses them without Secure, from another path or for another domain).
 */
export interface ConsoleCookies {
  sessionToken(request: FastifyRequest): string | undefined;
  setSession(reply: FastifyReply, token: string): void;
  clearSession(reply: FastifyReply): void;
  /** The browser's sign-in form nonce, made on first sight. */
  signinNonce(request: FastifyRequest, reply: FastifyReply): string;
  /** The nonce the browser sent back, if any. */
  sentSigninNonce(request: FastifyRequest): string | undefined;
}

export function consoleCookies(secure: boolean): ConsoleCookies {
  const prefix = secure ? '__Host-' : '';
  const sessionName = `${prefix}console_session`;
  const formName = `${prefix}console_form`;
  const options = (maxAgeSeconds: number) => ({ maxAgeSeconds, secure, sameSite: 'Strict' as const });
  const nonceOf = (request: FastifyRequest) => {
    const value = readCookie(request.headers.cookie, formName);
    return value !== undefined && /^[A-Za-z0-9_-]{22,64}$/.test(value) ? value : undefined;
  };
  return {
    sessionToken: (request) => readCookie(request.headers.cookie, sessionName),
    // The browser may keep it as long as the idle limit; the server decides sooner when it ends.
    setSession: (reply, token) =>
      void reply.header('set-cookie', serializeCookie(sessionName, token, options(CONSOLE_IDLE_MS / 1000))),
    clearSession: (reply) => void reply.header('set-cookie', serializeCookie(sessionName, '', options(0))),
    signinNonce: (request, reply) => {
      const existing = nonceOf(request);
      if (existing !== undefined) return existing;
      const nonce = randomBytes(18).toString('base64url');
      reply.header('set-cookie', serializeCookie(formName, nonce, options(CONSOLE_IDLE_MS / 1000)));
      return nonce;
    },
    sentSigninNonce: nonceOf,
  };
}
