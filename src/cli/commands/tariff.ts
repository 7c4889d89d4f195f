import type { Command } from 'commander';
import { apiAction, given, portalRef, wholeNumber, type CliContext } from '../context.js';
import { tariffText } from './views.js';

/** `hosted-api tariff get|set`. */
export function tariffCommands(program: Command, context: CliContext): void {
  const tariff = program.command('tariff').description("read or change a portal's tariff");

  apiAction(
    context,
    tariff
      .command('get')
      .description("a portal's tariff and reported usage")
      .argument('[portal]', 'the portal name or domain')
      .option('--tenant-id <id>', 'the portal by id instead', wholeNumber),
    async ({ args, options, api }) => {
      const answer = await api().tariff.get(portalRef(args[0], options));
      return { answer, text: tariffText(answer.tenant.portalName, answer.tariff, answer.usage) };
    },
  );

  apiAction(
    context,
    tariff
      .command('set')
      .description('change a tariff: only the fields given change (a plan first, then the fields)')
      .argument('[portal]', 'the portal name or domain')
      .option('--tenant-id <id>', 'the portal by id instead', wholeNumber)
      .option('--plan <name>', 'apply a plan (see GET tariff/all)')
      .option('--active-users <n>', 'users allowed', wholeNumber)
      .option('--max-file-size <bytes>', 'largest file, in bytes', wholeNumber)
      .option('--max-total-size <bytes>', 'storage, in bytes', wholeNumber)
      .option('--features <text>', 'free text your provider gives meaning to')
      .option('--due-date <date>', 'an ISO date or date-time, or null for none'),
    async ({ args, options, api }) => {
      const change = given(options, ['plan', 'activeUsers', 'maxFileSize', 'maxTotalSize', 'features', 'dueDate']);
      const answer = await api().tariff.set({ ...portalRef(args[0], options), ...change });
      return { answer, text: tariffText(answer.tenant.portalName, answer.tariff, answer.usage) };
    },
  );
}
