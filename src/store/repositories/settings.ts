import { upsertStyle } from '../dialects/features.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';

/** A setting's value, or undefined when unset. tenantId -1 holds the global settings. */
export async function findSetting(db: Db, tenantId: number, key: string): Promise<string | undefined> {
  const [row] = (await settingByKey(db, tenantId, key)).rows;
  return row?.value;
}

// Every registration reads the BaseDomain setting: prepared once (see ../prepared.ts).
const settingByKey = prepared((db, tenantId: number, key: string) =>
  db.selectFrom('settings').select('value').where('tenant_id', '=', tenantId).where('setting_key', '=', key),
);

/** Inserts or replaces a setting in one statement (no read-then-write race). */
export async function saveSetting(db: Db, tenantId: number, key: string, value: string, at: Date): Promise<void> {
  const insert = db.insertInto('settings').values({ tenant_id: tenantId, setting_key: key, value, updated_at: at });
  if (upsertStyle(db) === 'onDuplicateKey') {
    await insert.onDuplicateKeyUpdate({ value, updated_at: at }).execute();
  } else {
    await insert
      .onConflict((oc) => oc.columns(['tenant_id', 'setting_key']).doUpdateSet({ value, updated_at: at }))
      .execute();
  }
}
