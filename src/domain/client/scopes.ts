import { paramsError } from '../errors.js';

/** What a client may be allowed to do, each scope a group of methods (see docs/api.md). */
export const SCOPES = [
  'portals:read',
  'portals:write',
  'billing',
  'usage',
  'loginlink',
  'settings',
  'webhooks',
  'audit:read',
] as const;
export type ScopeName = (typeof SCOPES)[number];

/**
 * What a new client gets unless told otherwise: what a billing panel needs. Signing in as an
 * owner, usage reports, settings, webhooks and the audit log are granted deliberately.
 */
export const DEFAULT_SCOPES: readonly ScopeName[] = ['portals:read', 'portals:write', 'billing'];

/** A scope list as given (names in any case, repeats dropped), in the canonical order; unknown names are `params`. */
export function parseScopes(names: readonly string[]): ScopeName[] {
  const wanted = new Set(names.map((n) => n.trim().toLowerCase()).filter((n) => n !== ''));
  const unknown = [...wanted].filter((n) => !(SCOPES as readonly string[]).includes(n));
  if (unknown.length > 0)
    throw paramsError(...unknown.map((n) => `scopes: unknown scope "${n}" (known: ${SCOPES.join(', ')})`));
  return SCOPES.filter((s) => wanted.has(s));
}
