import type { SecretBox } from './secret-box.js';

/**
 * A secret that is rotated with a grace period (an API client's, a webhook endpoint's): after a
 * rotation the previous secret stays valid until `previousSecretUntil`, so whoever holds it can
 * switch without one refused call. Only one previous secret is kept: rotating again ends the
 * earlier grace. Both are sealed at rest.
 */
export interface RotatingSecret {
  readonly secretSealed: string;
  readonly previousSecretSealed: string | null;
  readonly previousSecretUntil: Date | null;
}

/** The secrets valid at `now`, opened: the current one, and the previous one while its grace lasts. */
export function secretsValidAt(box: SecretBox, secret: RotatingSecret, context: string, now: Date): string[] {
  const secrets = [box.open(secret.secretSealed, context)];
  if (
    secret.previousSecretSealed !== null &&
    secret.previousSecretUntil !== null &&
    now.getTime() < secret.previousSecretUntil.getTime()
  ) {
    secrets.push(box.open(secret.previousSecretSealed, context));
  }
  return secrets;
}

/** A rotation at `now`: `newSealed` becomes the secret; the old one stays valid for `graceMs` (0: not at all). */
export function rotateSecret(before: RotatingSecret, newSealed: string, now: Date, graceMs: number): RotatingSecret {
  return {
    secretSealed: newSealed,
    previousSecretSealed: graceMs > 0 ? before.secretSealed : null,
    previousSecretUntil: graceMs > 0 ? new Date(now.getTime() + graceMs) : null,
  };
}
