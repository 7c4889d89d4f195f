import type { Db } from '../../src/store/store.js';

/**
 * Rows to watch a transaction by: a setting written under a made-up tenant id, and the keys written
 * under it. The store suites use them to see which of several transactions were kept.
 */
export async function writeSetting(tx: Db, tenantId: number, key: string): Promise<void> {
  await tx
    .insertInto('settings')
    .values({ tenant_id: tenantId, setting_key: key, value: 'v', updated_at: new Date() })
    .execute();
}

/** The setting keys under `tenantId`, in key order. */
export async function settingKeys(db: Db, tenantId: number): Promise<string[]> {
  const rows = await db
    .selectFrom('settings')
    .select('setting_key')
    .where('tenant_id', '=', tenantId)
    .orderBy('setting_key')
    .execute();
  return rows.map((row) => row.setting_key);
}
