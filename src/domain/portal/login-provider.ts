import { listSettings } from '../../store/repositories/settings.js';
import type { Db } from '../../store/store.js';
import { DomainError } from '../errors.js';
import type { SecretBox } from '../tokens/secret-box.js';

/**
 * A portal whose owner signs in with an OAuth provider (portal/provision): which providers are
 * accepted, how the provider's values are checked, and how they are kept as the portal's settings
 * (`AuthKey_<provider>` with the client secret sealed, `CspDomains`) — and shown again only with
 * the secret masked. One home for the rule, read by provisioning, settings/get and settings/save,
 * the console and the re-sealing after a machine-key rotation.
 */

/** The providers ONLYOFFICE's own server knows (LOGIN_PROVIDERS' default). */
export const DEFAULT_LOGIN_PROVIDERS = [
  'appleid',
  'box',
  'dropbox',
  'facebook',
  'twitter',
  'google',
  'linkedin',
  'skydrive',
  'microsoft',
  'zoom',
  'telegram',
  'weixin',
  'nextcloud',
] as const;

/** The provider object of portal/provision, as read from the request. */
export interface LoginProviderInput {
  readonly name?: string | undefined;
  readonly clientId?: string | undefined;
  readonly clientSecret?: string | undefined;
  readonly baseUrl?: string | undefined;
  readonly redirectUri?: string | undefined;
  readonly cspDomain?: string | undefined;
}

/** A checked provider: its name lower-case, its client secret still in clear (sealed when stored). */
export interface LoginProvider {
  readonly name: string;
  readonly clientId: string;
  readonly clientSecret: string;
  readonly baseUrl: string | null;
  readonly redirectUri: string | null;
  readonly cspDomain: string | null;
}

/** What is shown of a portal's provider (the console): never the secret. */
export interface LoginProviderView {
  readonly name: string;
  readonly clientId: string;
  readonly baseUrl: string | null;
  readonly redirectUri: string | null;
  /** Whether a client secret is stored (it is never shown). */
  readonly hasSecret: boolean;
}

/** What settings/get answers in place of a stored client secret. */
export const MASKED_SECRET = '***';

/** The settings key prefix of a provider's values (keys are stored lower-case). */
export const PROVIDER_KEY_PREFIX = 'authkey_';

/** The setting that holds the extra Content-Security-Policy domains of a portal. */
export const CSP_DOMAINS_KEY = 'cspdomains';

/** The longest provider name. */
export const MAX_PROVIDER_NAME = 64;

/** The settings key of a provider's values (`AuthKey_<provider>`, stored lower-case). */
export function providerSettingKey(name: string): string {
  return `${PROVIDER_KEY_PREFIX}${name.toLowerCase()}`;
}

/** Whether a (canonical, lower-case) settings key holds a provider's values. */
export function isProviderSettingKey(key: string): boolean {
  return key.startsWith(PROVIDER_KEY_PREFIX) && key.length > PROVIDER_KEY_PREFIX.length;
}

/**
 * Checks the provider object: every problem goes into `problems` (one line each, reported with
 * the owner's as one `params` error). Whether the provider is accepted is knownProvider's question.
 */
export function checkLoginProvider(
  input: LoginProviderInput | undefined,
  problems: string[],
): LoginProvider | undefined {
  if (input === undefined) {
    problems.push('provider is required: an object with name, clientId and clientSecret');
    return undefined;
  }
  const before = problems.length;
  const name = required('provider.name', input.name, problems);
  const clientId = required('provider.clientId', input.clientId, problems);
  const clientSecret = required('provider.clientSecret', input.clientSecret, problems);
  const baseUrl = optionalUrl('provider.baseUrl', input.baseUrl, problems);
  const redirectUri = optionalUrl('provider.redirectUri', input.redirectUri, problems);
  const cspDomain = optionalCspSource('provider.cspDomain', input.cspDomain, problems);
  if (problems.length > before) return undefined;
  return { name: name.toLowerCase(), clientId, clientSecret, baseUrl, redirectUri, cspDomain };
}

/** The provider, when it is one of `allowed` (LOGIN_PROVIDERS); unknownProvider otherwise. */
export function knownProvider(provider: LoginProvider, allowed: readonly string[]): LoginProvider {
  if (!allowed.includes(provider.name))
    throw new DomainError('unknownProvider', `Provider '${provider.name}' is not supported`);
  return provider;
}

/** What a provider's values are sealed for: binds a sealed secret to its portal and key. */
export function providerSecretContext(tenantId: number, key: string): string {
  return `setting:${tenantId}:${key}`;
}

/** The stored value of `AuthKey_<provider>`: JSON with the client secret sealed. */
export function providerSettingValue(box: SecretBox, tenantId: number, provider: LoginProvider): string {
  const key = providerSettingKey(provider.name);
  return JSON.stringify({
    clientId: provider.clientId,
    clientSecret: box.seal(provider.clientSecret, providerSecretContext(tenantId, key)),
    baseUrl: provider.baseUrl,
    redirectUri: provider.redirectUri,
  });
}

/** The stored value of `CspDomains`: a JSON array of the domains. */
export function cspDomainsValue(provider: LoginProvider): string | undefined {
  return provider.cspDomain === null ? undefined : JSON.stringify([provider.cspDomain]);
}

/**
 * A setting's value as settings/get and settings/save show it: a provider's client secret
 * replaced by `***` (whether stored sealed or, written by an older settings/save, in clear).
 * Any other setting, or a value that is not a provider's JSON object, is shown as stored.
 */
export function maskedSettingValue(key: string, value: string): string {
  if (!isProviderSettingKey(key)) return value;
  const object = jsonObject(value);
  if (object === undefined || !('clientSecret' in object)) return value;
  return JSON.stringify({ ...object, clientSecret: MASKED_SECRET });
}

/**
 * A provider's value as settings/save stores it: its client secret sealed. A secret sent as `***`
 * (a value read back with settings/get and saved again) keeps the stored one. Any other setting,
 * or a value that is not a JSON object with a text clientSecret, is stored as sent.
 */
export function sealedSettingValue(
  box: SecretBox,
  tenantId: number,
  key: string,
  value: string,
  stored: string | undefined,
): string {
  if (!isProviderSettingKey(key)) return value;
  const object = jsonObject(value);
  const secret = object?.clientSecret;
  if (object === undefined || typeof secret !== 'string') return value;
  const context = providerSecretContext(tenantId, key);
  if (secret === MASKED_SECRET) {
    const kept = stored === undefined ? undefined : jsonObject(stored)?.clientSecret;
    return JSON.stringify({ ...object, clientSecret: typeof kept === 'string' ? kept : '' });
  }
  return JSON.stringify({ ...object, clientSecret: box.seal(secret, context) });
}

/** The OAuth providers a portal's owner signs in with, as the console shows them (never a secret). */
export async function portalLoginProviders(db: Db, tenantId: number): Promise<LoginProviderView[]> {
  const settings = await listSettings(db, tenantId);
  return settings.flatMap(({ key, value }) => providerView(key, value) ?? []);
}

/** A stored provider setting as the console shows it: name, client id and URLs, never the secret. */
export function providerView(key: string, value: string): LoginProviderView | undefined {
  if (!isProviderSettingKey(key)) return undefined;
  const object = jsonObject(value);
  if (object === undefined) return undefined;
  const text = (field: string) => (typeof object[field] === 'string' ? (object[field] as string) : null);
  return {
    name: key.slice(PROVIDER_KEY_PREFIX.length),
    clientId: text('clientId') ?? '',
    baseUrl: text('baseUrl'),
    redirectUri: text('redirectUri'),
    hasSecret: (text('clientSecret') ?? '') !== '',
  };
}

/**
 * A stored provider value with its sealed secret sealed again under the current machine key, or
 * undefined when it needs nothing (already current, not sealed, not a provider's value).
 */
export function resealedSettingValue(box: SecretBox, tenantId: number, key: string, value: string): string | undefined {
  if (!isProviderSettingKey(key)) return undefined;
  const object = jsonObject(value);
  const secret = object?.clientSecret;
  if (object === undefined || typeof secret !== 'string' || !secret.startsWith('v1.') || box.isCurrent(secret))
    return undefined;
  const context = providerSecretContext(tenantId, key);
  return JSON.stringify({ ...object, clientSecret: box.seal(box.open(secret, context), context) });
}

function jsonObject(value: string): Record<string, unknown> | undefined {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function required(field: string, value: string | undefined, problems: string[]): string {
  const text = (value ?? '').trim();
  if (text === '') problems.push(`${field} is required`);
  return text;
}

function optionalUrl(field: string, value: string | undefined, problems: string[]): string | null {
  const text = (value ?? '').trim();
  if (text === '') return null;
  try {
    const url = new URL(text);
    if (url.protocol === 'https:' || url.protocol === 'http:') return text;
  } catch {
    // Reported below.
  }
  problems.push(`${field} must be an http or https URL`);
  return null;
}

/**
 * A Content-Security-Policy source for the portal (a host such as `*.example.com` or an origin):
 * nothing that would end the source or the directive it is written into.
 */
function optionalCspSource(field: string, value: string | undefined, problems: string[]): string | null {
  const text = (value ?? '').trim();
  if (text === '') return null;
  if (/[\s;,'"]/.test(text)) {
    problems.push(`${field} must be one host or origin, without spaces, quotes, commas or semicolons`);
    return null;
  }
  return text;
}
