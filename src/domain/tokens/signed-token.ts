import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The one signed, expiring token every server-made key is built on (activation and sign-in
 * links, the owner's session cookie, form CSRF tokens): `<expiry seconds>.<MAC>`, where the MAC
 * is HMAC-SHA256 under a machine key over the token's purpose fields and the expiry, joined by
 * `|`. The caller chooses the fields (they bind a token to one purpose, portal, owner or form),
 * so a token made for one use never verifies for another.
 */

/** What a token is signed over: its purpose and the values it is bound to. */
export type TokenFields = readonly (string | number)[];

/** Why a token was refused: not made by us for these fields (or malformed), or past its expiry. */
export type TokenRefusal = 'invalid' | 'expired';

export type TokenCheck =
  { readonly ok: true; readonly expires: Date } | { readonly ok: false; readonly reason: TokenRefusal };

/** `<expiry>.<mac>`: the expiry in whole seconds, the MAC as unpadded base64url (43 characters). */
const TOKEN = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/;

/** A token over `fields`, signed with `key`, valid until `expires` (rounded down to the second). */
export function signToken(key: string, fields: TokenFields, expires: Date): string {
  const expiry = Math.floor(expires.getTime() / 1000);
  return `${expiry}.${mac(key, fields, expiry).toString('base64url')}`;
}

/**
 * Checks a token made by `signToken` against every machine key (any one may have signed it: key
 * rotation), in constant time and without stopping at the first match, then its expiry. The
 * signature is checked first, so a forged token never learns anything about time.
 */
export function verifyToken(keys: readonly string[], fields: TokenFields, token: string, now: Date): TokenCheck {
  const match = TOKEN.exec(token);
  if (!match) return { ok: false, reason: 'invalid' };
  const expiry = Number(match[1]);
  const given = decodeCanonicalMac(match[2] ?? '');
  if (given === undefined) return { ok: false, reason: 'invalid' };
  let valid = false;
  for (const key of keys) {
    if (timingSafeEqual(mac(key, fields, expiry), given)) valid = true;
  }
  if (!valid) return { ok: false, reason: 'invalid' };
  const expires = new Date(expiry * 1000);
  if (hasExpired(expires, now)) return { ok: false, reason: 'expired' };
  return { ok: true, expires };
}

/** The one expiry rule of every signed token: valid strictly before its expiry instant. */
export function hasExpired(expires: Date, now: Date): boolean {
  return now.getTime() >= expires.getTime();
}

/**
 * The key that signs new tokens: the first machine key (all of them verify). A server without
 * one cannot sign anything, so this throws rather than sign with an empty key.
 */
export function signingKey(keys: readonly string[]): string {
  const key = keys[0];
  if (key === undefined || key === '') throw new Error('no machine key configured');
  return key;
}

function mac(key: string, fields: TokenFields, expiry: number): Buffer {
  return createHmac('sha256', key)
    .update([...fields, expiry].join('|'), 'utf8')
    .digest();
}

/**
 * Decodes a MAC written as unpadded base64url, accepting only the canonical spelling. The last
 * character of a 32-byte MAC carries two unused bits, so four spellings decode to the same bytes;
 * taking them all would let a single-use key be "used" again under another spelling (its
 * record is keyed by the text) and makes forms accept a token that was never issued.
 */
function decodeCanonicalMac(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64url');
  return bytes.toString('base64url') === text ? bytes : undefined;
}
