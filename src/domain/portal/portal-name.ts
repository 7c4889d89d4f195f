import { DomainError } from '../errors.js';

/** Names that can never be registered, on top of RESERVED_NAMES. */
export const BUILT_IN_RESERVED_NAMES: readonly string[] = [
  'api',
  'apisystem',
  'api-system',
  'www',
  'mail',
  'smtp',
  'admin',
  'controlpanel',
  'localhost',
  'settings',
  'oauth',
  'static',
  'status',
  'help',
  'support',
  'docs',
  // The host names of ONLYOFFICE's own regional services.
  'api-system-eu-central-1',
  'api-system-us-east-2',
  'identity-eu-central-1',
  'identity-us-east-2',
];

export interface PortalNameRules {
  readonly min: number;
  readonly max: number;
  readonly reserved: readonly string[];
}

const ALLOWED = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** Trims and lower-cases a portal name: the stored alias form. */
export function normalizePortalName(name: string): string {
  return name.trim().toLowerCase();
}

/**
 * Validates the shape of a portal name in the order clients expect: empty → length →
 * characters → reserved. Whether it is taken is the store's question. Returns the alias.
 */
export function checkPortalName(input: string | undefined, rules: PortalNameRules): string {
  const alias = normalizePortalName(input ?? '');
  if (alias === '') throw new DomainError('portalNameEmpty');
  if (alias.length < rules.min) throw new DomainError('tooShortError');
  if (alias.length > rules.max) {
    throw new DomainError('portalNameTooLong', `Portal name is too long: at most ${rules.max} characters`);
  }
  if (!ALLOWED.test(alias) || alias.startsWith('xn--')) throw new DomainError('portalNameIncorrect');
  if (isReserved(alias, rules)) throw new DomainError('portalNameExist');
  return alias;
}

/** True when the alias is valid in shape and not reserved (used to filter suggestions). */
export function isAcceptableName(alias: string, rules: PortalNameRules): boolean {
  return (
    alias.length >= rules.min &&
    alias.length <= rules.max &&
    ALLOWED.test(alias) &&
    !alias.startsWith('xn--') &&
    !isReserved(alias, rules)
  );
}

function isReserved(alias: string, rules: PortalNameRules): boolean {
  return BUILT_IN_RESERVED_NAMES.includes(alias) || rules.reserved.includes(alias);
}

/**
 * Candidate names close to a taken one, best first. The caller keeps the ones
 * that are free.
 */
export function nameCandidates(alias: string, rules: PortalNameRules, year: number): string[] {
  const base = alias.replace(/-+$/, '');
  const trimmed = (suffix: string) =>
    `${base.slice(0, Math.max(1, rules.max - suffix.length)).replace(/-+$/, '')}${suffix}`;
  const suffixes = [
    ...['2', '3', '4', '5'],
    '-team',
    '-office',
    '-online',
    '-docs',
    '-hq',
    '-portal',
    '-app',
    '-cloud',
    '-work',
    '-group',
    String(year),
    `-${year}`,
    ...Array.from({ length: 20 }, (_, i) => String(i + 6)),
  ];
  const seen = new Set<string>();
  const out: string[] = [];
  for (const suffix of suffixes) {
    const candidate = trimmed(suffix);
    if (candidate !== alias && !seen.has(candidate) && isAcceptableName(candidate, rules)) {
      seen.add(candidate);
      out.push(candidate);
    }
  }
  return out;
}
