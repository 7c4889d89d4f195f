import { normalizeEmail } from '../email.js';
import { randomInt, timingSafeEqual } from 'node:crypto';
import { findOwnerLogins, replacePasswordHash, type OwnerLogin } from '../../store/repositories/users.js';
import { visibleClientOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { portalOrigin, signinLink } from '../portal/portal-urls.js';
import { ownerPasswordSalt } from './owner-password.js';

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
 * How many hashes made under another salt (before owner salts, or under an earlier machine key)
 * one sign-in checks. Each is a full scrypt run, so they are bounded; a sign-in with fewer of
 * them still runs this many (on nothing), so the time never tells how many there are.
 */
export const OLDER_HASH_CHECKS = 1;

/**
 * portal/signin: the active portals whose (verified) owner has this e-mail and password.
 * The password work is the same for every request: one scrypt run under the e-mail's salt
 * (owner-password.ts), compared in constant time with every portal hashed under it, plus
 * OLDER_HASH_CHECKS runs for hashes under another salt (or on nothing). So neither the time
 * nor the work tells whether the e-mail is registered or how many portals it owns.
 */
export async function portalsForSignIn(ctx: DomainContext, actor: Actor, input: SignInInput): Promise<SignInPortal[]> {
  const email = normalizeEmail(input.email);
  // Registration hashes `password ?? passwordHash`; sign-in must pick the same secret.
  const secret = input.password ?? input.passwordHash;
  const missing = [
    ...(email === '' ? ['email is required'] : []),
    ...(secret === undefined ? ['password is required'] : []),
  ];
  if (missing.length > 0 || secret === undefined) throw paramsError(...missing);

  // A client signs its customers in to its own portals only; the others do not exist for it.
  const client = visibleClientOf(actor);
  const logins = (await findOwnerLogins(ctx.store.db, email)).filter(
    (l) => client === undefined || l.clientId === client,
  );
  const accepted = await checkPasswords(ctx, email, secret, logins);
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

/** The logins whose password is `secret`, at a fixed cost (see signIn); older hashes that match are rehashed. */
async function checkPasswords(
  ctx: DomainContext,
  email: string,
  secret: string,
  logins: readonly OwnerLogin[],
): Promise<OwnerLogin[]> {
  // An owner who has not proven the e-mail yet (REGISTER_VERIFY_EMAIL) cannot sign in.
  const candidates = logins.filter(
    (l): l is OwnerLogin & { passwordHash: string } => l.passwordHash !== null && l.activated,
  );
  const salt = ownerPasswordSalt(ctx, email);
  const expected = await ctx.passwords.hash(secret, salt);
  const saltPrefix = ctx.passwords.prefix(salt);
  const current = candidates.filter((l) => l.passwordHash.startsWith(saltPrefix));
  const older = candidates.filter((l) => !l.passwordHash.startsWith(saltPrefix));
  const accepted = current.filter((l) => sameText(l.passwordHash, expected));

  // Older hashes, a bounded number per request, picked at random so that one that never
  // matches (another password) cannot hide the others for good.
  const picked = pickRandom(older, OLDER_HASH_CHECKS);
  for (let i = 0; i < OLDER_HASH_CHECKS; i++) {
    const login = picked[i];
    if (login === undefined) {
      await ctx.passwords.decoy(secret);
      continue;
    }
    if (!(await ctx.passwords.verify(secret, login.passwordHash))) continue;
    accepted.push(login);
    // The password proved right: from now on this portal is checked with the others, for free.
    await replacePasswordHash(ctx.store.db, login.userId, login.passwordHash, expected);
  }
  return accepted.sort((a, b) => a.tenantId - b.tenantId);
}

function sameText(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}

function pickRandom<T>(items: readonly T[], count: number): T[] {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count && pool.length > 0) picked.push(...pool.splice(randomInt(pool.length), 1));
  return picked;
}
