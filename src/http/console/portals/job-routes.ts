import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { DomainError } from '../../../domain/errors.js';
import { cancelBulkJob, getBulkJob } from '../../../domain/job/find-jobs.js';
import { presentJob } from '../../../wire/job.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { jobPage } from './job-view.js';

/** /console/jobs/:jobId: a bulk job's progress, and cancelling it. */
export function jobPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;
  const idOf = (request: FastifyRequest) => (request.params as { jobId?: string }).jobId ?? '';
  const notFound = (request: FastifyRequest, reply: FastifyReply) =>
    deps.notFound(request, reply, 'Bulk job', { href: consolePaths.portals, label: 'Back to the portals' });

  app.get('/jobs/:jobId', async (request, reply) => {
    let job;
    try {
      job = await getBulkJob(ctx, deps.actor(request), idOf(request));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'jobNotFound') return notFound(request, reply);
      throw error;
    }
    return deps.send(
      reply,
      200,
      jobPage({
        chrome: deps.chrome(request, 'portals', noticeOf(request)),
        job: presentJob(job),
        selfHref: consolePaths.job(job.jobId),
        cancelAction: consolePaths.jobCancel(job.jobId),
        listHref: consolePaths.portals,
      }),
    );
  });

  app.post('/jobs/:jobId/cancel', async (request, reply) => {
    try {
      const job = await cancelBulkJob(ctx, deps.scope(request), idOf(request));
      return reply.redirect(withQuery(consolePaths.job(job.jobId), { notice: 'job-cancelled' }), 303);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'jobNotFound') return notFound(request, reply);
      throw error;
    }
  });
}
