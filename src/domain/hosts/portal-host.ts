import { findTenantByDomain } from '../../store/repositories/tenants.js';
import type { TenantRecord } from '../../store/records.js';
import { currentBaseDomain } from './base-domain.js';
import { hostnameOf, isValidHostName } from './host-name.js';
import type { DomainContext } from '../context.js';

/**
 * Which portal a request's Host header names (the server serves the portal pages
 * "for Host: <portal domain>"):
 * - `portal`: a live portal has this host name (under the current or an earlier base domain);
 * - `unknownPortal`: one label under a base domain, but no live portal there (removed, or never);
 * - `other`: not a portal host at all (the API's own host name or address).
 */
export type PortalHost =
  | { readonly kind: 'portal'; readonly hostname: string; readonly tenant: TenantRecord }
  | { readonly kind: 'unknownPortal'; readonly hostname: string }
  | { readonly kind: 'other' };

/** Resolves a Host header (`name[:port]`) to a portal. */
export async function resolvePortalHost(ctx: DomainContext, hostHeader: string | undefined): Promise<PortalHost> {
  const hostname = hostnameOf(hostHeader);
  if (hostname === undefined || !isValidHostName(hostname)) return { kind: 'other' };
  const db = ctx.store.db;
  const tenant = await findTenantByDomain(db, hostname);
  if (tenant) return { kind: 'portal', hostname, tenant };
  const baseDomains = new Set([await currentBaseDomain(ctx, db), ctx.options.baseDomain]);
  for (const base of baseDomains) {
    const suffix = `.${base}`;
    if (hostname.endsWith(suffix) && !hostname.slice(0, -suffix.length).includes('.')) {
      return { kind: 'unknownPortal', hostname };
    }
  }
  return { kind: 'other' };
}
