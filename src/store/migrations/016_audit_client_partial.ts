import { MysqlAdapter, sql, type Kysely } from 'kysely';

/**
 * The audit log's index by API client holds only the records a client's call wrote. Most records
 * are the operator's or the system's (no client), and each wrote an entry for its empty client:
 * one more b-tree per registration and per status change. Every query of it names a client
 * (`client_id = ?`, which implies "is not null"). Partial where the database has partial indexes
 * (SQLite, PostgreSQL); MySQL and MariaDB keep the full one.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof MysqlAdapter) return;
  await db.schema.dropIndex('audit_log_client').execute();
  await db.schema
    .createIndex('audit_log_client')
    .on('audit_log')
    .columns(['client_id', 'id'])
    .where(sql.ref('client_id'), 'is not', null)
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof MysqlAdapter) return;
  await db.schema.dropIndex('audit_log_client').execute();
  await db.schema.createIndex('audit_log_client').on('audit_log').columns(['client_id', 'id']).execute();
}
