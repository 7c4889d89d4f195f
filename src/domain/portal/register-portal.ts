import { randomUUID } from 'node:crypto';
import { countLiveTenants, findTenantByAlias, insertTenant, lockNamed, type NewTenant } from '../../store/repositories/tenants.js';
import { insertUser } from '../../store/repositories/users.js';
import { insertTariff } from '../../store/repositories/tariffs.js';

import type { TenantRecord } from '../../store/records.js';
import { isUniqueViolation, type Db } from '../../store/store.js';
import { currentBaseDomain } from '../hosts/base-domain.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { checkOwner, type OwnerInput, type ValidOwner } from '../owner/owner.js';
import { checkPasswordPolicy, hashPassword } from '../owner/password.js';
import { checkPortalName } from './portal-name.js';
import { activationLink } from './portal-urls.js';
import { withVariants } from './validate-portal-name.js';
import { tariffFromPlan } from '../tariff/tariff.js';

/** Everything portal/register accepts. */
export interface RegistrationInput extends OwnerInput {
  readonly portalName?: string | undefined;
  readonly password?: string | undefined;
  /** A client-side hash sent instead of a password; stored (and later checked) the same way. */
  readonly passwordHash?: string | undefined;
  readonly industry?: number | undefined;
  readonly partnerId?: string | undefined;
  readonly affiliateId?: string | undefined;
  readonly campaign?: string | undefined;
  readonly region?: string | undefined;
}

/**
 * The checks only anonymous callers get (attempt limit, CAPTCHA), run at their
 * place in registration's order: after the name checks, before the portal-count limit.
 */
export type AnonymousGuard = () => Promise<void>;

export interface Registration {
  readonly tenant: TenantRecord;
  readonly reference: string;
}

/** Work that must commit together with a new portal (e.g. queueing the activation mail). */
export type RegistrationHook = (
  db: Db,
  registration: Registration & { readonly owner: ValidOwner },
) => Promise<void>;

/**
 * Registers a portal: tenant, owner and default tariff in one transaction.
 * The unique index on the alias decides races between concurrent registrations of one name.
 */
export async function registerPortal(
  ctx: DomainContext,
  input: RegistrationInput,
  guard: AnonymousGuard | undefined,
  afterCreate?: RegistrationHook,
): Promise<Registration> {
  // A taken name is answered with free names close to it, as validateportalname does.
  return withVariants(ctx, input.portalName, () => createPortal(ctx, input, guard, afterCreate));
}

async function createPortal(
  ctx: DomainContext,
  input: RegistrationInput,
  guard: AnonymousGuard | undefined,
  afterCreate: RegistrationHook | undefined,
): Promise<Registration> {
  // The order clients rely on: parameters → password policy → portal name → guards → count → create.
  const problems: string[] = [];
  let owner: ValidOwner | undefined;
  try {
    owner = checkOwner(input);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    problems.push(...(Array.isArray(error.detail) ? error.detail : [error.message]));
  }
  if ((input.portalName ?? '').trim() === '') throw new DomainError('portalNameEmpty');
  if (problems.length > 0 || owner === undefined) throw new DomainError('params', problems);

  const secret = input.password ?? input.passwordHash;
  if (input.password !== undefined) checkPasswordPolicy(input.password, ctx.options.password);
  const alias = checkPortalName(input.portalName, ctx.options.portalName);
  // An early answer for the common case; the unique index still decides races below.
  if (await findTenantByAlias(ctx.store.db, alias)) throw new DomainError('portalNameExist');
  if (guard) await guard();

  // Hash outside the transaction: scrypt is slow and must not hold a database connection.
  const passwordHash = secret === undefined ? null : await hashPassword(secret);
  const validOwner = owner;

  try {
    return await ctx.store.transaction(async (tx) => {
      const now = ctx.clock.now();
      if (ctx.options.maxPortals > 0) {
        // Serialise registrations across instances while the limit is checked.
        await lockNamed(tx, 'portal_count');
        if ((await countLiveTenants(tx)) >= ctx.options.maxPortals) throw new DomainError('portalsCountTooMuch');
      }
      const baseDomain = await currentBaseDomain(ctx, tx);
      const ownerId = randomUUID();
      const newTenant: NewTenant = {
        alias,
        name: alias,
        domain: `${alias}.${baseDomain}`,
        created: now,
        language: validOwner.language,
        timeZoneName: validOwner.timeZoneName,
        ownerId,
        industry: input.industry ?? 0,
        partnerId: input.partnerId ?? null,
        affiliateId: input.affiliateId ?? null,
        campaign: input.campaign ?? null,
        region: input.region ?? null,
      };
      const tenantId = await insertTenant(tx, newTenant);
      await insertUser(tx, {
        id: ownerId,
        tenantId,
        email: validOwner.email,
        firstName: validOwner.firstName,
        lastName: validOwner.lastName,
        phone: validOwner.phone,
        passwordHash,
        activated: passwordHash !== null,
        created: now,
      });
      await insertTariff(tx, tariffFromPlan(tenantId, ctx.options.tariff.defaultPlan, now), now);
      const tenant: TenantRecord = { ...newTenant, id: tenantId, status: 'Active', statusReason: null, statusChanged: now };
      const reference = activationLink(
        ctx,
        tenant.domain,
        { tenantId, userId: ownerId, email: validOwner.email },
        passwordHash === null,
      );
      const registration = { tenant, reference };
      // Work that must commit with the portal (the owner's activation mail in the outbox).
      if (afterCreate) await afterCreate(tx, { ...registration, owner: validOwner });
      return registration;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('portalNameExist');
    if (error instanceof DomainError) throw error;
    throw new DomainError('registerNewTenantError', 'The portal could not be registered', {}, error);
  }
}
