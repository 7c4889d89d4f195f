import { randomBytes } from 'node:crypto';
import type { WebhookEndpointRecord } from '../../store/records.js';
import { secretsValidAt } from '../tokens/rotating-secret.js';
import type { SecretBox } from '../tokens/secret-box.js';
import { DAY_MS } from '../time.js';

/** The form of a secret handed out by webhook/create and webhook/rotate: 32 bytes, standard padded base64. */
// 32 bytes are 43 base64 digits and one `=`; the last digit carries 4 bits, so its low 2 bits are 0.
export const WEBHOOK_SECRET_PATTERN = /^whsec_[A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=$/;

/** How long deliveries are signed with the old secret too, after a rotation. */
export const ROTATION_OVERLAP_MS = DAY_MS;

/** A new endpoint secret: `whsec_` + standard padded base64 of 32 random bytes (the Standard Webhooks form). */
export function generateWebhookSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** What an endpoint's secrets are sealed for: binds a sealed value to its endpoint's row. */
export function webhookSecretContext(webhookId: string): string {
  return `webhook:${webhookId}`;
}

/** The secrets a delivery is signed with at `now`: the current one, and the previous one for a day after a rotation. */
export function signingSecrets(
  box: SecretBox,
  endpoint: Pick<WebhookEndpointRecord, 'id' | 'secretSealed' | 'previousSecretSealed' | 'previousSecretUntil'>,
  now: Date,
): string[] {
  return secretsValidAt(box, endpoint, webhookSecretContext(endpoint.id), now);
}
