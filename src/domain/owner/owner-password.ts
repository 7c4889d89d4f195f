import { normalizeEmail } from '../email.js';
import { createHmac } from 'node:crypto';
import type { DomainContext } from '../context.js';
import { signingKey } from '../tokens/signed-token.js';

/**
 * An owner's password is hashed under a salt derived from the owner's e-mail with the machine
 * key, not a random one. Every portal of one e-mail then shares the salt, so one scrypt run
 * checks a password against all of them (portal/signin): the work per sign-in is the same
 * whether the e-mail owns one portal or forty, and its timing does not tell how many. The salt is
 * still unique per e-mail and cannot be computed without the machine key, so no table of hashes
 * can be made in advance. The salt is stored in the hash as before, so every hash stays checkable
 * on its own, also after the machine key changed; hashes made before (random salt) or under an
 * earlier key are checked one by one, a bounded number per sign-in (sign-in.ts), and rehashed
 * under this salt once the password proved right.
 */
export function ownerPasswordSalt(ctx: Pick<DomainContext, 'machineKeys'>, email: string): Buffer {
  return createHmac('sha256', signingKey(ctx.machineKeys))
    .update(`owner password salt\n${normalizeEmail(email)}`, 'utf8')
    .digest()
    .subarray(0, 16);
}

/** The stored hash of an owner's new password (registration, activation), under the owner's salt. */
export function hashOwnerPassword(
  ctx: Pick<DomainContext, 'machineKeys' | 'passwords'>,
  email: string,
  secret: string,
): Promise<string> {
  return ctx.passwords.hash(secret, ownerPasswordSalt(ctx, email));
}
