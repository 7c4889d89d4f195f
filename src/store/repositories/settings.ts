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

/** Every setting of one portal (or the global ones: -1), as key and value, in key order. */
export async function listSettings(
  db: Db,
  tenantId: number,
): Promise<Array<{ readonly key: string; readonly value: string }>> {
  const rows = await db
    .selectFrom('settings')
    .select(['setting_key', 'value'])
    .where('tenant_id', '=', tenantId)
    .orderBy('setting_key')
    .execute();
  return rows.map((row) => ({ key: row.setting_key, value: row.value }));
}

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

/** Where a page of settings starts: after this portal's key, in (tenant, key) order. */
export interface SettingCursor {
  readonly tenantId: number;
  readonly key: string;
}

/**
 * One page of the settings whose key matches `prefix` as a LIKE prefix (a `_` in it matches any
 * one character: callers check the keys they get), of every portal, in (tenant, key) order from
 * `after` on: the primary key's order, so paging is stable.
 */
export async function listSettingsByPrefix(
  db: Db,
  prefix: string,
  after: SettingCursor | undefined,
  limit: number,
): Promise<Array<{ readonly tenantId: number; readonly key: string; readonly value: string }>> {
  let query = db
    .selectFrom('settings')
    .select(['tenant_id', 'setting_key', 'value'])
    .where('setting_key', 'like', `${prefix}%`);
  if (after !== undefined) {
    query = query.where((eb) =>
      eb.or([
        eb('tenant_id', '>', after.tenantId),
        eb.and([eb('tenant_id', '=', after.tenantId), eb('setting_key', '>', after.key)]),
      ]),
    );
  }
  const rows = await query.orderBy('tenant_id').orderBy('setting_key').limit(limit).execute();
  return rows.map((row) => ({ tenantId: Number(row.tenant_id), key: row.setting_key, value: row.value }));
}
