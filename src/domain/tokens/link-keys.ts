import { normalizeEmail } from '../email.js';
import { signToken, verifyToken, type TokenCheck } from './signed-token.js';

/**
 * The keys of the owner's links on the portal host (activation, sign-in): a signed token over
 * the purpose, the portal, the owner and the e-mail. Single use is enforced by the store
 * (used_links), not here.
 */

export type LinkPurpose = 'activation' | 'signin' | 'reset';

export interface LinkSubject {
  readonly purpose: LinkPurpose;
  readonly tenantId: number;
  readonly userId: string;
  readonly email: string;
}

/** Makes the `key` parameter of a link valid until `expires`. */
export function signLinkKey(machineKey: string, subject: LinkSubject, expires: Date): string {
  return signToken(machineKey, linkFields(subject), expires);
}

/** Checks a link key against any machine key, in constant time, at time `now`. */
export function verifyLinkKey(
  machineKeys: readonly string[],
  subject: LinkSubject,
  key: string,
  now: Date,
): TokenCheck {
  return verifyToken(machineKeys, linkFields(subject), key, now);
}

function linkFields(subject: LinkSubject) {
  return [subject.purpose, subject.tenantId, subject.userId, normalizeEmail(subject.email)];
}
