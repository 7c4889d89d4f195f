import type { Caller } from '../../domain/actor.js';
import type { ScopeName } from '../../domain/client/scopes.js';
import type { DomainContext } from '../../domain/context.js';
import { DomainError } from '../../domain/errors.js';

/**
 * For a route whose input decides a further scope it needs (portal/bulk's `tariff` action needs
 * `billing`, as tariff/set does): an API client without `scope` is refused as auth.ts refuses one
 * at the door. The operator needs none.
 */
export async function requireClientScope(ctx: DomainContext, caller: Caller, scope: ScopeName): Promise<void> {
  if (caller.kind !== 'client') return;
  const client = await ctx.clients.find(caller.client.clientId);
  if (client?.scopes.includes(scope) !== true) throw new DomainError('forbidden', `Scope ${scope} is required`);
}
