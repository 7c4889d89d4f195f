import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * Usage reported by the provider's workspace (storage used, users), kept beside the tariff whose
 * quota it is compared with: the over-quota flag is set in the same single-row statement that
 * changes either side, so it can never disagree with them, and an index on it lists the
 * portals over their quota at once.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .alterTable('tariffs')
    .addColumn('used_size', t.bigint, (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('tariffs')
    .addColumn('users_count', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('tariffs').addColumn('usage_reported_at', t.timestamp).execute();
  await db.schema
    .alterTable('tariffs')
    .addColumn('over_quota', 'smallint', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('tariffs_over_quota').on('tariffs').columns(['over_quota', 'tenant_id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tariffs_over_quota').on('tariffs').ifExists().execute();
  for (const column of ['over_quota', 'usage_reported_at', 'users_count', 'used_size']) {
    await db.schema.alterTable('tariffs').dropColumn(column).execute();
  }
}
