import { findClient } from '../../store/repositories/clients.js';
import { findUsage } from '../../store/repositories/tariffs.js';
import { findTenantById } from '../../store/repositories/tenants.js';
import { findUserById } from '../../store/repositories/users.js';
import {
  MAX_TENANT_ID,
  type TariffRecord,
  type TenantRecord,
  type UsageRecord,
  type UserRecord,
} from '../../store/records.js';
import { visibleClientOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { currentTariff, NO_USAGE } from '../tariff/get-tariff.js';
import { portalLoginProviders, type LoginProviderView } from './login-provider.js';

/** Everything the console shows of one portal. */
export interface PortalDetail {
  readonly tenant: TenantRecord;
  /** Undefined only if the owner's row was lost outside the API. */
  readonly owner: UserRecord | undefined;
  readonly tariff: TariffRecord;
  readonly usage: UsageRecord;
  /** The API client the portal belongs to, with its name; null: the operator's. */
  readonly client: { readonly clientId: string; readonly name: string } | null;
  /** The OAuth providers its owner signs in with (portal/provision); never their secrets. */
  readonly loginProviders: readonly LoginProviderView[];
}

/**
 * One portal by id with its owner, tariff, usage and client — a removed portal too, until it is
 * purged (the operator looks up what happened to it). Another client's portal does not exist
 * for a client, as everywhere.
 */
export async function portalDetail(ctx: DomainContext, actor: Actor, tenantId: number): Promise<PortalDetail> {
  const db = ctx.store.db;
  const tenant =
    Number.isInteger(tenantId) && tenantId > 0 && tenantId <= MAX_TENANT_ID
      ? await findTenantById(db, tenantId)
      : undefined;
  const visible = visibleClientOf(actor);
  if (tenant === undefined || (visible !== undefined && tenant.clientId !== visible))
    throw new DomainError('portalNameNotFound');
  const client = tenant.clientId === null ? undefined : await findClient(db, tenant.clientId);
  return {
    tenant,
    owner: await findUserById(db, tenant.ownerId),
    tariff: await currentTariff(ctx, db, tenant.id),
    usage: (await findUsage(db, tenant.id)) ?? NO_USAGE,
    client: tenant.clientId === null ? null : { clientId: tenant.clientId, name: client?.name ?? tenant.clientId },
    loginProviders: await portalLoginProviders(db, tenant.id),
  };
}
