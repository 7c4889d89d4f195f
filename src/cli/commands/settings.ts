import type { Command } from 'commander';
import { apiAction, wholeNumber, type CliContext } from '../context.js';
import { UsageError } from '../errors.js';

/** `hosted-api settings get|set`: one portal's settings, or the global ones (--global). */
export function settingsCommands(program: Command, context: CliContext): void {
  const settings = program
    .command('settings')
    .description("read or write a portal's setting, or a global one (--global)");

  const where = (options: Readonly<Record<string, unknown>>): { portalName?: string; tenantId?: number } => {
    const choices = [options.portal !== undefined, options.tenantId !== undefined, options.global === true].filter(
      Boolean,
    ).length;
    if (choices !== 1) throw new UsageError('say whose setting: --portal <name>, --tenant-id <id> or --global');
    if (options.global === true) return { tenantId: -1 };
    if (options.tenantId !== undefined) return { tenantId: options.tenantId as number };
    return { portalName: options.portal as string };
  };

  apiAction(
    context,
    settings
      .command('get')
      .description('print a setting (nothing when it is unset)')
      .argument('<key>', 'the setting, e.g. BaseDomain')
      .option('--portal <name>', "a portal's setting")
      .option('--tenant-id <id>', "a portal's setting, by portal id", wholeNumber)
      .option('--global', 'a global setting (operator only)'),
    async ({ args, options, api }) => {
      const answer = await api().settings.get({ key: args[0], ...where(options) });
      return { answer, text: answer.settings === undefined ? '' : `${answer.settings}\n` };
    },
  );

  apiAction(
    context,
    settings
      .command('set')
      .description('write a setting (POST settings/save)')
      .argument('<key>', 'the setting, e.g. BaseDomain')
      .argument('<value>', 'its new value')
      .option('--portal <name>', "a portal's setting")
      .option('--tenant-id <id>', "a portal's setting, by portal id", wholeNumber)
      .option('--global', 'a global setting (operator only)'),
    async ({ args, options, api }) => {
      const answer = await api().settings.save({ key: args[0], value: args[1], ...where(options) });
      return { answer, text: `${answer.settings ?? ''}\n` };
    },
  );
}
