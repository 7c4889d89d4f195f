import { sql, SqliteAdapter, type Kysely } from 'kysely';

/**
 * On SQLite, a counter that moves whenever a portal changes place in a list: its status, its API
 * client or its id changes, it is deleted, or it is inserted below a portal that exists already
 * (new portals are appended, and an append moves no one). Kept by triggers, so every writer of
 * the file bumps it: this server, another process, the sqlite3 shell. While it stands still, where
 * the n-th portal of a list lies can be remembered (store/repositories/tenant-positions.ts). Not
 * counted: a row replaced by `INSERT OR REPLACE`, whose implicit delete fires no trigger unless
 * the writer turned `recursive_triggers` on (the server never replaces tenant rows).
 *
 * PostgreSQL and MySQL get none here: one row updated by every status change of every instance
 * would make those changes wait for each other's commits. (PostgreSQL got a count spread over
 * rows in migration 017; MySQL counts from the start.)
 */
const TENANT_LIST_VERSION = 'tenant_list_version';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  await db.schema
    .createTable(TENANT_LIST_VERSION)
    .addColumn('id', 'integer', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  await db.insertInto(TENANT_LIST_VERSION).values({ id: 1, version: 0 }).execute();
  const bump = `update ${TENANT_LIST_VERSION} set version = version + 1 where id = 1;`;
  await sql
    .raw(
      `create trigger tenants_list_moved_by_update after update of id, status, client_id on tenants
       when old.id is not new.id or old.status is not new.status or old.client_id is not new.client_id
       begin ${bump} end`,
    )
    .execute(db);
  await sql.raw(`create trigger tenants_list_moved_by_delete after delete on tenants begin ${bump} end`).execute(db);
  // One step down the primary key per insert: an append (the usual case) bumps nothing.
  await sql
    .raw(
      `create trigger tenants_list_moved_by_insert after insert on tenants
       when new.id < (select max(id) from tenants)
       begin ${bump} end`,
    )
    .execute(db);
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  if (!(db.getExecutor().adapter instanceof SqliteAdapter)) return;
  for (const trigger of [
    'tenants_list_moved_by_update',
    'tenants_list_moved_by_delete',
    'tenants_list_moved_by_insert',
  ])
    await sql.raw(`drop trigger if exists ${trigger}`).execute(db);
  await db.schema.dropTable(TENANT_LIST_VERSION).ifExists().execute();
}
