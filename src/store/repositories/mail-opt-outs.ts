import { upsertStyle } from '../dialects/features.js';
import type { Db } from '../store.js';

/** Who stopped which kind of mail: one row per portal, owner and kind (the primary key). */
export interface MailOptOut {
  readonly tenantId: number;
  readonly userId: string;
  readonly kind: string;
}

/** Records an opt-out; recording it again changes nothing (a second click is not an error). */
export async function saveMailOptOut(db: Db, optOut: MailOptOut, at: Date): Promise<void> {
  const insert = db
    .insertInto('mail_opt_outs')
    .values({ tenant_id: optOut.tenantId, user_id: optOut.userId, kind: optOut.kind, created_at: at });
  if (upsertStyle(db) === 'onDuplicateKey') {
    await insert.onDuplicateKeyUpdate({ kind: optOut.kind }).execute();
  } else {
    await insert.onConflict((oc) => oc.columns(['tenant_id', 'user_id', 'kind']).doNothing()).execute();
  }
}

/** Whether the owner stopped this kind of mail for this portal. */
export async function hasMailOptOut(db: Db, optOut: MailOptOut): Promise<boolean> {
  const row = await db
    .selectFrom('mail_opt_outs')
    .select('kind')
    .where('tenant_id', '=', optOut.tenantId)
    .where('user_id', '=', optOut.userId)
    .where('kind', '=', optOut.kind)
    .executeTakeFirst();
  return row !== undefined;
}

/** Forgets the opt-outs of purged portals. */
export async function deleteMailOptOutsOf(db: Db, tenantIds: readonly number[]): Promise<void> {
  if (tenantIds.length === 0) return;
  await db.deleteFrom('mail_opt_outs').where('tenant_id', 'in', tenantIds).execute();
}
