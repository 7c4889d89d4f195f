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
  return (await findSetting(db, GLOBAL_TENANT_ID, BASE_DOMAIN_SETTING)) ?? ctx.options.baseDomain;
}
