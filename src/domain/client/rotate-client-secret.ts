import { updateClient } from '../../store/repositories/clients.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { MINUTE_MS } from '../time.js';
import { rotateSecret } from '../tokens/rotating-secret.js';
import { clientSecretContext, generateClientSecret } from './client-secret.js';
import type { CreatedClient } from './create-client.js';
import { liveClient, viewWithCount } from './find-clients.js';

/** The grace period a rotation gives the old secret by default, and at most (a week). */
export const DEFAULT_GRACE_MINUTES = 60;
export const MAX_GRACE_MINUTES = 10_080;

/**
 * client/rotate: a new secret (shown once); the previous one stays valid for `graceMinutes`, so
 * a panel can switch without a failed call. Only one previous secret is kept: rotating again
 * ends the earlier grace.
 */
export async function rotateClientSecret(
  ctx: DomainContext,
  scope: ChangeScope,
  clientId: string | undefined,
  graceMinutes: number | undefined,
): Promise<CreatedClient> {
  const grace = graceMinutes ?? DEFAULT_GRACE_MINUTES;
  if (!Number.isInteger(grace) || grace < 0 || grace > MAX_GRACE_MINUTES)
    throw paramsError(`graceMinutes must be between 0 and ${MAX_GRACE_MINUTES}`);
  const secret = generateClientSecret();
  const rotated = await ctx.store.transaction(async (tx) => {
    const before = await liveClient(tx, clientId);
    const now = ctx.clock.now();
    const after = {
      ...before,
      secretRotated: now,
      ...rotateSecret(before, ctx.secrets.seal(secret, clientSecretContext(before.clientId)), now, grace * MINUTE_MS),
    };
    await updateClient(tx, after);
    await recordChange(ctx, tx, scope, {
      action: 'client.rotate',
      clientId: after.clientId,
      changes: {
        clientId: [before.clientId, before.clientId],
        rotated: [before.secretRotated.toISOString(), now.toISOString()],
        graceMinutes: [null, grace],
      },
    });
    const result = { client: await viewWithCount(tx, after), secret };
    await scope.beforeCommit?.(tx, result);
    return result;
  });
  ctx.clients.forget(rotated.client.clientId);
  return rotated;
}
