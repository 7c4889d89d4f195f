import { signToken, verifyToken } from './signed-token.js';

/**
 * CSRF tokens of the operator console's forms: signed over what they are bound to — the
 * server-side session (its stored id) for every form of a signed-in operator, or the browser's
 * form cookie for the sign-in form, which comes before any session — so a token taken from one
 * session or browser is worthless in another.
 */
export type ConsoleFormBinding = { readonly session: string } | { readonly signinNonce: string };

/** A token for `binding`, valid until `expires`. */
export function signConsoleFormToken(machineKey: string, binding: ConsoleFormBinding, expires: Date): string {
  return signToken(machineKey, fieldsOf(binding), expires);
}

/** Whether `token` was made by any machine key for exactly this binding and is still valid. */
export function verifyConsoleFormToken(
  machineKeys: readonly string[],
  binding: ConsoleFormBinding,
  token: string,
  now: Date,
): boolean {
  return verifyToken(machineKeys, fieldsOf(binding), token, now).ok;
}

function fieldsOf(binding: ConsoleFormBinding): readonly string[] {
  return 'session' in binding
    ? ['console-form', 'session', binding.session]
    : ['console-form', 'signin', binding.signinNonce];
}
