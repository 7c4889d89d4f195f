import type { Db, Store } from '../store/store.js';

/**
 * Writes that come due together, made in one transaction: those recorded in the same turn of
 * the event loop (the answers of deliveries posted together tend to come back together) share
 * one commit instead of paying one each. Each caller's promise settles after that commit with
 * what its own write resolved to. Should the shared transaction fail, each write is tried again
 * alone, so one write that cannot be made never undoes the others.
 */
export function writtenTogether(store: Pick<Store, 'transaction'>): {
  record<T>(write: (tx: Db) => Promise<T>): Promise<T>;
} {
  let waiting: Array<Waiting<unknown>> = [];

  const flush = async () => {
    const batch = waiting;
    waiting = [];
    let values: unknown[];
    try {
      values = await store.transaction(async (tx) => {
        const written: unknown[] = [];
        for (const { write } of batch) written.push(await write(tx));
        return written;
      });
    } catch {
      for (const { write, resolve, reject } of batch) await store.transaction(write).then(resolve, reject);
      return;
    }
    batch.forEach(({ resolve }, i) => resolve(values[i]));
  };

  return {
    record: <T>(write: (tx: Db) => Promise<T>) =>
      new Promise<T>((resolve, reject) => {
        if (waiting.length === 0) setImmediate(() => void flush());
        waiting.push({ write, resolve: resolve as (value: unknown) => void, reject });
      }),
  };
}

interface Waiting<T> {
  readonly write: (tx: Db) => Promise<T>;
  readonly resolve: (value: T) => void;
  readonly reject: (error: unknown) => void;
}
