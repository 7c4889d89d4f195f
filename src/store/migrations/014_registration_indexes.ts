import { MysqlAdapter, sql, type Kysely } from 'kysely';

/**
 * Fewer index entries per registration. tenants_owner_id goes: the two queries that went from an
 * owner's e-mail to the owner's portals now reach the portal by the owner's tenant_id (the tenants
 * primary key), and no query reads tenants by owner_id any more; its entry, a random UUID, was a
 * page of its own in every commit. The tariff indexes for the few over quota or with a due date
 * become partial where the database has partial indexes (SQLite, PostgreSQL), as the lifecycle's
 * did in 013: a new portal is under quota and, on the default plans, has no due date, so its
 * tariff writes no entry into either. MySQL and MariaDB keep full ones.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await dropIndex(db, 'tenants_owner_id', 'tenants');
  if (db.getExecutor().adapter instanceof MysqlAdapter) return;
  // The query names the literal 1 (the over-quota filter in tenant-list.ts): a bound value could not use it.
  await db.schema.dropIndex('tariffs_over_quota').execute();
  await db.schema
    .createIndex('tariffs_over_quota')
    .on('tariffs')
    .column('tenant_id')
    .where(sql.ref('over_quota'), '=', sql.lit(1))
    .execute();
  // Every query of due dates compares them with a value, which implies "is not null".
  await db.schema.dropIndex('tariffs_due_date').execute();
  await db.schema
    .createIndex('tariffs_due_date')
    .on('tariffs')
    .column('due_date')
    .where(sql.ref('due_date'), 'is not', null)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.createIndex('tenants_owner_id').on('tenants').column('owner_id').execute();
  if (db.getExecutor().adapter instanceof MysqlAdapter) return;
  await db.schema.dropIndex('tariffs_over_quota').execute();
  await db.schema.createIndex('tariffs_over_quota').on('tariffs').columns(['over_quota', 'tenant_id']).execute();
  await db.schema.dropIndex('tariffs_due_date').execute();
  await db.schema.createIndex('tariffs_due_date').on('tariffs').column('due_date').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
async function dropIndex(db: Kysely<any>, name: string, table: string): Promise<void> {
  const drop = db.schema.dropIndex(name);
  await (db.getExecutor().adapter instanceof MysqlAdapter ? drop.on(table) : drop).execute();
}
