import { updateClient } from '../../store/repositories/clients.js';
import { disableClientEndpoints } from '../../store/repositories/webhook-endpoints.js';
import type { ClientRecord } from '../../store/records.js';
import type { ChangeScope } from '../actor.js';
import { diffFields } from '../audit/audit-actions.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { checkClientName, checkQuota } from './client-fields.js';
import type { ClientView } from './client-view.js';
import { liveClient, viewWithCount } from './find-clients.js';
import { parseScopes } from './scopes.js';

/** What client/update may change; a field left out keeps its value. */
export interface ClientChange {
  readonly name?: string | undefined;
  /** Replaces the whole list. */
  readonly scopes?: readonly string[] | undefined;
  readonly maxPortals?: number | undefined;
  readonly rateLimit?: number | undefined;
  readonly partnerId?: string | undefined;
  readonly disabled?: boolean | undefined;
}

const AUDITED: readonly (keyof ClientRecord & string)[] = [
  'name',
  'scopes',
  'maxPortals',
  'rateLimit',
  'partnerId',
  'disabled',
];

/**
 * client/update: a partial update, like tariff/set. A disabled client's tokens are refused at
 * once (on other instances within the client cache's few seconds).
 */
export async function updateApiClient(
  ctx: DomainContext,
  scope: ChangeScope,
  clientId: string | undefined,
  change: ClientChange,
): Promise<ClientView> {
  const problems: string[] = [];
  const name = change.name === undefined ? undefined : checkClientName(change.name, problems);
  const maxPortals = checkQuota('maxPortals', change.maxPortals, problems);
  const rateLimit = checkQuota('rateLimit', change.rateLimit, problems);
  if (problems.length > 0) throw paramsError(...problems);
  const scopes = change.scopes === undefined ? undefined : parseScopes(change.scopes);

  const view = await ctx.store.transaction(async (tx) => {
    const before = await liveClient(tx, clientId);
    const after: ClientRecord = {
      ...before,
      ...(name !== undefined ? { name } : {}),
      ...(scopes !== undefined ? { scopes } : {}),
      ...(maxPortals !== undefined ? { maxPortals } : {}),
      ...(rateLimit !== undefined ? { rateLimit } : {}),
      ...(change.partnerId !== undefined ? { partnerId: change.partnerId } : {}),
      ...(change.disabled !== undefined ? { disabled: change.disabled } : {}),
    };
    await updateClient(tx, after);
    await recordChange(ctx, tx, scope, {
      action: 'client.update',
      clientId: after.clientId,
      changes: { clientId: [after.clientId, after.clientId], ...diffFields(before, after, AUDITED) },
    });
    const result = await viewWithCount(tx, after);
    await scope.beforeCommit?.(tx, result);
    return result;
  });
  ctx.clients.forget(view.clientId);
  return view;
}

/**
 * client/remove: its tokens stop working at once; its portals stay and keep their clientId; its
 * id stays taken for ever (the row is kept, marked removed).
 */
export async function removeApiClient(
  ctx: DomainContext,
  scope: ChangeScope,
  clientId: string | undefined,
): Promise<ClientView> {
  const view = await ctx.store.transaction(async (tx) => {
    const before = await liveClient(tx, clientId);
    const removed = ctx.clock.now();
    await updateClient(tx, { ...before, removed, previousSecretSealed: null, previousSecretUntil: null });
    // Its endpoints would never be allowed to receive anything again: disabled, with the reason.
    await disableClientEndpoints(tx, before.clientId, 'the API client was removed');
    await recordChange(ctx, tx, scope, {
      action: 'client.remove',
      clientId: before.clientId,
      changes: { clientId: [before.clientId, before.clientId], removed: [null, removed.toISOString()] },
    });
    const result = await viewWithCount(tx, before);
    await scope.beforeCommit?.(tx, result);
    return result;
  });
  ctx.clients.forget(view.clientId);
  return view;
}
