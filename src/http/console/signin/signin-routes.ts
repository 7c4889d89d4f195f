import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../../domain/errors.js';
import {
  checkConsoleSession,
  endConsoleSession,
  signInOperator,
  startConsoleSession,
} from '../../../domain/operator/console-sessions.js';
import { clientAddress } from '../../client-address.js';
import { errorResponse } from '../../api/errors.js';
import { field } from '../../web/forms.js';
import type { ConsoleCookies } from '../console-cookies.js';
import type { ConsoleCsrf } from '../console-csrf.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeText } from '../console-notices.js';
import { consolePaths, consoleReturnPath, withQuery } from '../console-paths.js';
import { PRODUCT_NAME } from '../console-safety.js';
import { signInPage } from '../components/index.js';

type SigninDeps = ConsoleDeps & { readonly cookies: ConsoleCookies; readonly csrf: ConsoleCsrf };

/** One message for every refused sign-in: it must not tell which part was wrong, or that an account exists. */
const REFUSED = 'E-mail or password is incorrect.';

/**
 * /console/signin: e-mail and password. Every attempt counts against the attempt limit of the
 * caller's address (the same counter as anonymous sign-ups and portal sign-ins), the form
 * carries a CSRF token bound to the browser's form cookie, and a success starts a new
 * server-side session (a fresh token: nothing set before sign-in survives it).
 */
export function signinPageRoutes(app: FastifyInstance, { ctx, protection, cookies, csrf, send }: SigninDeps): void {
  const page = (
    next: string | undefined,
    nonce: string,
    extra: { email?: string; error?: string; retryAfterSeconds?: number; notice?: string | null },
  ) =>
    signInPage({
      productName: PRODUCT_NAME,
      action: withQuery(consolePaths.signin, { next }),
      csrfToken: csrf.token({ signinNonce: nonce }),
      email: extra.email ?? '',
      error: extra.error ?? null,
      retryAfterSeconds: extra.retryAfterSeconds ?? null,
      notice: extra.notice ?? null,
    });

  app.get('/signin', async (request, reply) => {
    const next = consoleReturnPath(field(request, 'next'));
    if ((await checkConsoleSession(ctx, cookies.sessionToken(request))) !== undefined)
      return reply.redirect(next ?? consolePaths.overview, 303);
    const nonce = cookies.signinNonce(request, reply);
    return send(reply, 200, page(next, nonce, { notice: noticeText(field(request, 'notice')) }));
  });

  app.post('/signin', async (request, reply) => {
    const next = consoleReturnPath(field(request, 'next'));
    const email = (field(request, 'email') ?? '').trim();
    const sent = cookies.sentSigninNonce(request);
    if (sent === undefined || !csrf.isGenuine(request, { signinNonce: sent })) {
      request.log.warn('console sign-in refused: no valid CSRF token or a foreign Origin');
      const nonce = cookies.signinNonce(request, reply);
      return send(
        reply,
        403,
        page(next, nonce, {
          email,
          error: 'This sign-in form was not sent from this server’s page, or it is too old. Try again.',
        }),
      );
    }
    try {
      // Per address and per account: a second address gets no fresh count for the same account.
      await protection.countAttempt({ ip: clientAddress(request) });
      if (email !== '') await protection.countAttempt({ account: email });
    } catch (error) {
      if (error instanceof DomainError && error.code === 'tooMuchAttempts') {
        const { headers } = errorResponse(error);
        reply.headers(headers);
        request.log.warn('console sign-in refused: too many attempts from this address or for this account');
        return send(reply, 429, page(next, sent, { email, retryAfterSeconds: error.details.retryAfterSeconds ?? 60 }));
      }
      throw error;
    }
    const account = await signInOperator(ctx, email, field(request, 'password') ?? '');
    if (account === undefined) {
      request.log.warn('console sign-in refused: wrong e-mail or password, or a disabled account');
      return send(reply, 400, page(next, sent, { email, error: REFUSED }));
    }
    // A session the browser held before (another account, say) ends: one browser, one session.
    await endConsoleSession(ctx, cookies.sessionToken(request));
    const { token } = await startConsoleSession(ctx, account);
    cookies.setSession(reply, token);
    request.log.info({ operator: account.email }, 'operator signed in to the console');
    return reply.redirect(next ?? consolePaths.overview, 303);
  });
}

/** POST /console/signout: the session's row is deleted and the cookie cleared. */
export function signoutRoute(app: FastifyInstance, { ctx, cookies, signedIn }: SigninDeps): void {
  app.post('/signout', async (request, reply) => {
    const { account } = signedIn(request);
    await endConsoleSession(ctx, cookies.sessionToken(request));
    cookies.clearSession(reply);
    request.log.info({ operator: account.email }, 'operator signed out of the console');
    return reply.redirect(withQuery(consolePaths.signin, { notice: 'signed-out' }), 303);
  });
}
