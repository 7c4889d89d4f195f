import { normalizeEmail, sameEmail } from '../email.js';
import { createHash } from 'node:crypto';
import type { TenantRecord, UserRecord } from '../../store/records.js';
import { isUniqueViolation } from '../../store/store.js';
import { isLinkUsed, recordUsedLink, releaseUsedLink } from '../../store/repositories/used-links.js';
import { activateUser, findUserById, hasPassword } from '../../store/repositories/users.js';
import type { Actor, RequestOrigin } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { verifyLinkKey, type LinkPurpose } from '../tokens/link-keys.js';
import { hashOwnerPassword } from './owner-password.js';
import { checkPasswordPolicy } from './password.js';

/**
 * The owner's links on the portal host: `/confirm?type=Auth…` activates the owner
 * (setting a password if none was given at registration) and `type=Signin` (the links
 * portal/signin answers) signs the owner in. Both are HMAC-signed, expiring and single-use.
 */

/** The query of a /confirm link, as it arrived. */
export interface OwnerLinkParams {
  readonly type?: string | undefined;
  readonly email?: string | undefined;
  readonly key?: string | undefined;
}

/** Why a link is refused: forged or malformed, past its expiry, or already used. */
export type LinkRefusal = 'invalid' | 'expired' | 'used';

/** A link that cannot be used; the pages explain `reason` to the owner. */
export class OwnerLinkRefused extends Error {
  constructor(readonly reason: LinkRefusal) {
    super(`owner link refused: ${reason}`);
    this.name = 'OwnerLinkRefused';
  }
}

/** A link that checked out, and what using it will do. */
export interface CheckedOwnerLink {
  readonly purpose: LinkPurpose;
  readonly owner: UserRecord;
  /** SHA-256 of the key (hex): what used_links stores, and what the confirm form is bound to. */
  readonly keyHash: string;
  readonly expires: Date;
  /** False when the owner registered without a password. */
  readonly hasPassword: boolean;
  /** True when using the link sets a password (a reset, or an activation without one): the page asks for it. */
  readonly setsPassword: boolean;
}

/** Checks a link for `tenant` without using it; throws OwnerLinkRefused. */
export async function checkOwnerLink(
  ctx: DomainContext,
  tenant: TenantRecord,
  params: OwnerLinkParams,
): Promise<CheckedOwnerLink> {
  const purpose = purposeOf(params.type);
  const email = normalizeEmail(params.email);
  const key = params.key ?? '';
  if (purpose === undefined || email === '' || key === '') throw new OwnerLinkRefused('invalid');
  const db = ctx.store.db;
  const owner = await findUserById(db, tenant.ownerId);
  if (owner === undefined || !sameEmail(owner.email, email)) throw new OwnerLinkRefused('invalid');
  const check = verifyLinkKey(
    ctx.machineKeys,
    { purpose, tenantId: tenant.id, userId: owner.id, email },
    key,
    ctx.clock.now(),
  );
  if (!check.ok) throw new OwnerLinkRefused(check.reason);
  const keyHash = createHash('sha256').update(key, 'utf8').digest('hex');
  if (await isLinkUsed(db, keyHash)) throw new OwnerLinkRefused('used');
  const withPassword = await hasPassword(db, owner.id);
  return {
    purpose,
    owner,
    keyHash,
    expires: check.expires,
    hasPassword: withPassword,
    setsPassword: purpose === 'reset' || (purpose === 'activation' && !withPassword),
  };
}

/**
 * Uses a link: checks it again and checks the new password against the policy when the owner
 * has none (passPolicyError names the rule broken), then claims the link — one insert into
 * used_links, whose primary key lets exactly one of any number of racing requests through, the
 * others are `used` — and only then hashes the password (slow on purpose: no request that lost
 * the race pays for it). The owner is activated in one transaction with the audit records; if
 * that fails, the claim is released so the owner can try again.
 */
export async function useOwnerLink(
  ctx: DomainContext,
  origin: RequestOrigin,
  tenant: TenantRecord,
  params: OwnerLinkParams,
  newPassword: string | undefined,
): Promise<UserRecord> {
  const link = await checkOwnerLink(ctx, tenant, params);
  const setsPassword = link.setsPassword;
  if (setsPassword) checkPasswordPolicy(newPassword ?? '', ctx.options.password);
  try {
    await recordUsedLink(ctx.store.db, link.keyHash, ctx.clock.now(), link.expires);
  } catch (error) {
    if (isUniqueViolation(error)) throw new OwnerLinkRefused('used');
    throw error;
  }
  const actor: Actor = { ...origin, caller: { kind: 'owner', ownerId: link.owner.id } };
  try {
    const passwordHash = setsPassword ? await hashOwnerPassword(ctx, link.owner.email, newPassword ?? '') : null;
    await ctx.store.transaction(async (tx) => {
      if (link.purpose === 'activation') {
        await activateUser(tx, link.owner.id, passwordHash, ctx.clock.now());
        // portal.activated tells the provider the owner completed activation (the first time only).
        const event = link.owner.activated ? undefined : { type: 'portal.activated' as const, tenant };
        await recordChange(
          ctx,
          tx,
          actor,
          { action: 'owner.activate', tenant, changes: { activated: [link.owner.activated, true] } },
          event,
        );
        if (passwordHash !== null)
          await recordChange(ctx, tx, actor, {
            action: 'owner.password',
            tenant,
            changes: { changed: [null, 'password'] },
          });
      } else if (link.purpose === 'reset') {
        // A reset proves the e-mail too: it also activates an owner who never did.
        await activateUser(tx, link.owner.id, passwordHash, ctx.clock.now());
        await recordChange(ctx, tx, actor, {
          action: 'owner.password',
          tenant,
          changes: { changed: [null, 'password'] },
        });
      } else {
        await recordChange(ctx, tx, actor, { action: 'owner.signin', tenant, changes: { signedIn: [null, 'link'] } });
      }
    });
  } catch (error) {
    await releaseUsedLink(ctx.store.db, link.keyHash).catch(() => undefined);
    throw error;
  }
  return { ...link.owner, activated: link.owner.activated || link.purpose !== 'signin' };
}

function purposeOf(type: string | undefined): LinkPurpose | undefined {
  switch ((type ?? '').trim().toLowerCase()) {
    case 'auth':
      return 'activation';
    case 'signin':
      return 'signin';
    case 'reset':
      return 'reset';
    default:
      return undefined;
  }
}
