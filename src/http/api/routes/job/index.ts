import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { cancelBulkJob, getBulkJob, listBulkJobs } from '../../../../domain/job/find-jobs.js';
import { jobSchema, presentJob } from '../../../../wire/job.js';
import { actorOf } from '../../actor.js';
import { answerChange } from '../../idempotency.js';
import { integer, text } from '../../params.js';
import { alwaysSigned, endpoint } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';

const tag = 'job';
const jobInput = z.object({ jobId: text() });
const listInput = z.object({ limit: integer(), after: text() });
const jobResponse = z.object({ job: jobSchema });
const listResponse = z.object({ jobs: z.array(jobSchema), next: z.string().nullable() });

/** job/get, job/list, job/cancel: bulk jobs (made by portal/bulk); a client sees its own. */
export function jobRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.get(
    '/job/get',
    ...endpoint(
      {
        tag,
        summary: 'A bulk job and its progress',
        access: alwaysSigned('portals:read'),
        input: jobInput,
        responses: { 200: jobResponse },
      },
      async ({ jobId }, request) => ({ job: presentJob(await getBulkJob(ctx, actorOf(request), jobId)) }),
    ),
  );

  app.get(
    '/job/list',
    ...endpoint(
      {
        tag,
        summary: 'Bulk jobs, newest first, a page at a time',
        access: alwaysSigned('portals:read'),
        input: listInput,
        responses: { 200: listResponse },
      },
      async (input, request) => {
        const page = await listBulkJobs(ctx, actorOf(request), input);
        return { jobs: page.items.map(presentJob), next: page.next };
      },
    ),
  );

  app.post(
    '/job/cancel',
    ...endpoint(
      {
        tag,
        summary: 'Cancel a bulk job before its next portal (what is done stays done)',
        access: alwaysSigned('portals:write'),
        input: jobInput,
        responses: { 200: jobResponse },
      },
      async ({ jobId }, request, reply) =>
        answerChange(
          request,
          reply,
          200,
          (scope) => cancelBulkJob(ctx, scope, jobId),
          (job) => ({ job: presentJob(job) }),
        ),
    ),
  );
}
