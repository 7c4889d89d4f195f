import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeCanonicalMac } from './signed-token.js';

/**
 * Signed, expiring links for the portal host (contract §9): the key is
 * `<expiry seconds>.<HMAC-SHA256(machine key, purpose|tenant|user|email|expiry)>`, base64url.
 * Single use is enforced by the store (used_links), not here.
 */

export type LinkPurpose = 'activation' | 'signin';

export interface LinkSubject {
  readonly purpose: LinkPurpose;
  readonly tenantId: number;
  readonly userId: string;
  readonly email: string;
}

/** Makes the `key` parameter of a link valid until `expires`. */
export function signLinkKey(machineKey: string, subject: LinkSubject, expires: Date): string {
  const expiry = Math.floor(expires.getTime() / 1000);
  return `${expiry}.${mac(machineKey, subject, expiry).toString('base64url')}`;
}

export type LinkCheck = { readonly ok: true; readonly expires: Date } | { readonly ok: false; readonly reason: 'invalid' | 'expired' };

/** Checks a link key against any machine key, in constant time, at time `now`. */
export function verifyLinkKey(machineKeys: readonly string[], subject: LinkSubject, key: string, now: Date): LinkCheck {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(key);
  if (!match) return { ok: false, reason: 'invalid' };
  const expiry = Number(match[1]);
  const given = decodeCanonicalMac(match[2] ?? '');
  if (given === undefined) return { ok: false, reason: 'invalid' };
  let valid = false;
  for (const machineKey of machineKeys) {
    if (timingSafeEqual(mac(machineKey, subject, expiry), given)) valid = true;
  }
  if (!valid) return { ok: false, reason: 'invalid' };
  if (expiry * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, expires: new Date(expiry * 1000) };
}

function mac(machineKey: string, subject: LinkSubject, expiry: number): Buffer {
  const message = [subject.purpose, subject.tenantId, subject.userId, subject.email.toLowerCase(), expiry].join('|');
  return createHmac('sha256', machineKey).update(message, 'utf8').digest();
}
