import { signToken, verifyToken } from './signed-token.js';
import { HOUR_MS } from '../time.js';

/**
 * The owner's session on a portal host (the owner is signed in after activation or a sign-in
 * link): stateless, a cookie value `<tenantId>.<userId>.<signed token>` under the machine key.
 * Nothing is stored server-side; signing out deletes the cookie, and a session ends at its
 * expiry. Bound to one portal: a cookie from another portal's host never verifies here.
 */

export interface OwnerSession {
  readonly tenantId: number;
  readonly userId: string;
  readonly expires: Date;
}

/** How long a page session lasts. */
export const OWNER_SESSION_TTL_MS = 12 * HOUR_MS;

/** The cookie value for a session of `userId` on `tenantId`, valid until `expires`. */
export function signOwnerSession(machineKey: string, session: OwnerSession): string {
  return `${session.tenantId}.${session.userId}.${signToken(machineKey, sessionFields(session.tenantId, session.userId), session.expires)}`;
}

/** The session in a cookie value if any machine key signed it and it has not expired (constant time). */
export function verifyOwnerSession(machineKeys: readonly string[], value: string, now: Date): OwnerSession | undefined {
  const match = /^(\d{1,12})\.([0-9a-f-]{36})\.(.*)$/.exec(value);
  if (!match) return undefined;
  const tenantId = Number(match[1]);
  const userId = match[2] ?? '';
  const check = verifyToken(machineKeys, sessionFields(tenantId, userId), match[3] ?? '', now);
  return check.ok ? { tenantId, userId, expires: check.expires } : undefined;
}

function sessionFields(tenantId: number, userId: string) {
  return ['owner-session', tenantId, userId];
}
