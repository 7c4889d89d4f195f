import { signToken, verifyToken } from './signed-token.js';
import { HOUR_MS } from '../time.js';

/**
 * CSRF tokens for the portal pages' forms: a signed token over the form's name and a binding —
 * the activation link's key, the session, or the browser's form cookie — so a token taken from
 * one form, one link or one browser is worthless for another.
 */

/** How long a rendered form can be submitted. */
export const FORM_TOKEN_TTL_MS = 2 * HOUR_MS;

/** What a token is bound to: which form, on which portal, for which link/session/browser. */
export interface FormBinding {
  readonly form: 'confirm' | 'signin' | 'signout' | 'forgot';
  readonly tenantId: number;
  readonly binding: string;
}

/** A token for `binding`, valid until `expires`. */
export function signFormToken(machineKey: string, binding: FormBinding, expires: Date): string {
  return signToken(machineKey, formFields(binding), expires);
}

/** Whether `token` was made by any machine key for exactly this binding and is still valid. */
export function verifyFormToken(
  machineKeys: readonly string[],
  binding: FormBinding,
  token: string,
  now: Date,
): boolean {
  return verifyToken(machineKeys, formFields(binding), token, now).ok;
}

function formFields(b: FormBinding) {
  return ['form', b.form, b.tenantId, b.binding];
}
