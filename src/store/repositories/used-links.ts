import type { Db } from '../store.js';

/**
 * Single-use links: the SHA-256 of every used link key is kept until the link
 * would have expired anyway. The primary key decides: a second use of one key is a unique
 * violation, however many instances race for it.
 */

/** Records a key as used; throws the database's unique violation if it already was. */
export async function recordUsedLink(db: Db, keyHash: string, usedAt: Date, expiresAt: Date): Promise<void> {
  await db.insertInto('used_links').values({ id: keyHash, used_at: usedAt, expires_at: expiresAt }).execute();
}

/** Forgets a claimed key again (its use failed after the claim, so the link may be tried again). */
export async function releaseUsedLink(db: Db, keyHash: string): Promise<void> {
  await db.deleteFrom('used_links').where('id', '=', keyHash).execute();
}

/** Whether a key was used already (an early answer for pages; recordUsedLink still decides). */
export async function isLinkUsed(db: Db, keyHash: string): Promise<boolean> {
  const row = await db.selectFrom('used_links').select('id').where('id', '=', keyHash).executeTakeFirst();
  return row !== undefined;
}

/** Forgets used keys whose links expired before `before` (they are refused as expired anyway). */
export async function purgeUsedLinks(db: Db, before: Date): Promise<number> {
  const result = await db.deleteFrom('used_links').where('expires_at', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}
