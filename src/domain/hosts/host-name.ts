import { isValidHostName } from './base-domain.js';

/** A host name as compared and stored: trimmed, lower-case, without the root dot. */
export function normalizeHostName(text: string): string {
  return text.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * A DNS host name (RFC 1123 labels, at most 253 characters) that is not an IP address: the last
 * label must not be all digits (RFC 3696 §2), which also rules out IPv4 literals.
 */
export function isDnsHostName(name: string): boolean {
  if (!isValidHostName(name)) return false;
  const last = name.slice(name.lastIndexOf('.') + 1);
  return !/^\d+$/.test(last);
}
