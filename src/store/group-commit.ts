import { setImmediate as nextTurn } from 'node:timers/promises';
import { CompiledQuery, type ControlledTransaction, type Kysely, type Transaction } from 'kysely';
import type { Database } from './tables/index.js';

/**
 * Group commit, for SQLite: transactions that arrive while one is being written are run
 * together, one after another, inside one database transaction, and committed once. Each runs
 * in a savepoint of its own, so a failure rolls back only itself (its caller gets the error at
 * once); the others are answered only after their common COMMIT, so nothing is acknowledged
 * before it is written. SQLite has one writer: its transactions ran one after another already,
 * and paid one commit each — the WAL write of every page they touched, and the checkpoints that
 * follow. Together, registrations that touch the same index pages write them once.
 *
 * A batch begins one turn of the event loop after the first of it arrives (setImmediate: once
 * the I/O callbacks already due have run), and then takes whatever has queued. better-sqlite3
 * answers synchronously, so a request's checks, its transaction and the commit all run in promise
 * callbacks, without ever giving the event loop a turn: a batch begun at the first arrival always
 * held that transaction alone, the requests that came in with it having had no chance to reach the
 * queue, and every registration paid a commit of its own. A lone transaction waits only for that
 * turn, never for a timer or for others to arrive.
 */
export function groupCommit(
  db: Kysely<Database>,
  options: { readonly maxBatch: number } = { maxBatch: MAX_BATCH },
): <T>(work: (tx: Transaction<Database>) => Promise<T>) => Promise<T> {
  const queue: Pending[] = [];
  let running = false;

  const drain = async () => {
    try {
      while (queue.length > 0) {
        await nextTurn();
        await runBatch(db, queue, options.maxBatch);
      }
    } finally {
      running = false;
    }
  };

  return <T>(work: (tx: Transaction<Database>) => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
      if (!running) {
        running = true;
        void drain();
      }
    });
}

/** How many transactions share one commit at most (bounds how long one batch holds the connection). */
const MAX_BATCH = 64;

/**
 * Every work's savepoint has the same name: each is released (or rolled back) before the next
 * begins, and SQLite acts on the innermost savepoint of a name. One name is three statements in
 * the SQLite statement cache, where a name per place in the batch took up to 192 of its 256.
 * They are run as plain statements on the batch's own transaction: Kysely's savepoint() makes a
 * new transaction object (a Kysely instance of its own) for every work, and compiles each command
 * afresh, which was a sixth of a registration's own JavaScript outside its statements (bench/).
 */
const SAVEPOINT = CompiledQuery.raw('savepoint work');
const RELEASE = CompiledQuery.raw('release savepoint work');
const ROLLBACK_TO = CompiledQuery.raw('rollback to savepoint work');

interface Pending {
  readonly work: (tx: Transaction<Database>) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Begins a transaction, then takes up to `maxBatch` works from the queue (those that queued while
 * it waited for the connection join too) and runs them in it, each in its own savepoint; answers
 * the ones that succeeded after the commit. A work alone in its batch needs no savepoint: when it
 * fails, the whole transaction is rolled back, which undoes exactly what a savepoint would have.
 */
async function runBatch(db: Kysely<Database>, queue: Pending[], maxBatch: number): Promise<void> {
  let trx: ControlledTransaction<Database>;
  try {
    trx = await db.startTransaction().execute();
  } catch (error) {
    for (const pending of queue.splice(0, maxBatch)) pending.reject(error);
    return;
  }
  const batch = queue.splice(0, maxBatch);
  const alone = batch.length === 1;
  const succeeded: Array<{ readonly pending: Pending; readonly value: unknown }> = [];
  for (const [index, pending] of batch.entries()) {
    if (!alone) await trx.executeQuery(SAVEPOINT);
    try {
      const value = await pending.work(trx);
      if (!alone) await trx.executeQuery(RELEASE);
      succeeded.push({ pending, value });
    } catch (error) {
      pending.reject(error);
      if (alone) {
        await rollback(trx);
        return;
      }
      try {
        await trx.executeQuery(ROLLBACK_TO);
        await trx.executeQuery(RELEASE);
      } catch (undoError) {
        // The transaction itself is broken: nothing of the batch is written, and everyone waiting is told.
        await rollback(trx);
        for (const rest of [...succeeded.map((s) => s.pending), ...batch.slice(index + 1)]) rest.reject(undoError);
        return;
      }
    }
  }
  try {
    await trx.commit().execute();
  } catch (error) {
    await rollback(trx);
    for (const { pending } of succeeded) pending.reject(error);
    return;
  }
  for (const { pending, value } of succeeded) pending.resolve(value);
}

async function rollback(trx: ControlledTransaction<Database>): Promise<void> {
  await trx
    .rollback()
    .execute()
    .catch(() => undefined);
}
