import type { ClientRecord } from '../../store/records.js';
import type { Caller } from '../actor.js';
import type { DomainContext } from '../context.js';
import {
  checkTokenTime,
  parseAscToken,
  signedWithAnyKey,
  type TokenFailure,
  type TokenPolicy,
} from '../tokens/asc-token.js';
import { usableSecrets } from './client-secret.js';

/** Who a valid token names, or why it is refused. */
export type Authentication =
  | { readonly ok: true; readonly caller: Caller; readonly client: ClientRecord | undefined }
  | { readonly ok: false; readonly reason: TokenFailure };

/**
 * Checks an `ASC` token. One that verifies with a machine key is the operator, whatever its pkey
 * (every existing caller keeps working). Otherwise the pkey must name a client exactly (case
 * matters) that is neither disabled nor removed, and the token must verify with its current
 * secret or, within the grace after a rotation, its previous one: then it is that client.
 */
export async function authenticateToken(
  ctx: DomainContext,
  header: string | undefined,
  window: Omit<TokenPolicy, 'keys'>,
): Promise<Authentication> {
  const token = parseAscToken(header);
  if (!('hash' in token)) return token;
  const now = ctx.clock.now();
  if (signedWithAnyKey(token, ctx.machineKeys)) {
    return (
      checkTokenTime(token, window, now) ?? {
        ok: true,
        caller: { kind: 'operator', id: token.pkey },
        client: undefined,
      }
    );
  }
  const client = await ctx.clients.find(token.pkey);
  if (client === undefined || client.disabled || client.removed !== null) return { ok: false, reason: 'invalid' };
  if (!signedWithAnyKey(token, usableSecrets(ctx.secrets, client, now))) return { ok: false, reason: 'invalid' };
  const late = checkTokenTime(token, window, now);
  if (late !== undefined) return late;
  return {
    ok: true,
    caller: {
      kind: 'client',
      client: { clientId: client.clientId, partnerId: client.partnerId, maxPortals: client.maxPortals },
    },
    client,
  };
}
