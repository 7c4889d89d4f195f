import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * On PostgreSQL too, a count that moves whenever a portal could change place in a list, so where
 * the n-th portal of a list lies can be remembered (store/repositories/tenant-positions.ts).
 *
 * One row bumped by every change would make every status change of every instance wait for the
 * commit of the one before. So the count is spread over STRIPES rows, and a change bumps the row
 * of its own database connection (its backend's process id): two changes on two connections
 * touch different rows (but for the odd two connections whose ids share a stripe), and the count
 * is their sum. A reader reads the sum before it looks for positions and again after: a change
 * that committed in between moved the sum.
 *
 * What bumps it: a change of a portal's status, API client or id, a deletion, a TRUNCATE, and
 * every insert. Unlike SQLite's (migration 015), an insert counts even when it lands after every
 * other portal: ids are handed out before the transactions that took them commit, in any order,
 * so a new portal can appear below one already seen. Triggers, so whoever writes the table
 * counts: this server, another instance, psql.
 *
 * MySQL and MariaDB get none, and their lists count from the start. Tried the same way (per-row
 * triggers, CONNECTION_ID() for the stripe), it cost registrations and status changes 8–10 % of
 * their throughput on MariaDB, and finding the positions again after each new portal took three
 * to five times one count (a statement per block; in one recursive statement MariaDB read the
 * index from its start for every step). Creating a trigger there may also need the SUPER
 * privilege while the binary log is on, which managed databases withhold.
 */
const TABLE = 'tenant_list_version';
/**
 * Rows the count is spread over: forty connections (four instances of ten) leave about three
 * pairs sharing one, where 64 rows leave about twelve. Measured with one instance of ten
 * connections, side by side against no count: status changes 7–13 % fewer per second with 64
 * rows, 4 % with 256 or 1,024 (what is left is the trigger's own update). Reading the sum of 256
 * rows costs a deep page about 0.05 ms.
 */
const STRIPES = 256;

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  await db.schema
    .createTable(TABLE)
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'bigint', (c) => c.notNull())
    .execute();
  await db
    .insertInto(TABLE)
    .values(Array.from({ length: STRIPES }, (_, id) => ({ id, version: 0 })))
    .execute();
  await sql
    .raw(
      `create function tenant_list_moved() returns trigger language plpgsql as $$
       begin
         update ${TABLE} set version = version + 1 where id = pg_backend_pid() % ${STRIPES};
         return null;
       end $$`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger tenants_list_moved_by_update after update of id, status, client_id on tenants
       for each row
       when (old.id is distinct from new.id or old.status is distinct from new.status
             or old.client_id is distinct from new.client_id)
       execute procedure tenant_list_moved()`,
    )
    .execute(db);
  for (const [name, event] of [
    ['tenants_list_moved_by_insert', 'insert'],
    ['tenants_list_moved_by_delete', 'delete'],
    ['tenants_list_moved_by_truncate', 'truncate'],
  ] as const)
    await sql
      .raw(`create trigger ${name} after ${event} on tenants for each statement execute procedure tenant_list_moved()`)
      .execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return;
  for (const trigger of [
    'tenants_list_moved_by_update',
    'tenants_list_moved_by_insert',
    'tenants_list_moved_by_delete',
    'tenants_list_moved_by_truncate',
  ])
    await sql.raw(`drop trigger if exists ${trigger} on tenants`).execute(db);
  await sql.raw('drop function if exists tenant_list_moved()').execute(db);
  await db.schema.dropTable(TABLE).ifExists().execute();
}
