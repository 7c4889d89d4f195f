import { findBrand, type BrandRecord } from '../../store/repositories/brands.js';
import type { Db } from '../../store/store.js';
import type { Clock } from '../clock.js';

/**
 * Stored brands as pages and mails read them: every page asks for its portal's brand, so each
 * brand row is kept for a few seconds per instance. A change made through this instance is seen
 * at once (it forgets the row); another instance sees it within BRAND_CACHE_MS.
 */
export interface BrandDirectory {
  /** The stored brand of a client ('' the operator's), or undefined when none was set; read through `db` on a miss. */
  stored(clientId: string, db: Db): Promise<BrandRecord | undefined>;
  /** Drops a brand from this instance's cache (after a change to it). */
  forget(clientId: string): void;
}

/** How long a brand row is trusted before it is read again. */
export const BRAND_CACHE_MS = 5_000;

/** At most this many brands are kept (the least recently stored go first). */
const MAX_ENTRIES = 10_000;

/** A directory with a short per-instance cache. */
export function brandDirectory(clock: Clock, cacheMs = BRAND_CACHE_MS): BrandDirectory {
  const cache = new Map<string, { readonly brand: BrandRecord | undefined; readonly until: number }>();
  return {
    stored: async (clientId, db) => {
      const now = clock.now().getTime();
      const hit = cache.get(clientId);
      if (hit !== undefined && hit.until > now) return hit.brand;
      const brand = await findBrand(db, clientId);
      cache.delete(clientId);
      cache.set(clientId, { brand, until: now + cacheMs });
      if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
      return brand;
    },
    forget: (clientId) => {
      cache.delete(clientId);
    },
  };
}
