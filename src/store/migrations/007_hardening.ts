import { MysqlAdapter, type Kysely } from 'kysely';

/**
 * The audit log's filters, each led by an index ending in id (so a page reads at most a bounded
 * window of one index, whatever the filters): actor type alone, actor id alone, and actor type
 * with action ("what did the system do to statuses"). The index on `at` goes: time bounds are
 * found by a short search over ids (the log is written in time order), and the purge reads the
 * oldest ids. Webhook endpoints remember who disabled them, so a client cannot lift an operator's
 * disable.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  await dropIndex(db, 'audit_log_actor');
  await dropIndex(db, 'audit_log_at');
  await db.schema.createIndex('audit_log_actor_type').on('audit_log').columns(['actor_type', 'id']).execute();
  await db.schema.createIndex('audit_log_actor_id').on('audit_log').columns(['actor_id', 'id']).execute();
  await db.schema
    .createIndex('audit_log_actor_type_action')
    .on('audit_log')
    .columns(['actor_type', 'action', 'id'])
    .execute();
  // 'operator', 'client' or 'system' (the sender, after persistent failure or 410 Gone); null while enabled.
  await db.schema.alterTable('webhook_endpoints').addColumn('disabled_by', 'varchar(16)').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('webhook_endpoints').dropColumn('disabled_by').execute();
  await dropIndex(db, 'audit_log_actor_type_action');
  await dropIndex(db, 'audit_log_actor_id');
  await dropIndex(db, 'audit_log_actor_type');
  await db.schema.createIndex('audit_log_at').on('audit_log').column('at').execute();
  await db.schema.createIndex('audit_log_actor').on('audit_log').columns(['actor_type', 'actor_id', 'id']).execute();
}

/** DROP INDEX names its table on MySQL only (SQLite and PostgreSQL refuse the ON clause). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
async function dropIndex(db: Kysely<any>, name: string): Promise<void> {
  const drop = db.schema.dropIndex(name);
  await (db.getExecutor().adapter instanceof MysqlAdapter ? drop.on('audit_log') : drop).execute();
}
