import { MysqlAdapter, sql, type Kysely } from 'kysely';

/**
 * The lifecycle's indexes hold only the rows they are for. A portal scheduled for removal, one
 * suspended by the policy and a tariff near its quota are the few; every registration used to
 * write an entry for its empty value into each of the three indexes. As partial indexes (SQLite,
 * PostgreSQL) a registration writes none. MySQL and MariaDB have no partial indexes: theirs stay.
 */
const PARTIAL = [
  { name: 'tenants_removal_scheduled', table: 'tenants', columns: ['removal_scheduled_at', 'id'] },
  { name: 'tenants_policy_suspended', table: 'tenants', columns: ['policy_suspended_at', 'id'] },
] as const;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof MysqlAdapter) return;
  for (const index of PARTIAL) {
    await db.schema.dropIndex(index.name).execute();
    await db.schema
      .createIndex(index.name)
      .on(index.table)
      .columns([...index.columns])
      .where(sql.ref(index.columns[0]), 'is not', null)
      .execute();
  }
  // The query names the literal 1 (tariffNearQuota in the store): a bound value could not use it.
  await db.schema.dropIndex('tariffs_near_quota').execute();
  await db.schema
    .createIndex('tariffs_near_quota')
    .on('tariffs')
    .column('tenant_id')
    .where(sql.ref('near_quota'), '=', sql.lit(1))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof MysqlAdapter) return;
  for (const index of PARTIAL) {
    await db.schema.dropIndex(index.name).execute();
    await db.schema
      .createIndex(index.name)
      .on(index.table)
      .columns([...index.columns])
      .execute();
  }
  await db.schema.dropIndex('tariffs_near_quota').execute();
  await db.schema.createIndex('tariffs_near_quota').on('tariffs').columns(['near_quota', 'tenant_id']).execute();
}
