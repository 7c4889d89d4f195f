import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The key an anonymous caller's attempts are counted under ("per client IP").
 *
 * - An IPv4 address counts as itself; an IPv4-mapped IPv6 address (`::ffff:203.0.113.7`, how a
 *   dual-stack socket reports IPv4 peers) counts as the IPv4 address it carries.
 * - An IPv6 address counts as its /64 network: one subscriber is routinely handed a whole /64,
 *   so counting single IPv6 addresses would give every caller 2^64 fresh counters.
 * - Anything else (a Unix socket, an unparsable value) counts as itself — a long one (behind
 *   TRUST_PROXY=true, X-Forwarded-For may say anything) as its digest, so the key always fits the
 *   counter table's key column instead of failing every attempt with a 500.
 */
export function attemptKey(clientIp: string): string {
  const ip = clientIp.trim();
  if (isIPv4(ip)) return ip;
  if (!isIPv6(ip)) return ip.length <= MAX_PLAIN_KEY ? ip : `sha256:${createHash('sha256').update(ip, 'utf8').digest('hex')}`;
  const groups = expandIPv6(ip);
  if (groups === undefined) return ip;
  if (groups.slice(0, 5).every((g) => g === 0) && groups[5] === 0xffff) {
    const [hi = 0, lo = 0] = groups.slice(6);
    return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
  }
  return `${groups
    .slice(0, 4)
    .map((g) => g.toString(16))
    .join(':')}::/64`;
}

/** Keys longer than this are digested (the counter tables' key column holds 255). */
const MAX_PLAIN_KEY = 64;

/** The eight 16-bit groups of an IPv6 address (zone id dropped, embedded IPv4 converted). */
function expandIPv6(address: string): number[] | undefined {
  let ip = address.replace(/%.*$/, '').toLowerCase();
  const v4 = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(ip);
  if (v4) {
    const [a, b, c, d] = v4.slice(1).map(Number) as [number, number, number, number];
    ip = `${ip.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const halves = ip.split('::');
  if (halves.length > 2) return undefined;
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const head = parse(halves[0]);
  const tail = parse(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 0) return undefined;
  const groups = [...head, ...new Array<number>(Math.max(missing, 0)).fill(0), ...tail];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : undefined;
}
