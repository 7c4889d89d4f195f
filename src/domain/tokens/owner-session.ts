import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeCanonicalMac } from './signed-token.js';

/**
 * The owner's session on a portal host (contract §9: "the owner ... is signed in"): stateless,
 * a cookie value `<tenantId>.<userId>.<expiry seconds>.<HMAC-SHA256>` under the machine key.
 * Nothing is stored server-side; signing out deletes the cookie, and a session ends at its
 * expiry. Bound to one portal: a cookie from another portal's host never verifies here.
 */

export interface OwnerSession {
  readonly tenantId: number;
  readonly userId: string;
  readonly expires: Date;
}

/** How long a page session lasts. */
export const OWNER_SESSION_TTL_MS = 12 * 3_600_000;

/** The cookie value for a session of `userId` on `tenantId`, valid until `expires`. */
export function signOwnerSession(machineKey: string, session: OwnerSession): string {
  const expiry = Math.floor(session.expires.getTime() / 1000);
  const mac = sessionMac(machineKey, session.tenantId, session.userId, expiry).toString('base64url');
  return `${session.tenantId}.${session.userId}.${expiry}.${mac}`;
}

/** The session in a cookie value if any machine key signed it and it has not expired (constant time). */
export function verifyOwnerSession(machineKeys: readonly string[], value: string, now: Date): OwnerSession | undefined {
  const match = /^(\d{1,12})\.([0-9a-f-]{36})\.(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(value);
  if (!match) return undefined;
  const tenantId = Number(match[1]);
  const userId = match[2] ?? '';
  const expiry = Number(match[3]);
  const given = decodeCanonicalMac(match[4] ?? '');
  if (given === undefined) return undefined;
  let valid = false;
  for (const key of machineKeys) {
    if (timingSafeEqual(sessionMac(key, tenantId, userId, expiry), given)) valid = true;
  }
  if (!valid || expiry * 1000 <= now.getTime()) return undefined;
  return { tenantId, userId, expires: new Date(expiry * 1000) };
}

function sessionMac(machineKey: string, tenantId: number, userId: string, expiry: number): Buffer {
  return createHmac('sha256', machineKey).update(['owner-session', tenantId, userId, expiry].join('|'), 'utf8').digest();
}
