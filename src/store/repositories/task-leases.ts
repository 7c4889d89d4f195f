import type { Db } from '../store.js';

/**
 * Leases on periodic tasks that one instance at a time should run (the lifecycle policy): a
 * conditional update takes the lease when it is free, lapsed, or already the caller's, so of
 * instances reaching for it at once exactly one gets it; a holder that died loses it when it
 * lapses.
 */

/** Takes (or renews) the lease `name` for `holder` until `until`; false when another holds it. */
export async function claimTaskLease(db: Db, name: string, holder: string, now: Date, until: Date): Promise<boolean> {
  const result = await db
    .updateTable('task_leases')
    .set({ holder, locked_until: until })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives the lease back (only the holder's), so the next run anywhere need not wait for it to lapse. */
export async function releaseTaskLease(db: Db, name: string, holder: string): Promise<void> {
  await db
    .updateTable('task_leases')
    .set({ holder: null, locked_until: null })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}
