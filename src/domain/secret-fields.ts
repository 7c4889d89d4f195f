/**
 * What counts as a secret, in one place for the audit log and the server's own logs: a field
 * whose name says it holds a password, a hash of one, a key, a token, a secret, a signature, a
 * credential or a CAPTCHA answer never has its value recorded, whatever a caller passes.
 */
const SECRET_NAME = /pass|secret|hash|token|key$|^key|signature|credential|recaptcha/i;

/** Whether a field (a parameter, a change, a log property) named `name` holds a secret. */
export function isSecretField(name: string): boolean {
  return SECRET_NAME.test(name);
}

/**
 * The secret field names the server itself uses, spelled as they appear (the log's redaction
 * needs exact names; isSecretField holds for each of them).
 */
export const SECRET_FIELD_NAMES = [
  'password',
  'passwordHash',
  'password_hash',
  'machineKey',
  'key',
  'secret',
  'clientSecret',
  'token',
  'appKey',
  'recaptchaResponse',
] as const;
