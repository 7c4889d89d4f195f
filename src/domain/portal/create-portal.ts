import { findClientForUpdate } from '../../store/repositories/clients.js';
import { insertPortalRows } from '../../store/repositories/new-portal.js';
import {
  countLiveTenants,
  countLiveTenantsOfClient,
  findTenantByAlias,
  lockNamed,
  type NewTenant,
} from '../../store/repositories/tenants.js';
import type { TenantRecord } from '../../store/records.js';
import { isUniqueViolation, type Db } from '../../store/store.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { BASE_DOMAIN_SAVED_AT, baseDomainFrom } from '../hosts/base-domain.js';
import type { ValidOwner } from '../owner/owner.js';
import { newOwnerId } from '../owner/owner-id.js';
import { hashOwnerPassword } from '../owner/owner-password.js';
import { tariffFromPlan } from '../tariff/tariff.js';
import { activationLink, portalOrigin } from './portal-urls.js';

/**
 * The one path every registration takes (portal/register and portal/registerbyemail): the
 * sign-up defences, the portal-count limits, then tenant, owner and default tariff in one
 * transaction with the audit record and whatever else must commit with the portal.
 */

/** A checked registration, before its portal name is settled. */
export interface PortalDraft {
  readonly owner: ValidOwner;
  /** The password (or client-side hash) to store, hashed; undefined: the owner sets one on activation. */
  readonly secret: string | undefined;
  readonly industry: number;
  readonly partnerId: string | null;
  readonly affiliateId: string | null;
  readonly campaign: string | null;
  readonly region: string | null;
}

/** Where the portal's name comes from: the caller, or a generator tried until a name is free. */
export type NameSource =
  { readonly kind: 'given'; readonly alias: string } | { readonly kind: 'generated'; next(): string };

/** A new portal and what the registrant is answered: the activation link, or the portal's address alone. */
export interface Registration {
  readonly tenant: TenantRecord;
  readonly reference: string;
}

/**
 * The checks only anonymous callers get (attempt limit, CAPTCHA), run at their place in
 * registration's order: after the name checks, before the portal-count limit.
 */
export type AnonymousGuard = () => Promise<void>;

/** Work that must commit together with a new portal (e.g. queueing the activation mail with `activationLink`). */
export type RegistrationHook = (
  db: Db,
  registration: Registration & { readonly owner: ValidOwner; readonly activationLink: string },
) => Promise<void>;

/**
 * Whether the owner must prove the e-mail through the mailed link before the portal counts as
 * theirs: anyone may sign up anonymously with anyone's e-mail (a signed caller, the provider's
 * panel, is trusted) when REGISTER_VERIFY_EMAIL is on.
 */
export function mustProveEmail(ctx: DomainContext, scope: ChangeScope): boolean {
  return ctx.options.verifyAnonymousEmail && scope.caller.kind === 'anonymous';
}

/**
 * The work committed with a registration, unless the registrant asked for no welcome
 * (`skipWelcome`: the activation mail is not queued). When the mailed link is the owner's only way
 * in (an anonymous sign-up that must prove its e-mail), the mail is queued all the same.
 */
export function welcomeHook(
  ctx: DomainContext,
  scope: ChangeScope,
  skipWelcome: boolean | undefined,
  hook: RegistrationHook | undefined,
): RegistrationHook | undefined {
  return skipWelcome === true && !mustProveEmail(ctx, scope) ? undefined : hook;
}

/** How many generated names are tried before giving up (portalNameNotAvailable). */
export const MAX_GENERATED_NAME_TRIES = 100;

/**
 * Creates the portal. A given name is checked for being taken first (an early answer); the
 * unique index on the alias still decides races: the loser gets portalNameExist. A generated
 * name that turns out taken is replaced by the next one, up to MAX_GENERATED_NAME_TRIES.
 */
export async function createPortal(
  ctx: DomainContext,
  scope: ChangeScope,
  draft: PortalDraft,
  names: NameSource,
  guard: AnonymousGuard | undefined,
  afterCreate: RegistrationHook | undefined,
): Promise<Registration> {
  if (
    names.kind === 'given' &&
    mustCheckNameFirst(ctx, scope, draft, guard) &&
    (await findTenantByAlias(ctx.store.db, names.alias))
  )
    throw new DomainError('portalNameExist');
  if (guard) await guard();
  // Hash outside the transaction: scrypt is slow and must not hold a database connection.
  const passwordHash =
    draft.secret === undefined ? null : await hashOwnerPassword(ctx, draft.owner.email, draft.secret);

  if (names.kind === 'given') return insertPortal(ctx, scope, draft, names.alias, passwordHash, afterCreate);
  for (let attempt = 1; attempt <= MAX_GENERATED_NAME_TRIES; attempt++) {
    const alias = names.next();
    if (await findTenantByAlias(ctx.store.db, alias)) continue;
    try {
      return await insertPortal(ctx, scope, draft, alias, passwordHash, afterCreate);
    } catch (error) {
      // Taken by a registration that won the race for it: try the next name.
      if (!(error instanceof DomainError && error.code === 'portalNameExist')) throw error;
    }
  }
  throw new DomainError('portalNameNotAvailable');
}

/**
 * Whether a given name must be looked up before the insert. The lookup answers portalNameExist
 * early, ahead of what would otherwise come first: the anonymous caller's guard (a taken name
 * must not cost an attempt or a CAPTCHA), the password's slow hash, and the portal-count limits
 * (a taken name is the answer even when the limit is also reached). With none of those, the
 * insert's unique index gives the same answer, and a registration saves a round trip.
 */
function mustCheckNameFirst(
  ctx: DomainContext,
  scope: ChangeScope,
  draft: PortalDraft,
  guard: AnonymousGuard | undefined,
): boolean {
  return (
    guard !== undefined || draft.secret !== undefined || ctx.options.maxPortals > 0 || scope.caller.kind === 'client'
  );
}

async function insertPortal(
  ctx: DomainContext,
  scope: ChangeScope,
  draft: PortalDraft,
  alias: string,
  passwordHash: string | null,
  afterCreate: RegistrationHook | undefined,
): Promise<Registration> {
  const { owner } = draft;
  const client = scope.caller.kind === 'client' ? scope.caller.client : undefined;
  const proveEmail = mustProveEmail(ctx, scope);
  try {
    return await ctx.store.transaction(async (tx) => {
      const now = ctx.clock.now();
      // Both locks are taken before the first count: on MySQL the first plain read fixes the
      // transaction's snapshot, so a count must not come before a lock another writer may hold
      // (a portal moved to this client meanwhile would be missed). The client's row comes first:
      // whoever holds the shared portal_count lock never waits for a client's.
      const stored = client === undefined ? undefined : await findClientForUpdate(tx, client.clientId);
      if (ctx.options.maxPortals > 0) {
        // Serialise registrations across instances while the limit is checked.
        await lockNamed(tx, 'portal_count');
        if ((await countLiveTenants(tx)) >= ctx.options.maxPortals) throw new DomainError('portalsCountTooMuch');
      }
      if (client !== undefined) {
        // The client's own quota, under the lock on its row (the quota as stored now, not as cached).
        const limit = stored?.maxPortals ?? null;
        if (limit !== null && (await countLiveTenantsOfClient(tx, client.clientId)) >= limit)
          throw new DomainError('portalsCountTooMuch');
      }
      const ownerId = newOwnerId(now.getTime());
      // The tenant's address goes under the base domain as saved when the insert runs.
      const tenantFor = (savedBaseDomain: string | undefined): NewTenant => ({
        alias,
        name: alias,
        domain: `${alias}.${baseDomainFrom(ctx, savedBaseDomain)}`,
        created: now,
        language: owner.language,
        timeZoneName: owner.timeZoneName,
        ownerId,
        industry: draft.industry,
        // A client's partnerId marks its portals unless the request names another.
        partnerId: draft.partnerId ?? client?.partnerId ?? null,
        affiliateId: draft.affiliateId,
        campaign: draft.campaign,
        region: draft.region,
        clientId: client?.clientId ?? null,
      });
      // The default plan's tariff; its tenant id is the new tenant's, known once inserted.
      const planned = tariffFromPlan(0, ctx.options.tariff.defaultPlan, now);
      const { id: tenantId, tenant: newTenant } = await insertPortalRows(
        tx,
        BASE_DOMAIN_SAVED_AT,
        tenantFor,
        {
          id: ownerId,
          email: owner.email,
          firstName: owner.firstName,
          lastName: owner.lastName,
          phone: owner.phone,
          passwordHash,
          activated: passwordHash !== null && !proveEmail,
          created: now,
        },
        planned,
        now,
      );
      const tariff = { ...planned, tenantId };
      // Written out in the order the store reads a tenant, not spread from newTenant: one literal
      // has one shape from the start, the same as every tenant read (its presenters see one shape).
      const tenant: TenantRecord = {
        id: tenantId,
        alias: newTenant.alias,
        name: newTenant.name,
        domain: newTenant.domain,
        status: 'Active',
        statusReason: null,
        created: newTenant.created,
        statusChanged: now,
        language: newTenant.language,
        timeZoneName: newTenant.timeZoneName,
        ownerId: newTenant.ownerId,
        industry: newTenant.industry,
        partnerId: newTenant.partnerId,
        affiliateId: newTenant.affiliateId,
        campaign: newTenant.campaign,
        region: newTenant.region,
        clientId: newTenant.clientId,
        quota: tariff.maxTotalSize,
        usedSize: 0,
        removalScheduledAt: null,
        isProtected: false,
        policySuspendedAt: null,
      };
      const link = activationLink(
        ctx,
        tenant.domain,
        { tenantId, userId: ownerId, email: owner.email },
        passwordHash === null,
      );
      const registration: Registration = {
        tenant,
        reference: proveEmail ? portalOrigin(ctx.options.links, tenant.domain) : link,
      };
      await recordChange(
        ctx,
        tx,
        scope,
        {
          action: 'portal.register',
          tenant,
          changes: {
            portalName: [null, alias],
            status: [null, 'Active'],
            ownerEmail: [null, owner.email],
            plan: [null, tariff.plan],
            clientId: [null, tenant.clientId],
          },
        },
        { type: 'portal.registered', tenant, tariff },
      );
      // Work that must commit with the portal (the owner's activation mail in the outbox).
      if (afterCreate) await afterCreate(tx, { ...registration, owner, activationLink: link });
      await scope.beforeCommit?.(tx, registration);
      return registration;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new DomainError('portalNameExist');
    if (error instanceof DomainError) throw error;
    throw new DomainError('registerNewTenantError', 'The portal could not be registered', {}, error);
  }
}
