import type { Command } from 'commander';
import { apiAction, wholeNumber, type CliContext } from '../context.js';
import { jobsTable, jobText } from './views.js';

/** `hosted-api job get|list|cancel`: bulk jobs (made by `portal bulk`). */
export function jobCommands(program: Command, context: CliContext): void {
  const job = program.command('job').description('follow and cancel bulk jobs (made by portal bulk)');

  apiAction(
    context,
    job.command('get').description("a bulk job's progress").argument('<jobId>'),
    async ({ args, api }) => {
      const answer = await api().job.get({ jobId: args[0] });
      return { answer, text: jobText(answer.job) };
    },
  );

  apiAction(
    context,
    job
      .command('list')
      .description('bulk jobs, newest first')
      .option('--limit <n>', 'at most this many (default 50)', wholeNumber),
    async ({ options, api }) => {
      const answer = await api().job.list(options.limit === undefined ? {} : { limit: options.limit as number });
      return { answer, text: jobsTable(answer.jobs) };
    },
  );

  apiAction(
    context,
    job
      .command('cancel')
      .description('stop a bulk job before its next portal (what is done stays done)')
      .argument('<jobId>'),
    async ({ args, api }) => {
      const answer = await api().job.cancel({ jobId: args[0] });
      return { answer, text: jobText(answer.job) };
    },
  );
}
