import { randomBytes } from 'node:crypto';
import type { ClientRecord } from '../../store/records.js';
import { secretsValidAt } from '../tokens/rotating-secret.js';
import type { SecretBox } from '../tokens/secret-box.js';

/** A new client secret: 32 random bytes in base64url (43 characters). */
export function generateClientSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What a client's secrets are sealed for: binds a sealed value to its client's row. */
export function clientSecretContext(clientId: string): string {
  return `client:${clientId}`;
}

/** The secrets a client's token may be signed with at `now`: the current one, and the previous one within its grace. */
export function usableSecrets(box: SecretBox, client: ClientRecord, now: Date): string[] {
  return secretsValidAt(box, client, clientSecretContext(client.clientId), now);
}
