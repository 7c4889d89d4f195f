import { createHash } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/**
 * The keys an anonymous caller's attempts are counted under ("per client IP").
 *
 * - An IPv4 address counts as itself. So does an IPv4 address carried in an IPv6 one: mapped
 *   (`::ffff:203.0.113.7`, how a dual-stack socket reports IPv4 peers), IPv4-compatible
 *   (`::203.0.113.7`) or NAT64 (`64:ff9b::203.0.113.7`, where an IPv6-only network reaches IPv4
 *   servers through a gateway): these are IPv4 clients, counted apart from each other.
 * - Any other IPv6 address counts as its /64 network, and also as its /48: one subscriber is
 *   routinely handed a whole /64, and a site a whole /48 — 65,536 /64s — so counting single
 *   addresses, or /64s alone, would hand one caller a fresh counter for every attempt.
 *   (`::1` and `::` count as themselves.)
 * - Anything else (a Unix socket, an unparsable value) counts as itself — a long one as its
 *   digest, so the key always fits the counter table's key column instead of failing every
 *   attempt with a 500.
 */
export interface AttemptKeys {
  /** The address, or the /64 network of an IPv6 one. */
  readonly key: string;
  /** The /48 network of an IPv6 address, counted under its own, larger limit. */
  readonly network?: string;
}

export function attemptKeys(clientIp: string): AttemptKeys {
  const ip = clientIp.trim();
  if (isIPv4(ip)) return { key: ip };
  if (!isIPv6(ip))
    return { key: ip.length <= MAX_PLAIN_KEY ? ip : `sha256:${createHash('sha256').update(ip, 'utf8').digest('hex')}` };
  const groups = expandIPv6(ip);
  if (groups === undefined) return { key: ip };
  const embedded = embeddedIPv4(groups);
  if (embedded !== undefined) return { key: embedded };
  const last = groups[7] ?? 0;
  if (groups.slice(0, 7).every((g) => g === 0) && last <= 1) return { key: last === 1 ? '::1' : '::' };
  const prefix = (count: number) =>
    groups
      .slice(0, count)
      .map((g) => g.toString(16))
      .join(':');
  return { key: `${prefix(4)}::/64`, network: `${prefix(3)}::/48` };
}

/** The counter key alone (the address, or the /64 of an IPv6 one). */
export function attemptKey(clientIp: string): string {
  return attemptKeys(clientIp).key;
}

/**
 * The IPv4 address in the last 32 bits of a mapped (::ffff:0:0/96), compatible (::/96) or NAT64
 * (64:ff9b::/96) address.
 */
function embeddedIPv4(groups: readonly number[]): string | undefined {
  const [a = 0, b = 0, c = 0, d = 0, e = 0, f = 0, hi = 0, lo = 0] = groups;
  const mapped = a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0xffff;
  const nat64 = a === 0x64 && b === 0xff9b && c === 0 && d === 0 && e === 0 && f === 0;
  // ::/96 holds :: and ::1 too, which are not IPv4 addresses.
  const compatible = a === 0 && b === 0 && c === 0 && d === 0 && e === 0 && f === 0 && hi !== 0;
  if (!mapped && !nat64 && !compatible) return undefined;
  return `${hi >> 8}.${hi & 0xff}.${lo >> 8}.${lo & 0xff}`;
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
