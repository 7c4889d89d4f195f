import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The ASC token: `ASC <pkey>:<yyyyMMddHHmmss>:<hash>`, where hash is
 * HMAC-SHA1(machineKey, datetime + "\n" + pkey). Keys, window and `now` are inputs (recent hashes are
 * remembered, see expectedHash).
 */

export type TokenFailure = 'required' | 'scheme' | 'invalid' | 'expired' | 'future';

export type TokenResult =
  { readonly ok: true; readonly pkey: string } | { readonly ok: false; readonly reason: TokenFailure };

export interface TokenPolicy {
  readonly keys: readonly string[];
  readonly trustIntervalMs: number;
  readonly futureSkewMs: number;
}

const HASH_BYTES = 20;

/** A token whose shape is right; its signature and time are not checked yet. */
export interface ParsedAscToken {
  readonly pkey: string;
  readonly datetime: string;
  readonly signedAt: number;
  readonly hash: Buffer;
}

/** Checks an Authorization header value against the machine keys at time `now`. */
export function verifyAscToken(header: string | undefined, policy: TokenPolicy, now: Date): TokenResult {
  const parsed = parseAscToken(header);
  if (!('hash' in parsed)) return parsed;
  if (!signedWithAnyKey(parsed, policy.keys)) return fail('invalid');
  return checkTokenTime(parsed, policy, now) ?? { ok: true, pkey: parsed.pkey };
}

/** Reads `ASC <pkey>:<datetime>:<hash>` (scheme in any case, the hash in any of the four encodings). */
export function parseAscToken(
  header: string | undefined,
): ParsedAscToken | { readonly ok: false; readonly reason: TokenFailure } {
  const value = header?.trim() ?? '';
  if (value === '') return fail('required');
  const space = value.search(/\s/);
  // A bare "ASC" names the right scheme with nothing after it: invalid, not an unknown scheme.
  if (space < 0) return fail(value.toUpperCase() === 'ASC' ? 'invalid' : 'scheme');
  if (value.slice(0, space).toUpperCase() !== 'ASC') return fail('scheme');

  const parts = value.slice(space).trim().split(':');
  if (parts.length !== 3) return fail('invalid');
  const [pkey, datetime, encoded] = parts as [string, string, string];
  if (pkey === '' || !/^\d{14}$/.test(datetime)) return fail('invalid');
  const signedAt = parseDatetime(datetime);
  if (signedAt === undefined) return fail('invalid');
  const hash = decodeHash(encoded);
  if (hash === undefined) return fail('invalid');
  return { pkey, datetime, signedAt, hash };
}

/**
 * Whether any of `keys` (machine keys, or a client's secrets) made the token's hash. Every key is
 * tried, with no early exit, so timing does not reveal which key matched. Check this before the
 * time window, so a forged token never learns about clocks.
 */
export function signedWithAnyKey(token: ParsedAscToken, keys: readonly string[]): boolean {
  const message = `${token.datetime}\n${token.pkey}`;
  let matched = false;
  for (const key of keys) {
    if (timingSafeEqual(expectedHash(key, message), token.hash)) matched = true;
  }
  return matched;
}

/**
 * The hashes recently expected, by key and message. A caller signs a token once a second (or
 * once per request, with the same second) and sends many requests with it: the HMAC for that
 * second is worked out once, and every request is still compared with it in constant time. A
 * stream of forged tokens only evicts entries (bounded), costing what it cost without the memo.
 */
const recentHashes = new Map<string, Buffer>();
const MAX_RECENT_HASHES = 1024;

function expectedHash(key: string, message: string): Buffer {
  const memoKey = `${message}\u0000${key}`;
  let hash = recentHashes.get(memoKey);
  if (hash === undefined) {
    hash = hmac(key, message);
    // Cleared whole when full: cheaper than an LRU, and a second later the old tokens are gone anyway.
    if (recentHashes.size >= MAX_RECENT_HASHES) recentHashes.clear();
    recentHashes.set(memoKey, hash);
  }
  return hash;
}

/** The window: not older than the trust interval, not further ahead than the skew. Undefined when within it. */
export function checkTokenTime(
  token: ParsedAscToken,
  policy: Omit<TokenPolicy, 'keys'>,
  now: Date,
): { readonly ok: false; readonly reason: TokenFailure } | undefined {
  const age = now.getTime() - token.signedAt;
  if (age > policy.trustIntervalMs) return fail('expired');
  if (-age > policy.futureSkewMs) return fail('future');
  return undefined;
}

/** Makes a token the way the official samples do (standard base64); for tests, docs and tools. */
export function signAscToken(key: string, pkey: string, now: Date): string {
  const datetime = formatDatetime(now);
  return `ASC ${pkey}:${datetime}:${hmac(key, `${datetime}\n${pkey}`).toString('base64')}`;
}

/** `yyyyMMddHHmmss` in UTC. */
export function formatDatetime(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, '').slice(0, 14);
}

function hmac(key: string, message: string): Buffer {
  return createHmac('sha1', Buffer.from(key, 'utf8')).update(message, 'utf8').digest();
}

function fail(reason: TokenFailure): { readonly ok: false; readonly reason: TokenFailure } {
  return { ok: false, reason };
}

/** `yyyyMMddHHmmss` (14 digits, checked by the caller) as epoch milliseconds, or undefined when impossible. */
function parseDatetime(text: string): number | undefined {
  const part = (from: number, length: number) => Number(text.slice(from, from + length));
  const [y, mo, d, h, mi, s] = [part(0, 4), part(4, 2), part(6, 2), part(8, 2), part(10, 2), part(12, 2)];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Reject impossible dates (month 13, 31 February) that Date.UTC would roll over.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  if (h > 23 || mi > 59 || s > 59) return undefined;
  return ms;
}

/**
 * Accepts the four encodings of the official samples: base64 with padding,
 * base64url without padding, base64url + a digit counting the removed '=' (.NET UrlTokenEncode),
 * and base64url with padding. All decode to the same 20 bytes.
 */
function decodeHash(text: string): Buffer | undefined {
  // 20 bytes are 27 base64 characters plus one '='.
  let body = text;
  if (body.length === 28 && /[0-2]$/.test(body) && !body.endsWith('=')) {
    const padding = Number(body.slice(-1));
    body = body.slice(0, -1) + '='.repeat(padding);
  }
  if (!/^[A-Za-z0-9+/_-]+={0,2}$/.test(body)) return undefined;
  const normal = body.replace(/-/g, '+').replace(/_/g, '/').replace(/=+$/, '');
  if (normal.length !== 27) return undefined;
  const bytes = Buffer.from(normal, 'base64');
  return bytes.length === HASH_BYTES ? bytes : undefined;
}
