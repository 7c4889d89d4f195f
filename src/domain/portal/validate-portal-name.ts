import { isAliasHeld } from '../../store/repositories/tenants.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { checkPortalName, normalizePortalName } from './portal-name.js';
import { availableVariants } from './name-variants.js';

/** portal/validateportalname: throws the name's error, with variants when taken. */
export async function validatePortalName(ctx: DomainContext, portalName: string | undefined): Promise<void> {
  await withVariants(ctx, portalName, async () => {
    const alias = checkPortalName(portalName, ctx.options.portalName);
    if (await isAliasHeld(ctx.store.db, alias)) throw new DomainError('portalNameExist');
  });
}

/** Runs `work`; a portalNameExist it throws gains the list of free names near the requested one. */
export async function withVariants<T>(
  ctx: DomainContext,
  portalName: string | undefined,
  work: () => Promise<T>,
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DomainError && error.code === 'portalNameExist' && error.details.variants === undefined) {
      const variants = await availableVariants(ctx, normalizePortalName(portalName ?? ''));
      throw new DomainError('portalNameExist', undefined, { ...error.details, variants });
    }
    throw error;
  }
}
