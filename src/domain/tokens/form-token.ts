import { createHmac, timingSafeEqual } from 'node:crypto';
import { decodeCanonicalMac } from './signed-token.js';

/**
 * CSRF tokens for the portal pages' forms: `<expiry seconds>.<HMAC-SHA256>` over the form's name
 * and a binding — the activation link's key, the session, or the browser's form cookie — so a
 * token taken from one form, one link or one browser is worthless for another.
 */

/** How long a rendered form can be submitted. */
export const FORM_TOKEN_TTL_MS = 2 * 3_600_000;

/** What a token is bound to: which form, on which portal, for which link/session/browser. */
export interface FormBinding {
  readonly form: 'confirm' | 'signin' | 'signout';
  readonly tenantId: number;
  readonly binding: string;
}

/** A token for `binding`, valid until `expires`. */
export function signFormToken(machineKey: string, binding: FormBinding, expires: Date): string {
  const expiry = Math.floor(expires.getTime() / 1000);
  return `${expiry}.${tokenMac(machineKey, binding, expiry).toString('base64url')}`;
}

/** Whether `token` was made by any machine key for exactly this binding and is still valid. */
export function verifyFormToken(machineKeys: readonly string[], binding: FormBinding, token: string, now: Date): boolean {
  const match = /^(\d{1,12})\.([A-Za-z0-9_-]{43})$/.exec(token);
  if (!match) return false;
  const expiry = Number(match[1]);
  const given = decodeCanonicalMac(match[2] ?? '');
  if (given === undefined) return false;
  let valid = false;
  for (const key of machineKeys) {
    if (timingSafeEqual(tokenMac(key, binding, expiry), given)) valid = true;
  }
  return valid && expiry * 1000 > now.getTime();
}

function tokenMac(machineKey: string, b: FormBinding, expiry: number): Buffer {
  return createHmac('sha256', machineKey).update(['form', b.form, b.tenantId, b.binding, expiry].join('|'), 'utf8').digest();
}
