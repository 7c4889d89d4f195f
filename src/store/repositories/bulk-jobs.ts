import { sql, type Compilable, type Selectable } from 'kysely';
import { supportsReturning } from '../dialects/features.js';
import { fromDbTime } from '../dialects/values.js';
import type { Db } from '../store.js';
import type { BulkJobsTable } from '../tables/index.js';
import { filterTenants, type TenantFilter } from './tenant-list.js';

/**
 * Bulk jobs: a change applied to many portals in the background. At creation the portals the
 * filter selects are written as the job's items (one INSERT … SELECT), so the job's set and its
 * total are fixed then; a runner claims the job with a lease (as the webhook sender claims a
 * delivery) and marks each item done or failed in the transaction of that portal's change, so a
 * job resumes where it stopped after a restart and counts every portal exactly once.
 */

/** Job states in their stored order (the number is the stored value). */
export const JOB_STATES = ['queued', 'running', 'done', 'cancelled', 'failed'] as const;
export type JobState = (typeof JOB_STATES)[number];

/** A stored job. */
export interface JobRecord {
  readonly id: number;
  readonly jobId: string;
  readonly action: string;
  /** JSON: what the action applies. */
  readonly params: string;
  /** JSON: the filter as given. */
  readonly filter: string;
  readonly actorType: string;
  readonly actorId: string | null;
  readonly actorIp: string | null;
  readonly clientId: string | null;
  readonly state: JobState;
  readonly total: number;
  readonly done: number;
  readonly failed: number;
  readonly created: Date;
  readonly finished: Date | null;
}

/** A job about to be stored (queued, no items counted yet). */
export type NewJob = Omit<JobRecord, 'id' | 'state' | 'total' | 'done' | 'failed' | 'finished'>;

const JOB_COLUMNS = [
  'id',
  'job_id',
  'action',
  'params',
  'filter',
  'actor_type',
  'actor_id',
  'actor_ip',
  'client_id',
  'state',
  'total',
  'done',
  'failed',
  'created_at',
  'finished_at',
] as const;

type JobRow = Pick<Selectable<BulkJobsTable>, (typeof JOB_COLUMNS)[number]>;

/** Stores a queued job; resolves to its row id. */
export async function insertJob(db: Db, job: NewJob): Promise<number> {
  const values = {
    job_id: job.jobId,
    action: job.action,
    params: job.params,
    filter: job.filter,
    actor_type: job.actorType,
    actor_id: job.actorId,
    actor_ip: job.actorIp,
    client_id: job.clientId,
    state: stateCode('queued'),
    total: 0,
    created_at: job.created,
  };
  // MySQL has no RETURNING; its driver reports the generated id instead.
  const insert = db.insertInto('bulk_jobs').values(values);
  const query = (supportsReturning(db) ? insert.returning('id') : insert) as Compilable<{ readonly id?: number }>;
  const result = await db.executeQuery(query.compile());
  const id = result.rows[0]?.id ?? result.insertId;
  if (id === undefined) throw new Error('the database reported no id for the new job');
  return Number(id);
}

/** Writes one item per portal `filter` selects now, and their count as the job's total; resolves to it. */
export async function insertJobItems(db: Db, id: number, filter: TenantFilter): Promise<number> {
  const result = await db
    .insertInto('bulk_job_items')
    .columns(['job_id', 'tenant_id'])
    .expression(filterTenants(db, filter).select([sql.lit(id).as('job_id'), 'tenants.id']))
    .executeTakeFirst();
  const total = Number(result.numInsertedOrUpdatedRows ?? 0);
  await db.updateTable('bulk_jobs').set({ total }).where('id', '=', id).execute();
  return total;
}

/** A job by the id callers see. */
export async function findJob(db: Db, jobId: string): Promise<JobRecord | undefined> {
  const row = await db.selectFrom('bulk_jobs').select(JOB_COLUMNS).where('job_id', '=', jobId).executeTakeFirst();
  return row && toJob(row);
}

/** Jobs newest first (of one client, when given), below `beforeId`, at most `limit`. */
export async function listJobs(
  db: Db,
  filter: { readonly clientId?: string | undefined },
  page: { readonly beforeId: number | undefined; readonly limit: number },
): Promise<JobRecord[]> {
  let query = db.selectFrom('bulk_jobs').select(JOB_COLUMNS);
  if (filter.clientId !== undefined) query = query.where('client_id', '=', filter.clientId);
  if (page.beforeId !== undefined) query = query.where('id', '<', page.beforeId);
  const rows = await query.orderBy('id', 'desc').limit(page.limit).execute();
  return rows.map(toJob);
}

/** Jobs not finished yet, oldest first. */
export async function listUnfinishedJobs(db: Db, limit: number): Promise<JobRecord[]> {
  const rows = await db
    .selectFrom('bulk_jobs')
    .select(JOB_COLUMNS)
    .where('state', 'in', [stateCode('queued'), stateCode('running')])
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toJob);
}

/**
 * Claims one unfinished job whose lease is free or lapsed, for `leaseId` until `leaseUntil`: a
 * conditional update, so of instances racing for a job exactly one gets it. It is `running` from
 * then on.
 */
export async function claimJob(
  db: Db,
  options: { readonly now: Date; readonly leaseUntil: Date; readonly leaseId: string },
): Promise<JobRecord | undefined> {
  const { now, leaseUntil, leaseId } = options;
  const candidates = await db
    .selectFrom('bulk_jobs')
    .select('id')
    .where('state', 'in', [stateCode('queued'), stateCode('running')])
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .orderBy('id')
    .limit(5)
    .execute();
  for (const candidate of candidates) {
    const result = await db
      .updateTable('bulk_jobs')
      .set({ state: stateCode('running'), lease_id: leaseId, locked_until: leaseUntil })
      .where('id', '=', candidate.id)
      .where('state', 'in', [stateCode('queued'), stateCode('running')])
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue;
    const row = await db.selectFrom('bulk_jobs').select(JOB_COLUMNS).where('id', '=', candidate.id).executeTakeFirst();
    if (row !== undefined) return toJob(row);
  }
  return undefined;
}

/** Extends a held lease; false when it was lost (lapsed and taken) or the job is no longer running. */
export async function renewJobLease(db: Db, id: number, leaseId: string, until: Date): Promise<boolean> {
  const result = await db
    .updateTable('bulk_jobs')
    .set({ locked_until: until })
    .where('id', '=', id)
    .where('lease_id', '=', leaseId)
    .where('state', '=', stateCode('running'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Gives a held lease back (a stopping instance), so another instance may go on at once. */
export async function releaseJob(db: Db, id: number, leaseId: string): Promise<void> {
  await db
    .updateTable('bulk_jobs')
    .set({ lease_id: null, locked_until: null })
    .where('id', '=', id)
    .where('lease_id', '=', leaseId)
    .execute();
}

/** The next pending items' portal ids, in id order. */
export async function pendingItems(db: Db, id: number, limit: number): Promise<number[]> {
  const rows = await db
    .selectFrom('bulk_job_items')
    .select('tenant_id')
    .where('job_id', '=', id)
    .where('state', '=', 0)
    .orderBy('tenant_id')
    .limit(limit)
    .execute();
  return rows.map((r) => Number(r.tenant_id));
}

/**
 * Marks a pending item done or failed and counts it on its job, while `leaseId` holds the running
 * job; false (nothing written) when the item is not pending any more or the job was cancelled or
 * taken over — the caller's transaction must then roll back.
 */
export async function markItem(
  db: Db,
  item: { readonly id: number; readonly tenantId: number; readonly leaseId: string },
  outcome: { readonly failed: false } | { readonly failed: true; readonly error: string },
): Promise<boolean> {
  const job = await db
    .updateTable('bulk_jobs')
    .set(outcome.failed ? { failed: sql<number>`failed + 1` } : { done: sql<number>`done + 1` })
    .where('id', '=', item.id)
    .where('lease_id', '=', item.leaseId)
    .where('state', '=', stateCode('running'))
    .executeTakeFirst();
  if (Number(job.numUpdatedRows) !== 1) return false;
  const marked = await db
    .updateTable('bulk_job_items')
    .set({ state: outcome.failed ? 2 : 1, error: outcome.failed ? outcome.error.slice(0, 64) : null })
    .where('job_id', '=', item.id)
    .where('tenant_id', '=', item.tenantId)
    .where('state', '=', 0)
    .executeTakeFirst();
  return Number(marked.numUpdatedRows) === 1;
}

/** Ends a running job held by `leaseId` as done or failed; false when it was cancelled or taken over. */
export async function finishJob(
  db: Db,
  id: number,
  leaseId: string,
  state: 'done' | 'failed',
  at: Date,
): Promise<boolean> {
  const result = await db
    .updateTable('bulk_jobs')
    .set({ state: stateCode(state), finished_at: at, lease_id: null, locked_until: null })
    .where('id', '=', id)
    .where('lease_id', '=', leaseId)
    .where('state', '=', stateCode('running'))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Ends a job with `state` whatever holds it (no items: done at once; cancelled); false when it had ended. */
export async function endJob(db: Db, id: number, state: 'done' | 'cancelled', at: Date): Promise<boolean> {
  const result = await db
    .updateTable('bulk_jobs')
    .set({ state: stateCode(state), finished_at: at })
    .where('id', '=', id)
    .where('state', 'in', [stateCode('queued'), stateCode('running')])
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes jobs that ended before `before`, with their items; resolves to how many jobs went. */
export async function purgeEndedJobs(db: Db, before: Date, limit: number): Promise<number> {
  const ids = (
    await db.selectFrom('bulk_jobs').select('id').where('finished_at', '<', before).orderBy('id').limit(limit).execute()
  ).map((r) => Number(r.id));
  if (ids.length === 0) return 0;
  await db.deleteFrom('bulk_job_items').where('job_id', 'in', ids).execute();
  await db.deleteFrom('bulk_jobs').where('id', 'in', ids).execute();
  return ids.length;
}

function stateCode(state: JobState): number {
  return JOB_STATES.indexOf(state);
}

function toJob(row: JobRow): JobRecord {
  return {
    id: Number(row.id),
    jobId: row.job_id,
    action: row.action,
    params: row.params,
    filter: row.filter,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorIp: row.actor_ip,
    clientId: row.client_id,
    state: JOB_STATES[Number(row.state)] ?? 'failed',
    total: Number(row.total),
    done: Number(row.done),
    failed: Number(row.failed),
    created: fromDbTime(row.created_at),
    finished: row.finished_at === null ? null : fromDbTime(row.finished_at),
  };
}
