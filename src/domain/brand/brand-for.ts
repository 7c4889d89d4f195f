import type { Db } from '../../store/store.js';
import type { DomainContext } from '../context.js';
import { DEFAULT_BRAND, type Brand } from './brand.js';

/**
 * The brand a portal's owner sees: the brand of the API client that registered the portal,
 * else the operator's, else the defaults. `db` is the transaction a mail is queued in, or the
 * store's connection for a page.
 */
export type BrandFor = (ctx: DomainContext, db: Db, portal: { readonly clientId: string | null }) => Promise<Brand>;

// Until brands can be set, everyone sees the defaults.
export const brandFor: BrandFor = async () => DEFAULT_BRAND;
