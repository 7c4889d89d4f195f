import { findClient } from '../../store/repositories/clients.js';
import type { ClientRecord } from '../../store/records.js';
import type { Store } from '../../store/store.js';
import type { Clock } from '../clock.js';

/**
 * Clients as token checks read them: each row is kept for a few seconds, so a busy client costs
 * one lookup per few seconds instead of one per call. That is how long another instance may still
 * accept a client after it was disabled or removed (this instance forgets it at once); the README
 * says so.
 */
export interface ClientDirectory {
  /** The stored client (removed ones too), or undefined. */
  find(clientId: string): Promise<ClientRecord | undefined>;
  /** Drops a client from this instance's cache (after a change to it). */
  forget(clientId: string): void;
}

/** How long a client row is trusted before it is read again. */
export const CLIENT_CACHE_MS = 2_000;

/** At most this many clients are kept (the least recently stored go first). */
const MAX_ENTRIES = 10_000;

/** A directory over the store with a short per-instance cache. */
export function clientDirectory(store: Store, clock: Clock, cacheMs = CLIENT_CACHE_MS): ClientDirectory {
  const cache = new Map<string, { readonly client: ClientRecord | undefined; readonly until: number }>();
  return {
    find: async (clientId) => {
      const now = clock.now().getTime();
      const hit = cache.get(clientId);
      if (hit !== undefined && hit.until > now) return hit.client;
      const client = await findClient(store.db, clientId);
      cache.delete(clientId);
      cache.set(clientId, { client, until: now + cacheMs });
      if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string);
      return client;
    },
    forget: (clientId) => {
      cache.delete(clientId);
    },
  };
}
