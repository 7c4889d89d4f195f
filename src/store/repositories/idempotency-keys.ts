import { sql } from 'kysely';
import { fromDbTime } from '../dialects/values.js';
import type { Db } from '../store.js';

/**
 * Idempotency keys: the first request with a key marks it as running (an insert the primary key
 * lets through once), and its 2xx answer is stored in the transaction of its change.
 */

/** A stored key, as a retry finds it. */
export interface IdempotencyRecord {
  readonly id: string;
  readonly fingerprint: string;
  readonly state: 'running' | 'answered';
  readonly lockedUntil: Date;
  readonly statusCode: number | null;
  readonly bodySealed: string | null;
  readonly expiresAt: Date;
}

/** Marks a key as running; throws the database's unique violation when the key is already there. */
export async function insertRunningKey(
  db: Db,
  key: {
    readonly id: string;
    readonly fingerprint: string;
    readonly lockedUntil: Date;
    readonly expiresAt: Date;
    readonly now: Date;
  },
): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({
      id: key.id,
      fingerprint: key.fingerprint,
      state: 0,
      locked_until: key.lockedUntil,
      status_code: null,
      body_sealed: null,
      expires_at: key.expiresAt,
      created_at: key.now,
    })
    .execute();
}

export async function findKey(db: Db, id: string): Promise<IdempotencyRecord | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['id', 'fingerprint', 'state', 'locked_until', 'status_code', 'body_sealed', 'expires_at'])
    .where('id', '=', id)
    .executeTakeFirst();
  return (
    row && {
      id: row.id,
      fingerprint: row.fingerprint,
      state: Number(row.state) === 1 ? 'answered' : 'running',
      lockedUntil: fromDbTime(row.locked_until),
      statusCode: row.status_code === null ? null : Number(row.status_code),
      bodySealed: row.body_sealed,
      expiresAt: fromDbTime(row.expires_at),
    }
  );
}

/**
 * Takes over a running mark whose request died (its lock lapsed), or an expired key: a
 * conditional update on the lock it was seen with, so of two retries only one takes it over.
 */
export async function takeOverKey(
  db: Db,
  id: string,
  seenLock: Date,
  key: { readonly fingerprint: string; readonly lockedUntil: Date; readonly expiresAt: Date },
): Promise<boolean> {
  const result = await db
    .updateTable('idempotency_keys')
    .set({
      fingerprint: key.fingerprint,
      state: 0,
      locked_until: key.lockedUntil,
      status_code: null,
      body_sealed: null,
      expires_at: key.expiresAt,
    })
    .where('id', '=', id)
    .where('locked_until', '=', seenLock)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Stores the answer of the request that holds the key. */
export async function storeAnswer(db: Db, id: string, statusCode: number, bodySealed: string): Promise<void> {
  await db
    .updateTable('idempotency_keys')
    .set({ state: 1, status_code: statusCode, body_sealed: bodySealed })
    .where('id', '=', id)
    .execute();
}

/** Forgets a running key whose request was refused or failed: a retry runs again. */
export async function releaseKey(db: Db, id: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('id', '=', id).where('state', '=', 0).execute();
}

/** Deletes up to `limit` keys past their expiry; returns how many (bounded: no long lock). */
export async function purgeExpiredKeys(db: Db, now: Date, limit: number): Promise<number> {
  const rows = await db
    .selectFrom('idempotency_keys')
    .select('id')
    .where('expires_at', '<', now)
    .limit(sql.lit(limit))
    .execute();
  if (rows.length === 0) return 0;
  const result = await db
    .deleteFrom('idempotency_keys')
    .where(
      'id',
      'in',
      rows.map((row) => row.id),
    )
    .where('expires_at', '<', now)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
