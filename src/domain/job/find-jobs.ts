import { endJob, findJob, listJobs, type JobRecord } from '../../store/repositories/bulk-jobs.js';
import { visibleClientOf, type Actor, type ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { idCursor, pageOf, pageSize, refuseProblems, rowsFor, type Page } from '../paging.js';

export const DEFAULT_JOB_PAGE = 50;
export const MAX_JOB_PAGE = 500;

/** GET job/get: a job the caller may see (its own, or any for the operator), else jobNotFound. */
export async function getBulkJob(ctx: DomainContext, actor: Actor, jobId: string | undefined): Promise<JobRecord> {
  const id = jobId?.trim() ?? '';
  const job = id === '' || id.length > 40 ? undefined : await findJob(ctx.store.db, id);
  const client = visibleClientOf(actor);
  if (job === undefined || (client !== undefined && job.clientId !== client)) throw new DomainError('jobNotFound');
  return job;
}

/** GET job/list: the caller's jobs (every job for the operator), newest first, a page at a time. */
export async function listBulkJobs(
  ctx: DomainContext,
  actor: Actor,
  query: { readonly limit?: number | undefined; readonly after?: string | undefined },
): Promise<Page<JobRecord>> {
  const problems: string[] = [];
  const limit = pageSize(query.limit, { size: DEFAULT_JOB_PAGE, max: MAX_JOB_PAGE }, problems);
  const beforeId = idCursor(query.after, problems);
  refuseProblems(problems);
  const rows = await listJobs(ctx.store.db, { clientId: visibleClientOf(actor) }, { beforeId, limit: rowsFor(limit) });
  return pageOf(rows, limit, (last) => String(last.id));
}

/**
 * POST job/cancel: a queued or running job stops before its next portal (what is done stays
 * done). Cancelling an ended job changes nothing and answers it as it is.
 */
export async function cancelBulkJob(
  ctx: DomainContext,
  scope: ChangeScope,
  jobId: string | undefined,
): Promise<JobRecord> {
  const job = await getBulkJob(ctx, scope, jobId);
  return ctx.store.transaction(async (tx) => {
    if (await endJob(tx, job.id, 'cancelled', ctx.clock.now())) {
      await recordChange(ctx, tx, scope, {
        action: 'job.cancel',
        clientId: job.clientId,
        changes: { jobId: [null, job.jobId], state: [job.state, 'cancelled'] },
      });
    }
    const after = (await findJob(tx, job.jobId)) ?? job;
    await scope.beforeCommit?.(tx, after);
    return after;
  });
}
