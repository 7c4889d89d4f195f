import { after, before } from 'node:test';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase } from './test-database.js';

/**
 * A migrated store on a fresh test database for the suite that calls this (the server's own
 * openStore, so the schema is the one the server runs on), closed and its database dropped after
 * the suite. The handle stands for the store once `before` has run, as useServer's does.
 */
export function useStore(options: { readonly poolSize?: number } = {}): Store {
  let running: { readonly store: Store; drop(): Promise<void> } | undefined;
  before(async () => {
    const database = await createTestDatabase();
    const store = await openStore({ url: database.url, poolSize: options.poolSize ?? 4 });
    running = { store, drop: () => database.drop() };
  });
  after(async () => {
    const opened = running;
    running = undefined;
    await opened?.store.close();
    await opened?.drop();
  });
  return new Proxy({} as Store, {
    get(_target, property) {
      if (running === undefined) throw new Error(`the suite's store is not open (reading ${String(property)})`);
      const value: unknown = Reflect.get(running.store, property);
      return typeof value === 'function' ? value.bind(running.store) : value;
    },
  });
}
