import { MysqlAdapter, sql, type Kysely } from 'kysely';

/**
 * On MySQL and MariaDB, the count of moves PostgreSQL keeps (migration 017), so where the n-th
 * portal of a list lies can be remembered there too (store/repositories/tenant-positions.ts):
 * spread over STRIPES rows, a trigger bumping the row of its own connection (CONNECTION_ID()), the
 * count their sum. MySQL's triggers fire per row and have no WHEN: the update trigger asks
 * itself whether the portal's status, API client or id changed. Every insert counts (ids are
 * handed out before their transactions commit). TRUNCATE fires no trigger in MySQL; it leaves
 * no portal behind to be found at a kept position, and every row inserted after counts.
 *
 * Creating a trigger may need the SUPER privilege while the binary log is on (unless the server
 * trusts routine creators, `log_bin_trust_function_creators`), which managed databases withhold.
 * Without it the table stays empty: the count is then unknown, and lists count from the start as
 * before. The rows are written last, once every trigger exists, so a count is never read while
 * a change could go uncounted.
 */
const TABLE = 'tenant_list_version';
/** As on PostgreSQL (migration 017): about three pairs of forty connections share a row. */
const STRIPES = 256;
const TRIGGERS = ['tenants_list_moved_by_update', 'tenants_list_moved_by_insert', 'tenants_list_moved_by_delete'];

/** MySQL's refusals to create a trigger: the binary log wants SUPER (1419), or the user lacks TRIGGER (1142, 1227). */
const MAY_NOT_CREATE_TRIGGERS = new Set([1419, 1142, 1227]);

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof MysqlAdapter)) return;
  await db.schema
    .createTable(TABLE)
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  const bump = `update ${TABLE} set version = version + 1 where id = connection_id() % ${STRIPES}`;
  try {
    await sql
      .raw(
        `create trigger tenants_list_moved_by_update after update on tenants for each row
         begin
           if not (old.id <=> new.id and old.status <=> new.status and old.client_id <=> new.client_id) then
             ${bump};
           end if;
         end`,
      )
      .execute(db);
    await sql
      .raw(`create trigger tenants_list_moved_by_insert after insert on tenants for each row ${bump}`)
      .execute(db);
    await sql
      .raw(`create trigger tenants_list_moved_by_delete after delete on tenants for each row ${bump}`)
      .execute(db);
  } catch (error) {
    if (!MAY_NOT_CREATE_TRIGGERS.has((error as { errno?: number }).errno ?? 0)) throw error;
    for (const trigger of TRIGGERS) await sql.raw(`drop trigger if exists ${trigger}`).execute(db);
    return;
  }
  await db
    .insertInto(TABLE)
    .values(Array.from({ length: STRIPES }, (_, id) => ({ id, version: 0 })))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof MysqlAdapter)) return;
  for (const trigger of TRIGGERS) await sql.raw(`drop trigger if exists ${trigger}`).execute(db);
  await db.schema.dropTable(TABLE).ifExists().execute();
}
