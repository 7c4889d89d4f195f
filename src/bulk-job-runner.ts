import { randomUUID } from 'node:crypto';
import type { BaseLogger } from 'pino';
import type { DomainContext } from './domain/context.js';
import { runBulkJobs } from './domain/job/run-bulk-jobs.js';
import { pollLoop, type PollLoop } from './poll-loop.js';

/** How often an idle instance looks for bulk jobs (tests look faster). */
export interface BulkJobTiming {
  readonly pollIntervalMs: number;
}

export const DEFAULT_BULK_JOB_TIMING: BulkJobTiming = { pollIntervalMs: 1000 };

/**
 * Bulk jobs (POST portal/bulk) as the process runs them: a poll that claims a waiting job and
 * works on it until it is done; on stop, the job is given back before its next portal, so another
 * instance (or this one after a restart) goes on from there.
 */
export function startBulkJobs(ctx: DomainContext, logger: BaseLogger, timing: Partial<BulkJobTiming> = {}): PollLoop {
  const holder = randomUUID();
  let stopping = false;
  const loop = pollLoop({
    intervalMs: timing.pollIntervalMs ?? DEFAULT_BULK_JOB_TIMING.pollIntervalMs,
    run: () => runBulkJobs(ctx, holder, { stopping: () => stopping }),
    onError: (error) => logger.error({ err: error, task: 'bulk jobs' }, 'a bulk job run failed; will retry'),
  });
  loop.start();
  return {
    ...loop,
    stop: async () => {
      stopping = true;
      await loop.stop();
    },
  };
}
