/**
 * Which IP addresses a webhook may be sent to: only addresses on the public
 * internet. Everything else — loopback, private and shared networks, link-local, multicast,
 * reserved, documentation, and the IPv6 forms that merely wrap such an IPv4 address — is refused,
 * so an endpoint URL cannot make this server reach into the network it runs in.
 *
 * The policy is an allow-list at heart: IPv6 outside global unicast (2000::/3) is refused unless it
 * is one of the known IPv4 embeddings, whose verdict is that of the embedded IPv4 address.
 * Text that is not a plain IP address is refused too: whatever cannot be classified is not public.
 *
 * The addresses are parsed here rather than with node:net's BlockList: BlockList sees through
 * IPv4-mapped addresses but not through NAT64 or 6to4, and does not accept zone ids.
 */

/** Why an address is not public; a closed set, so messages and metrics can rely on it. */
export type RefusalReason =
  | 'invalid'
  | 'unspecified'
  | 'this-network'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'site-local'
  | 'unique-local'
  | 'multicast'
  | 'broadcast'
  | 'reserved'
  | 'documentation'
  | 'benchmarking'
  | 'protocol-assignment'
  | 'discard'
  | 'teredo'
  | 'nat64-local';

/** The IPv6 forms that carry an IPv4 address inside them. */
export type Embedding = 'ipv4-mapped' | 'ipv4-compatible' | 'ipv4-translated' | 'nat64' | '6to4';

/** The verdict on one address; `via` names the IPv6 form when the verdict is that of an embedded IPv4 address. */
export type AddressVerdict =
  | { readonly public: true; readonly via?: Embedding }
  | { readonly public: false; readonly reason: RefusalReason; readonly via?: Embedding };

/** True when `ip` (IPv4 dotted quad or IPv6 text, zone id allowed) is an address on the public internet. */
export function isPublicAddress(ip: string): boolean {
  return classifyAddress(ip).public;
}

/** The verdict on `ip` with the reason when it is refused (see {@link RefusalReason}). */
export function classifyAddress(ip: string): AddressVerdict {
  const v4 = parseIPv4(ip);
  if (v4 !== undefined) return classifyIPv4(v4);
  const v6 = parseIPv6(ip);
  if (v6 !== undefined) return classifyIPv6(v6);
  return { public: false, reason: 'invalid' };
}

/** A short English phrase for a refusal, e.g. "a loopback address (IPv4-mapped)"; for error messages. */
export function describeRefusal(verdict: Extract<AddressVerdict, { public: false }>): string {
  const phrase = REASON_PHRASES[verdict.reason];
  return verdict.via === undefined ? phrase : `${phrase} (${EMBEDDING_PHRASES[verdict.via]})`;
}

/** Parses a strict dotted quad (four decimal parts 0–255, no leading zeros) into 4 bytes. */
export function parseIPv4(text: string): Uint8Array | undefined {
  const parts = text.split('.');
  if (parts.length !== 4) return undefined;
  const bytes = new Uint8Array(4);
  for (const [index, part] of parts.entries()) {
    // Leading zeros are refused: some parsers read them as octal (0177.0.0.1 is 127.0.0.1).
    if (!/^(0|[1-9][0-9]{0,2})$/.test(part)) return undefined;
    const value = Number(part);
    if (value > 255) return undefined;
    bytes[index] = value;
  }
  return bytes;
}

/**
 * Parses IPv6 text into 16 bytes: `::` compression, a trailing dotted quad, upper or lower case
 * and a zone id (`fe80::1%eth0`, dropped: the zone does not change what kind of address it is).
 */
export function parseIPv6(text: string): Uint8Array | undefined {
  const percent = text.indexOf('%');
  if (percent === 0 || percent === text.length - 1) return undefined;
  const address = percent === -1 ? text : text.slice(0, percent);
  if (address.length === 0) return undefined;

  const halves = address.split('::');
  if (halves.length > 2) return undefined;
  const head = parseGroups(halves[0] ?? '', halves.length === 1);
  const tail = halves.length === 2 ? parseGroups(halves[1] ?? '', true) : [];
  // A dotted quad may only end the address: the head before `::` is parsed without it.
  if (head === undefined || tail === undefined) return undefined;

  const count = head.length + tail.length;
  if (halves.length === 1 ? count !== 8 : count > 7) return undefined;
  const words = [...head, ...new Array<number>(8 - count).fill(0), ...tail];
  const bytes = new Uint8Array(16);
  for (const [index, word] of words.entries()) {
    bytes[index * 2] = word >> 8;
    bytes[index * 2 + 1] = word & 0xff;
  }
  return bytes;
}

// ---------------------------------------------------------------------------------------------

interface Range {
  readonly prefix: Uint8Array;
  readonly bits: number;
  readonly reason: RefusalReason;
}

// Most specific first: the first match decides (255.255.255.255 is broadcast, not just reserved).
const IPV4_REFUSED: readonly Range[] = [
  v4Range('0.0.0.0/8', 'this-network'),
  v4Range('10.0.0.0/8', 'private'),
  v4Range('100.64.0.0/10', 'shared'),
  v4Range('127.0.0.0/8', 'loopback'),
  v4Range('169.254.0.0/16', 'link-local'),
  v4Range('172.16.0.0/12', 'private'),
  v4Range('192.0.0.0/24', 'protocol-assignment'),
  v4Range('192.0.2.0/24', 'documentation'),
  // The 6to4 relay anycast prefix, deprecated (RFC 7526): nothing a webhook should reach.
  v4Range('192.88.99.0/24', 'reserved'),
  v4Range('192.168.0.0/16', 'private'),
  v4Range('198.18.0.0/15', 'benchmarking'),
  v4Range('198.51.100.0/24', 'documentation'),
  v4Range('203.0.113.0/24', 'documentation'),
  v4Range('224.0.0.0/4', 'multicast'),
  v4Range('255.255.255.255/32', 'broadcast'),
  v4Range('240.0.0.0/4', 'reserved'),
];

// Checked only for addresses inside 2000::/3 (everything outside is refused anyway).
const IPV6_GLOBAL_REFUSED: readonly Range[] = [
  // Teredo hides its IPv4 addresses obfuscated; a tunnel is never a legitimate endpoint.
  v6Range('2001::/32', 'teredo'),
  v6Range('2001::/23', 'protocol-assignment'),
  v6Range('2001:db8::/32', 'documentation'),
  v6Range('3fff::/20', 'documentation'),
];

const IPV6_OTHER_REFUSED: readonly Range[] = [
  v6Range('::/128', 'unspecified'),
  v6Range('::1/128', 'loopback'),
  // RFC 8215 local-use NAT64: where the IPv4 address sits depends on the local network, and the
  // prefix is not routed on the internet, so the whole range is refused.
  v6Range('64:ff9b:1::/48', 'nat64-local'),
  v6Range('100::/64', 'discard'),
  v6Range('fc00::/7', 'unique-local'),
  v6Range('fe80::/10', 'link-local'),
  v6Range('fec0::/10', 'site-local'),
  v6Range('ff00::/8', 'multicast'),
];

// Where an IPv4 address sits inside an IPv6 one: [form, prefix, prefix bits, byte offset of the IPv4 address].
const EMBEDDINGS: readonly (readonly [Embedding, Uint8Array, number, number])[] = [
  ['ipv4-mapped', requireIPv6('::ffff:0:0'), 96, 12],
  ['ipv4-translated', requireIPv6('::ffff:0:0:0'), 96, 12],
  ['ipv4-compatible', requireIPv6('::'), 96, 12],
  ['nat64', requireIPv6('64:ff9b::'), 96, 12],
  // 6to4: 2002:AABB:CCDD::/48 carries AA.BB.CC.DD in bits 16..47.
  ['6to4', requireIPv6('2002::'), 16, 2],
];

const GLOBAL_UNICAST = requireIPv6('2000::');

const REASON_PHRASES: Record<RefusalReason, string> = {
  invalid: 'not an IP address',
  unspecified: 'the unspecified address',
  'this-network': 'a "this network" address',
  loopback: 'a loopback address',
  private: 'a private address',
  shared: 'a shared (carrier-grade NAT) address',
  'link-local': 'a link-local address',
  'site-local': 'a site-local address',
  'unique-local': 'a unique-local address',
  multicast: 'a multicast address',
  broadcast: 'the broadcast address',
  reserved: 'a reserved address',
  documentation: 'a documentation address',
  benchmarking: 'a benchmarking address',
  'protocol-assignment': 'a special-purpose address',
  discard: 'a discard-only address',
  teredo: 'a Teredo tunnel address',
  'nat64-local': 'a local-use NAT64 address',
};

const EMBEDDING_PHRASES: Record<Embedding, string> = {
  'ipv4-mapped': 'IPv4-mapped',
  'ipv4-compatible': 'IPv4-compatible',
  'ipv4-translated': 'IPv4-translated',
  nat64: 'NAT64',
  '6to4': '6to4',
};

function classifyIPv4(bytes: Uint8Array): AddressVerdict {
  const refused = IPV4_REFUSED.find((range) => inRange(bytes, range.prefix, range.bits));
  return refused === undefined ? { public: true } : { public: false, reason: refused.reason };
}

function classifyIPv6(bytes: Uint8Array): AddressVerdict {
  // :: and ::1 sit inside the IPv4-compatible range but are not IPv4 addresses.
  const special = IPV6_OTHER_REFUSED.find((range) => inRange(bytes, range.prefix, range.bits));
  if (special !== undefined) return { public: false, reason: special.reason };

  for (const [via, prefix, bits, offset] of EMBEDDINGS) {
    if (!inRange(bytes, prefix, bits)) continue;
    const inner = classifyIPv4(bytes.subarray(offset, offset + 4));
    return inner.public ? { public: true, via } : { public: false, reason: inner.reason, via };
  }

  if (!inRange(bytes, GLOBAL_UNICAST, 3)) return { public: false, reason: 'reserved' };
  const refused = IPV6_GLOBAL_REFUSED.find((range) => inRange(bytes, range.prefix, range.bits));
  return refused === undefined ? { public: true } : { public: false, reason: refused.reason };
}

/** True when the first `bits` bits of `bytes` equal those of `prefix`. */
function inRange(bytes: Uint8Array, prefix: Uint8Array, bits: number): boolean {
  if (bytes.length !== prefix.length) return false;
  for (let bit = 0; bit < bits; bit += 8) {
    const index = bit / 8;
    const mask = bits - bit >= 8 ? 0xff : (0xff << (8 - (bits - bit))) & 0xff;
    if ((((bytes[index] ?? 0) ^ (prefix[index] ?? 0)) & mask) !== 0) return false;
  }
  return true;
}

/** The 16-bit groups of one side of `::`; a dotted quad is allowed last when `mayEndDotted`. */
function parseGroups(text: string, mayEndDotted: boolean): number[] | undefined {
  if (text === '') return [];
  const groups = text.split(':');
  const words: number[] = [];
  for (const [index, group] of groups.entries()) {
    const last = index === groups.length - 1;
    if (last && mayEndDotted && group.includes('.')) {
      const v4 = parseIPv4(group);
      if (v4 === undefined) return undefined;
      words.push(((v4[0] ?? 0) << 8) | (v4[1] ?? 0), ((v4[2] ?? 0) << 8) | (v4[3] ?? 0));
      continue;
    }
    if (!/^[0-9a-fA-F]{1,4}$/.test(group)) return undefined;
    words.push(parseInt(group, 16));
  }
  return words;
}

function v4Range(cidr: string, reason: RefusalReason): Range {
  const [address = '', bits = ''] = cidr.split('/');
  const prefix = parseIPv4(address);
  if (prefix === undefined) throw new Error(`bad IPv4 range in the address policy: ${cidr}`);
  return { prefix, bits: Number(bits), reason };
}

function v6Range(cidr: string, reason: RefusalReason): Range {
  const [address = '', bits = ''] = cidr.split('/');
  return { prefix: requireIPv6(address), bits: Number(bits), reason };
}

function requireIPv6(text: string): Uint8Array {
  const bytes = parseIPv6(text);
  if (bytes === undefined) throw new Error(`bad IPv6 address in the address policy: ${text}`);
  return bytes;
}
