import { INT32_MAX } from '../../store/records.js';

/** Client ids: lower-case letters, digits and hyphens, 3 to 63 characters, starting with a letter or digit. */
export const CLIENT_ID_PATTERN = /^[a-z0-9][a-z0-9-]{2,62}$/;

/** The longest client name. */
export const MAX_CLIENT_NAME = 100;

/** A client's name: 1..100 characters after trimming, no control characters. */
export function checkClientName(name: string | undefined, problems: string[]): string {
  const value = (name ?? '').trim();
  if (value === '') problems.push('name is required');
  else if ([...value].length > MAX_CLIENT_NAME) problems.push(`name must be at most ${MAX_CLIENT_NAME} characters`);
  else if (/\p{Cc}/u.test(value)) problems.push('name must not contain control characters');
  return value;
}

/** A client id as given (trimmed); a malformed one is a problem. */
export function checkClientId(clientId: string, problems: string[]): string {
  const value = clientId.trim();
  if (!CLIENT_ID_PATTERN.test(value))
    problems.push('clientId must be 3 to 63 lower-case letters, digits and hyphens, starting with a letter or digit');
  return value;
}

/**
 * A quota (maxPortals, rateLimit): a whole number from 0; 0 means no limit (as MAX_PORTALS=0
 * does), stored and shown as null. Undefined when not given.
 */
export function checkQuota(field: string, value: number | undefined, problems: string[]): number | null | undefined {
  if (value === undefined) return undefined;
  if (!Number.isInteger(value) || value < 0 || value > INT32_MAX) {
    problems.push(`${field} must be a whole number from 0 (no limit) to ${INT32_MAX}`);
    return undefined;
  }
  return value === 0 ? null : value;
}
