import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * What ONLYOFFICE's current server reports beside storage and users: rooms, room admins and AI
 * agents, as the workspace reports them (kept beside the other usage figures on the tariff row);
 * and when the owner activated the portal (the first time), which its `wizardSettings` show.
 * Owners activated before this migration are taken to have activated when they were created: the
 * moment is not known, and the registration is the earliest it can have been.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  for (const column of ['room_admin_count', 'rooms_count', 'ai_agents_count']) {
    await db.schema
      .alterTable('tariffs')
      .addColumn(column, 'integer', (c) => c.notNull().defaultTo(0))
      .execute();
  }
  await db.schema.alterTable('users').addColumn('activated_at', t.timestamp).execute();
  await db
    .updateTable('users')
    .set((eb) => ({ activated_at: eb.ref('created_at') }))
    .where('activated', '=', 1)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('users').dropColumn('activated_at').execute();
  for (const column of ['ai_agents_count', 'rooms_count', 'room_admin_count']) {
    await db.schema.alterTable('tariffs').dropColumn(column).execute();
  }
}
