import { findTenantByAlias, findTenantByDomain, findTenantById } from '../../store/repositories/tenants.js';
import { MAX_TENANT_ID, type TenantRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import { currentBaseDomain } from '../hosts/base-domain.js';
import { visibleClientOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { normalizePortalName } from './portal-name.js';

/** How a caller names a portal: tenantId wins over portalName. */
export interface PortalRef {
  readonly portalName?: string | undefined;
  readonly tenantId?: number | undefined;
}

/**
 * Finds the portal a request names, as `actor` may see it: portalNameEmpty when it names none,
 * portalNameNotFound when there is no such live portal — or when it is another client's: for a
 * client, a portal it does not own does not exist (never "forbidden", which would confirm it).
 */
export async function findPortal(ctx: DomainContext, db: Db, actor: Actor, ref: PortalRef): Promise<TenantRecord> {
  return visibleTo(actor, await lookup(ctx, db, ref));
}

/** The portal found, if `actor` may see it; otherwise portalNameNotFound (see findPortal). */
export function visibleTo(actor: Actor, tenant: TenantRecord | undefined): TenantRecord {
  const client = visibleClientOf(actor);
  if (
    tenant === undefined ||
    tenant.status === 'RemovePending' ||
    (client !== undefined && tenant.clientId !== client)
  ) {
    throw new DomainError('portalNameNotFound');
  }
  return tenant;
}

/**
 * The alias a request names when it names a portal by its short name (no tenantId, no dots),
 * the case a single probe of the alias index answers; undefined for every other reference.
 */
export function shortNameOf(ref: PortalRef): string | undefined {
  if (ref.tenantId !== undefined) return undefined;
  const name = normalizePortalName(ref.portalName ?? '');
  return name === '' || name.includes('.') ? undefined : name;
}

async function lookup(ctx: DomainContext, db: Db, ref: PortalRef): Promise<TenantRecord | undefined> {
  if (ref.tenantId !== undefined) {
    // An id no portal can have is not found (a larger one would fail the query on PostgreSQL).
    return ref.tenantId > 0 && ref.tenantId <= MAX_TENANT_ID ? findTenantById(db, ref.tenantId) : undefined;
  }
  const shortName = shortNameOf(ref);
  if (shortName !== undefined) return findTenantByAlias(db, shortName);
  const name = normalizePortalName(ref.portalName ?? '');
  if (name === '') throw new DomainError('portalNameEmpty');
  // A full domain: under the current base domain, or one a portal was registered under earlier.
  const baseDomain = await currentBaseDomain(ctx, db);
  const suffix = `.${baseDomain}`;
  if (name.endsWith(suffix)) {
    const byAlias = await findTenantByAlias(db, name.slice(0, -suffix.length));
    if (byAlias) return byAlias;
  }
  return findTenantByDomain(db, name);
}
