import { findTenantByDomain } from '../../store/repositories/tenants.js';
import type { TenantRecord } from '../../store/records.js';
import { currentBaseDomain, isValidHostName } from './base-domain.js';
import type { DomainContext } from '../context.js';

/**
 * Which portal a request's Host header names (contract §9: the server serves the portal pages
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
  const baseDomains = new Set([await currentBaseDomain(ctx, db), ctx.config.baseDomain]);
  for (const base of baseDomains) {
    const suffix = `.${base}`;
    if (hostname.endsWith(suffix) && !hostname.slice(0, -suffix.length).includes('.')) {
      return { kind: 'unknownPortal', hostname };
    }
  }
  return { kind: 'other' };
}

/** The lower-case host name of a Host header or URL host, without port or trailing dot. */
export function hostnameOf(host: string | undefined): string | undefined {
  if (host === undefined) return undefined;
  const trimmed = host.trim().toLowerCase();
  // IPv6 literals ([::1]:8092) are never portal hosts; keep them recognisable as "other".
  if (trimmed.startsWith('[')) return undefined;
  const name = trimmed.replace(/:\d*$/, '').replace(/\.$/, '');
  return name === '' ? undefined : name;
}
