import type { Db } from '../../store/store.js';
import { findSetting } from '../../store/repositories/settings.js';
import type { DomainContext } from '../context.js';

/** The global setting that moves new portals to another base domain (contract §7.12). */
export const BASE_DOMAIN_SETTING = 'BaseDomain';
export const GLOBAL_TENANT_ID = -1;

/**
 * The base domain for portals registered now: the global BaseDomain setting if saved, else
 * BASE_DOMAIN. Read from the database each time, so every instance sees a change at once.
 */
export async function currentBaseDomain(ctx: DomainContext, db: Db): Promise<string> {
  return (await findSetting(db, GLOBAL_TENANT_ID, BASE_DOMAIN_SETTING)) ?? ctx.config.baseDomain;
}

/** Whether `name` is a valid DNS host name (labels of 1..63 letters, digits, inner hyphens). */
export function isValidHostName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name
    .split('.')
    .every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}
