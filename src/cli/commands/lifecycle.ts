import type { Command } from 'commander';
import { apiAction, wholeNumber, type CliContext } from '../context.js';
import { upcomingTable } from './views.js';

/** `hosted-api lifecycle upcoming`: what the lifecycle policy will do. */
export function lifecycleCommands(program: Command, context: CliContext): void {
  const lifecycle = program
    .command('lifecycle')
    .description('what the server does by itself about due dates, non-payment and removals');

  apiAction(
    context,
    lifecycle
      .command('upcoming')
      .description('reminders, suspensions and removals due in the next days, earliest first')
      .option('--days <n>', 'how far ahead (1–366, default 30)', wholeNumber),
    async ({ options, api }) => {
      const answer = await api().lifecycle.upcoming(options.days === undefined ? {} : { days: options.days as number });
      const note = answer.truncated ? '(the earliest 1000 are listed)\n' : '';
      return { answer, text: `${upcomingTable(answer.upcoming)}${note}` };
    },
  );
}
