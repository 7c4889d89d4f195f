import { randomBytes } from 'node:crypto';
import { endJob, findJob, insertJob, insertJobItems, type JobRecord } from '../../store/repositories/bulk-jobs.js';
import { auditActorOf, visibleClientOf, type ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { refuseProblems } from '../paging.js';
import { checkBulkRequest, type BulkRequest } from './bulk-request.js';

/**
 * POST portal/bulk: a change for every portal a filter selects, carried out in the background
 * (src/bulk-job-runner.ts). The portals are fixed now — the job's items, written with the job in
 * one transaction, their number its total — so portals registered later are not touched and the
 * counts add up. Each portal is then changed in its own transaction by the same use case the
 * single call runs, audited and evented as that call would be, under the caller who made the
 * job (its records carry the job's id as their request id). A job with no portals is done at once.
 */
export async function createBulkJob(ctx: DomainContext, scope: ChangeScope, request: BulkRequest): Promise<JobRecord> {
  const problems: string[] = [];
  const now = ctx.clock.now();
  const checked = checkBulkRequest(request, scope, ctx.options.tariff.plans, now, problems);
  refuseProblems(problems);
  if (checked === undefined) throw new Error('a bulk request passed its checks without an action');
  const who = auditActorOf(scope);
  const clientId = visibleClientOf(scope) ?? null;
  const jobId = `job_${randomBytes(12).toString('hex')}`;
  return ctx.store.transaction(async (tx) => {
    const id = await insertJob(tx, {
      jobId,
      action: checked.action,
      params: JSON.stringify(checked.params),
      filter: JSON.stringify(request.filter ?? {}),
      actorType: who.type,
      actorId: who.id,
      actorIp: scope.ip,
      clientId,
      created: now,
    });
    const total = checked.filter === undefined ? 0 : await insertJobItems(tx, id, checked.filter);
    if (total === 0) await endJob(tx, id, 'done', now);
    const job = await findJob(tx, jobId);
    if (job === undefined) throw new Error(`job ${jobId} vanished inside its transaction`);
    await recordChange(ctx, tx, scope, {
      action: 'job.create',
      clientId,
      changes: { jobId: [null, jobId], action: [null, checked.action], total: [null, total] },
    });
    await scope.beforeCommit?.(tx, job);
    return job;
  });
}
