import type { BrandRecord } from '../../store/repositories/brands.js';
import { findSetting, saveSetting } from '../../store/repositories/settings.js';
import { findTenantById } from '../../store/repositories/tenants.js';
import type { Db } from '../../store/store.js';
import type { Actor, ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import { BASE_DOMAIN_SETTING, GLOBAL_TENANT_ID } from '../hosts/base-domain.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { isDnsHostName, normalizeHostName } from '../hosts/host-name.js';
import { isProviderSettingKey, maskedSettingValue, sealedSettingValue } from '../portal/login-provider.js';
import { BRAND_SETTING_KEYS, brandSettingKey, isBrandFamilyKey, type BrandSettingKey } from '../brand/brand-fields.js';
import {
  brandSettingValue,
  checkBrandValues,
  readBrandSetting,
  saveBrand,
  type BrandTarget,
} from '../brand/brand-settings.js';

/** Which setting a call names: a portal's (or the global ones, tenantId -1), or (Brand.* keys) a client's brand. */
export type SettingRef = PortalRef & BrandTarget;

/** The longest setting key (the settings.setting_key column). */
const MAX_KEY_LENGTH = 128;

/**
 * settings/get: a setting's value (an OAuth provider's client secret masked), or undefined when
 * unset. A Brand.* key reads the caller's own brand (../brand/brand-settings.ts).
 */
export async function readSetting(
  ctx: DomainContext,
  actor: Actor,
  ref: SettingRef,
  key: string | undefined,
): Promise<string | undefined> {
  const settingKey = canonicalKey(key);
  const brandKey = brandKeyOf(settingKey, ref);
  if (brandKey !== undefined) return readBrandSetting(ctx, actor, ref, brandKey);
  const owner = await settingOwner(ctx, ctx.store.db, actor, ref);
  const value = await findSetting(ctx.store.db, owner, settingKey);
  return value === undefined ? undefined : maskedSettingValue(settingKey, value);
}

/**
 * settings/save: stores a setting and returns the value as stored (an OAuth provider's client
 * secret sealed when stored, masked when answered). The global BaseDomain must be a DNS host name;
 * it moves only portals registered afterwards (each portal keeps the domain it was registered under).
 */
export async function writeSetting(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: SettingRef,
  key: string | undefined,
  value: string | undefined,
): Promise<string | undefined> {
  const settingKey = canonicalKey(key);
  const brandKey = brandKeyOf(settingKey, ref);
  if (brandKey !== undefined) {
    // An empty value removes a Brand.* setting (its brand falls back to the operator's, then the default).
    if (value === undefined) throw paramsError(`value is required (empty removes ${brandKey})`);
    const checked = checkBrandValues({ [brandKey]: value });
    const shown = (brand: BrandRecord) => brandSettingValue(brand, brandKey);
    return shown(await saveBrand(ctx, scope, ref, checked, shown));
  }
  if (value === undefined) throw paramsError('value is required');
  return ctx.store.transaction(async (tx) => {
    const owner = await settingOwner(ctx, tx, scope, ref);
    let stored = value;
    if (owner === GLOBAL_TENANT_ID && settingKey === BASE_DOMAIN_SETTING) stored = checkBaseDomain(ctx, value);
    else if (isProviderSettingKey(settingKey))
      stored = sealedSettingValue(ctx.secrets, owner, settingKey, value, await findSetting(tx, owner, settingKey));
    await saveSetting(tx, owner, settingKey, stored, ctx.clock.now());
    const tenant = owner === GLOBAL_TENANT_ID ? undefined : await findTenantById(tx, owner);
    // The key only: a setting's value may be a secret of the provider's.
    const event = tenant === undefined ? undefined : { type: 'settings.changed' as const, tenant };
    await recordChange(
      ctx,
      tx,
      scope,
      { action: 'settings.save', tenant, changes: { setting: [null, settingKey] } },
      event,
    );
    const shown = maskedSettingValue(settingKey, stored);
    await scope.beforeCommit?.(tx, shown);
    return shown;
  });
}

/**
 * A value as settings/save was sent it: an empty value is "not given", as for every optional
 * parameter — except for a Brand.* key, where it removes the setting.
 */
export function sentSettingValue(key: string | undefined, value: string | undefined): string | undefined {
  return value === '' && !isBrandFamilyKey(key ?? '') ? undefined : value;
}

/**
 * Keys match case-insensitively on every database (MySQL's collation already does so; SQLite
 * and PostgreSQL would not): BaseDomain keeps the spelling the rest of the code reads, every
 * other key is stored lower-case.
 */
export function canonicalKey(key: string | undefined): string {
  const trimmed = (key ?? '').trim();
  if (trimmed === '') throw paramsError('key is required');
  if (trimmed.length > MAX_KEY_LENGTH) throw paramsError(`key must be at most ${MAX_KEY_LENGTH} characters`);
  const lower = trimmed.toLowerCase();
  return lower === BASE_DOMAIN_SETTING.toLowerCase() ? BASE_DOMAIN_SETTING : lower;
}

/**
 * The Brand.* key a setting names (undefined for every other key). Brands belong to the operator
 * and to API clients, never to a portal: a portal reference is refused, as is an unknown Brand.*
 * key (a typo would otherwise be stored and never used), and a client id given with another key.
 */
function brandKeyOf(settingKey: string, ref: SettingRef): BrandSettingKey | undefined {
  if (!isBrandFamilyKey(settingKey)) {
    if (ref.clientId !== undefined) throw paramsError('clientId: only Brand.* settings belong to an API client');
    return undefined;
  }
  const brandKey = brandSettingKey(settingKey);
  if (brandKey === undefined) throw paramsError(`key: unknown brand setting; one of ${BRAND_SETTING_KEYS.join(', ')}`);
  if (ref.portalName !== undefined || (ref.tenantId !== undefined && ref.tenantId !== GLOBAL_TENANT_ID)) {
    throw paramsError(
      `${brandKey}: brand settings belong to the operator or an API client, not to a portal; send tenantId=-1 (or no portal), and clientId to name a client's brand`,
    );
  }
  return brandKey;
}

/**
 * tenantId -1 names the global settings, which only the operator may read or write (they change
 * every portal); anything else must name a live portal the actor may see.
 */
async function settingOwner(ctx: DomainContext, db: Db, actor: Actor, ref: PortalRef): Promise<number> {
  if (ref.tenantId === GLOBAL_TENANT_ID) {
    if (actor.caller.kind === 'client') throw new DomainError('forbidden');
    return GLOBAL_TENANT_ID;
  }
  return (await findPortal(ctx, db, actor, ref)).id;
}

/** A BaseDomain value, normalised; it must leave room for the longest portal name in a host name. */
function checkBaseDomain(ctx: DomainContext, value: string): string {
  const domain = normalizeHostName(value);
  if (!isDnsHostName(domain))
    throw paramsError('value: BaseDomain must be a valid DNS host name (e.g. portals.example.com)');
  const room = 253 - 1 - ctx.options.portalName.max;
  if (domain.length > room) {
    throw paramsError(`value: BaseDomain must be at most ${room} characters, so portal names fit in a host name`);
  }
  return domain;
}
