/**
 * Host names, the one home of their rules: what a valid DNS name is, how names are compared, and
 * how a Host header or URL host becomes a bare name.
 */

/** Whether `name` is a valid DNS host name (labels of 1..63 letters, digits, inner hyphens). */
export function isValidHostName(name: string): boolean {
  if (name.length === 0 || name.length > 253) return false;
  return name.split('.').every((label) => /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/i.test(label));
}

/** A host name as compared and stored: trimmed, lower-case, without the root dot. */
export function normalizeHostName(text: string): string {
  return text.trim().toLowerCase().replace(/\.$/, '');
}

/**
 * A DNS host name (RFC 1123 labels, at most 253 characters) that is not an IP address: the last
 * label must not be all digits (RFC 3696, section 2), which also rules out IPv4 literals.
 */
export function isDnsHostName(name: string): boolean {
  if (!isValidHostName(name)) return false;
  const last = name.slice(name.lastIndexOf('.') + 1);
  return !/^\d+$/.test(last);
}

/** The lower-case host name of a Host header or URL host, without port or trailing dot. */
export function hostnameOf(host: string | undefined): string | undefined {
  if (host === undefined) return undefined;
  const trimmed = host.trim().toLowerCase();
  // IPv6 literals ([::1]:8092) are never portal hosts; keep them recognisable as "other".
  if (trimmed.startsWith('[')) return undefined;
  const name = trimmed.replace(/:\d*$/, '').replace(/\.$/, '');
  return name === '' ? undefined : name;
}
