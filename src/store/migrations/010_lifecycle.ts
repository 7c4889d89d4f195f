import { MysqlAdapter, type Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/**
 * The portal lifecycle the server carries out itself: a portal's scheduled removal, its
 * protection against removal, whether the policy suspended it for non-payment (and since when),
 * the status it had before removal (a restore brings it back); the usage thresholds a portal's
 * reports have crossed; one record per automatic action that must happen once (a reminder per
 * portal, due date and days before; a suspension per portal and due date), decided by the
 * primary key; the lease of the periodic policy run; and bulk jobs with one row per portal they
 * touch, so a job resumes where it stopped and counts exactly.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);

  await db.schema.alterTable('tenants').addColumn('removal_scheduled_at', t.timestamp).execute();
  await db.schema
    .alterTable('tenants')
    .addColumn('protected', 'smallint', (c) => c.notNull().defaultTo(0))
    .execute();
  // Set only by the policy's suspension for non-payment; any other status change clears it.
  await db.schema.alterTable('tenants').addColumn('policy_suspended_at', t.timestamp).execute();
  // The status a removed portal had (0 Active, 1 Suspended): what a restore gives back.
  await db.schema.alterTable('tenants').addColumn('removed_from_status', 'smallint').execute();
  await db.schema
    .createIndex('tenants_removal_scheduled')
    .on('tenants')
    .columns(['removal_scheduled_at', 'id'])
    .execute();
  await db.schema
    .createIndex('tenants_policy_suspended')
    .on('tenants')
    .columns(['policy_suspended_at', 'id'])
    .execute();

  // The highest usage threshold (percent) a portal's storage and users have crossed and not
  // fallen back from; near_quota is 1 while either is set (kept by the same statement).
  for (const column of ['storage_alert', 'users_alert', 'near_quota']) {
    await db.schema
      .alterTable('tariffs')
      .addColumn(column, 'smallint', (c) => c.notNull().defaultTo(0))
      .execute();
  }
  await db.schema.createIndex('tariffs_near_quota').on('tariffs').columns(['near_quota', 'tenant_id']).execute();

  await db.schema
    .createTable('lifecycle_actions')
    .addColumn('tenant_id', 'integer', (c) => c.notNull())
    // The rule that acted: 'due-reminder', 'suspend-not-paid'.
    .addColumn('rule', 'varchar(32)', (c) => c.notNull())
    .addColumn('due_date', t.timestamp, (c) => c.notNull())
    // For reminders, how many days before the due date; 0 for the other rules.
    .addColumn('days_before', 'integer', (c) => c.notNull())
    .addColumn('done_at', t.timestamp, (c) => c.notNull())
    .addPrimaryKeyConstraint('lifecycle_actions_pk', ['tenant_id', 'rule', 'due_date', 'days_before'])
    .execute();

  await db.schema
    .createTable('task_leases')
    .addColumn('name', 'varchar(64)', (c) => c.primaryKey())
    .addColumn('holder', 'varchar(40)')
    .addColumn('locked_until', t.timestamp)
    .execute();
  await db.insertInto('task_leases').values({ name: 'lifecycle-policy', holder: null, locked_until: null }).execute();

  await db.schema
    .createTable('bulk_jobs')
    .addColumn('id', t.serial, (c) => c.primaryKey().autoIncrement())
    // The id callers see (job/get?jobId=).
    .addColumn('job_id', 'varchar(40)', (c) => c.notNull())
    .addColumn('action', 'varchar(16)', (c) => c.notNull())
    // JSON: the reason, the plan and tariff fields the action applies; the filter as given.
    .addColumn('params', t.text, (c) => c.notNull())
    .addColumn('filter', t.text, (c) => c.notNull())
    // Who created the job: its changes are made, audited and evented as that caller.
    .addColumn('actor_type', 'varchar(16)', (c) => c.notNull())
    .addColumn('actor_id', 'varchar(255)')
    .addColumn('actor_ip', 'varchar(64)')
    // The client whose job it is (it sees it and only its portals are in it); NULL: the operator's.
    .addColumn('client_id', 'varchar(63)')
    // 0 queued, 1 running, 2 done, 3 cancelled, 4 failed.
    .addColumn('state', 'smallint', (c) => c.notNull())
    .addColumn('total', 'integer', (c) => c.notNull())
    .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .addColumn('finished_at', t.timestamp)
    // The instance working on it, until when (a crashed runner's job is taken over after).
    .addColumn('lease_id', 'varchar(40)')
    .addColumn('locked_until', t.timestamp)
    .execute();
  await db.schema.createIndex('bulk_jobs_job_id').on('bulk_jobs').column('job_id').unique().execute();
  await db.schema.createIndex('bulk_jobs_state').on('bulk_jobs').columns(['state', 'id']).execute();
  await db.schema.createIndex('bulk_jobs_client').on('bulk_jobs').columns(['client_id', 'id']).execute();

  await db.schema
    .createTable('bulk_job_items')
    .addColumn('job_id', 'integer', (c) => c.notNull())
    .addColumn('tenant_id', 'integer', (c) => c.notNull())
    // 0 pending, 1 done, 2 failed.
    .addColumn('state', 'smallint', (c) => c.notNull().defaultTo(0))
    // The error code of a failed item.
    .addColumn('error', 'varchar(64)')
    .addPrimaryKeyConstraint('bulk_job_items_pk', ['job_id', 'tenant_id'])
    .execute();
  await db.schema
    .createIndex('bulk_job_items_pending')
    .on('bulk_job_items')
    .columns(['job_id', 'state', 'tenant_id'])
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['bulk_job_items', 'bulk_jobs', 'task_leases', 'lifecycle_actions']) {
    await db.schema.dropTable(table).ifExists().execute();
  }
  await dropIndex(db, 'tariffs_near_quota', 'tariffs');
  for (const column of ['near_quota', 'users_alert', 'storage_alert']) {
    await db.schema.alterTable('tariffs').dropColumn(column).execute();
  }
  await dropIndex(db, 'tenants_policy_suspended', 'tenants');
  await dropIndex(db, 'tenants_removal_scheduled', 'tenants');
  for (const column of ['removed_from_status', 'policy_suspended_at', 'protected', 'removal_scheduled_at']) {
    await db.schema.alterTable('tenants').dropColumn(column).execute();
  }
}

/** DROP INDEX names its table on MySQL only (SQLite and PostgreSQL refuse the ON clause). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
async function dropIndex(db: Kysely<any>, name: string, table: string): Promise<void> {
  const drop = db.schema.dropIndex(name).ifExists();
  await (db.getExecutor().adapter instanceof MysqlAdapter ? drop.on(table) : drop).execute();
}
