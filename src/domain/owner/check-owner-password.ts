import { normalizeEmail } from '../email.js';
import type { TenantRecord, UserRecord } from '../../store/records.js';
import { findCredentialsByEmail, replacePasswordHash } from '../../store/repositories/users.js';
import type { DomainContext } from '../context.js';
import { hashOwnerPassword, ownerPasswordSalt } from './owner-password.js';

/**
 * Checks an owner's e-mail and password on a portal's sign-in page. Undefined for any failure —
 * unknown e-mail, another portal's owner, no password yet, an e-mail not yet proven, wrong
 * password — and every failure costs exactly one scrypt run, so neither the answer nor its
 * timing tells which it was. A hash made under another salt (see owner-password.ts) is rehashed
 * under the owner's salt once the password proved right.
 */
export async function checkOwnerPassword(
  ctx: DomainContext,
  tenant: TenantRecord,
  email: string,
  password: string,
): Promise<UserRecord | undefined> {
  const address = normalizeEmail(email);
  const candidates = await findCredentialsByEmail(ctx.store.db, address);
  const owner = candidates.find((c) => c.id === tenant.ownerId && c.tenantId === tenant.id);
  const stored = owner?.passwordHash ?? null;
  const matches =
    stored === null ? (await ctx.passwords.decoy(password), false) : await ctx.passwords.verify(password, stored);
  if (!matches || owner === undefined || stored === null || !owner.activated) return undefined;
  // A hash under another salt is rehashed under the owner's: portal/signin then checks it with the others.
  if (!stored.startsWith(ctx.passwords.prefix(ownerPasswordSalt(ctx, address)))) {
    await replacePasswordHash(ctx.store.db, owner.id, stored, await hashOwnerPassword(ctx, address, password));
  }
  const { passwordHash: _hidden, ...user } = owner;
  return user;
}
