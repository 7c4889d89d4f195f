import type { Db } from '../../store/store.js';
import { findSetting } from '../../store/repositories/settings.js';
import type { DomainContext } from '../context.js';

/** The global setting that moves new portals to another base domain. */
export const BASE_DOMAIN_SETTING = 'BaseDomain';
export const GLOBAL_TENANT_ID = -1;

/**
 * The base domain for portals registered now: the global BaseDomain setting if saved, else
 * BASE_DOMAIN. Read from the database each time, so every instance sees a change at once.
 */
export async function currentBaseDomain(ctx: DomainContext, db: Db): Promise<string> {
  return baseDomainFrom(ctx, await findSetting(db, GLOBAL_TENANT_ID, BASE_DOMAIN_SETTING));
}

/** Where the base domain is saved: the store reads it there for what depends on it (a new portal's address). */
export const BASE_DOMAIN_SAVED_AT = { tenantId: GLOBAL_TENANT_ID, key: BASE_DOMAIN_SETTING } as const;

/** The base domain, given the saved setting (undefined: none saved, BASE_DOMAIN applies). */
export function baseDomainFrom(ctx: DomainContext, saved: string | undefined): string {
  return saved ?? ctx.options.baseDomain;
}
