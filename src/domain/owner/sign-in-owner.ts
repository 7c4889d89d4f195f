import type { TenantRecord, UserRecord } from '../../store/records.js';
import { findCredentialsByEmail } from '../../store/repositories/users.js';
import type { DomainContext } from '../context.js';
import { decoyPasswordHash, verifyPassword } from './password.js';

/**
 * Checks an owner's e-mail and password on a portal's sign-in page. Undefined for any failure —
 * unknown e-mail, another portal's owner, no password yet, wrong password — and an unknown
 * e-mail still costs one scrypt, so neither the answer nor its timing tells which it was.
 */
export async function signInOwner(
  ctx: DomainContext,
  tenant: TenantRecord,
  email: string,
  password: string,
): Promise<UserRecord | undefined> {
  const candidates = await findCredentialsByEmail(ctx.store.db, email.trim().toLowerCase());
  const owner = candidates.find((c) => c.id === tenant.ownerId && c.tenantId === tenant.id);
  const stored = owner?.passwordHash ?? (await decoyPasswordHash());
  const matches = await verifyPassword(password, stored);
  if (!matches || owner === undefined || owner.passwordHash === null) return undefined;
  const { passwordHash: _hidden, ...user } = owner;
  return user;
}
