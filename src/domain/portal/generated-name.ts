import { randomInt } from 'node:crypto';
import type { GeneratedNameOptions } from '../options.js';
import { isAcceptableName, type PortalNameRules } from './portal-name.js';

/** The prefix and random length used when the configured ones break the name rules (ONLYOFFICE's own). */
export const FALLBACK_NAME_PREFIX = 'docspace';
export const FALLBACK_RANDOM_LENGTH = 6;

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

/**
 * A random portal name, the first of these forms that keeps the name rules:
 * `<prefix>-<infix>-<random>` (when an infix is given: the OAuth provider of portal/provision),
 * `<prefix>-<random>` (REGISTER_NAME_PREFIX, REGISTER_NAME_RANDOM_LENGTH), `docspace-<6 random>`,
 * and last random a-z0-9 alone, of the minimum length but at least 6 (never above the maximum).
 */
export function generatedPortalName(
  options: Pick<GeneratedNameOptions, 'prefix' | 'randomLength'>,
  rules: PortalNameRules,
  infix?: string,
): string {
  const forms = [
    ...(infix === undefined || infix === '' ? [] : [`${options.prefix}-${infix}-${randomText(options.randomLength)}`]),
    `${options.prefix}-${randomText(options.randomLength)}`,
    `${FALLBACK_NAME_PREFIX}-${randomText(FALLBACK_RANDOM_LENGTH)}`,
  ];
  for (const name of forms) if (isAcceptableName(name, rules)) return name;
  const length = Math.min(Math.max(rules.min, FALLBACK_RANDOM_LENGTH), rules.max);
  for (;;) {
    const name = randomText(length);
    if (isAcceptableName(name, rules)) return name;
  }
}

function randomText(length: number): string {
  let text = '';
  for (let i = 0; i < length; i++) text += ALPHABET[randomInt(ALPHABET.length)];
  return text;
}
