import { findOwnerLogins } from '../../store/repositories/users.js';
import { visibleClientOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { decoyPasswordHash, verifyPassword } from './password.js';
import { portalOrigin, signinLink } from '../portal/portal-urls.js';

/** What portal/signin accepts. */
export interface SignInInput {
  readonly email?: string | undefined;
  readonly password?: string | undefined;
  /** A client-side hash, sent instead of a password: checked the way registration stored it. */
  readonly passwordHash?: string | undefined;
}

/** A portal the owner may enter, with a one-time sign-in link to it. */
export interface SignInPortal {
  readonly tenantId: number;
  /** `<scheme>://<domain>[:port]`. */
  readonly portalUrl: string;
  readonly signinLink: string;
}

/** the one answer for wrong credentials, whether the e-mail exists or not. */
export const INVALID_CREDENTIALS = 'Invalid login or password.';

/**
 * portal/signin: the active portals whose owner has this e-mail and password.
 * Every candidate hash is checked (an unknown e-mail or a portal without a password checks a
 * decoy), so the time taken does not tell whether the e-mail is registered.
 */
export async function signIn(ctx: DomainContext, actor: Actor, input: SignInInput): Promise<SignInPortal[]> {
  const email = (input.email ?? '').trim().toLowerCase();
  // Registration hashes `password ?? passwordHash`; sign-in must pick the same secret.
  const secret = input.password ?? input.passwordHash;
  const missing = [...(email === '' ? ['email is required'] : []), ...(secret === undefined ? ['password is required'] : [])];
  if (missing.length > 0 || secret === undefined) throw paramsError(...missing);

  // A client signs its customers in to its own portals only; the others do not exist for it.
  const client = visibleClientOf(actor);
  const logins = (await findOwnerLogins(ctx.store.db, email)).filter((l) => client === undefined || l.clientId === client);
  const decoy = await decoyPasswordHash();
  const checks = logins.length === 0 ? [verifyPassword(secret, decoy)] : logins.map((l) => verifyPassword(secret, l.passwordHash ?? decoy));
  const matches = await Promise.all(checks);
  const accepted = logins.filter((login, i) => login.passwordHash !== null && matches[i] === true);
  if (accepted.length === 0) throw paramsError(INVALID_CREDENTIALS);

  // Right credentials: the portals that are active now (possibly none, e.g. all suspended).
  return accepted
    .filter((login) => login.tenantStatus === 'Active')
    .map((login) => ({
      tenantId: login.tenantId,
      portalUrl: portalOrigin(ctx.options.links, login.domain),
      signinLink: signinLink(ctx, login.domain, { tenantId: login.tenantId, userId: login.userId, email: login.email }),
    }));
}
