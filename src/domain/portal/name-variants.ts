import { takenAliases } from '../../store/repositories/tenants.js';
import type { DomainContext } from '../context.js';
import { nameCandidates } from './portal-name.js';

const MAX_VARIANTS = 10;

/** Up to ten names close to `alias` that are valid and free right now. */
export async function availableVariants(ctx: DomainContext, alias: string): Promise<string[]> {
  const candidates = nameCandidates(alias, ctx.options.portalName, ctx.clock.now().getUTCFullYear());
  const taken = await takenAliases(ctx.store.db, candidates);
  return candidates.filter((c) => !taken.has(c)).slice(0, MAX_VARIANTS);
}
