import { z } from 'zod';
import { JOB_STATES, type JobRecord } from '../store/repositories/bulk-jobs.js';
import { BULK_ACTIONS, type BulkAction } from '../domain/job/bulk-request.js';
import { named } from './named.js';

/** A bulk job (POST portal/bulk, job/get, job/list, job/cancel). */
export const jobSchema = named(
  'Job',
  z.object({
    jobId: z.string(),
    state: z.enum(JOB_STATES),
    action: z.enum(BULK_ACTIONS),
    /** The portals the filter selected when the job was made. */
    total: z.number().int(),
    done: z.number().int(),
    failed: z.number().int(),
    created: z.string(),
    finished: z.string().nullable(),
  }),
);

/** A job as every answer shows it. */
export function presentJob(job: JobRecord): z.output<typeof jobSchema> {
  return {
    jobId: job.jobId,
    state: job.state,
    action: job.action as BulkAction,
    total: job.total,
    done: job.done,
    failed: job.failed,
    created: job.created.toISOString(),
    finished: job.finished === null ? null : job.finished.toISOString(),
  };
}
