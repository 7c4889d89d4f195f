import { normalizeEmail, sameEmail } from '../email.js';
import { findUserById } from '../../store/repositories/users.js';
import type { TenantRecord, UserRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import type { DomainContext } from '../context.js';
import { passwordResetLink, RESET_LINK_TTL_MINUTES } from '../portal/portal-urls.js';

/** Queues the password-reset mail (src/mail); absent when mail is off. */
export type ResetMailHook = (
  db: Db,
  reset: {
    readonly tenant: TenantRecord;
    readonly owner: UserRecord;
    readonly link: string;
    readonly validMinutes: number;
  },
) => Promise<void>;

/**
 * "Forgot password?" on a portal's sign-in page: when `email` is this portal's owner, a one-time
 * reset link (valid an hour) is mailed to it. Nothing is answered either way — the page says the
 * same whether or not the e-mail exists — and without mail there is nothing to send.
 */
export async function requestPasswordReset(
  ctx: DomainContext,
  tenant: TenantRecord,
  email: string,
  mail: ResetMailHook | undefined,
): Promise<void> {
  const wanted = normalizeEmail(email);
  if (wanted === '' || mail === undefined) return;
  const owner = await findUserById(ctx.store.db, tenant.ownerId);
  if (owner === undefined || !sameEmail(owner.email, wanted)) return;
  const link = passwordResetLink(ctx, tenant.domain, { tenantId: tenant.id, userId: owner.id, email: owner.email });
  await ctx.store.transaction((tx) => mail(tx, { tenant, owner, link, validMinutes: RESET_LINK_TTL_MINUTES }));
}
