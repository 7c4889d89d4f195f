import type { Command } from 'commander';
import { CATALOGS } from '../../i18n/index.js';
import { PAGE_KINDS } from '../../http/pages/page-previews.js';
import { MAIL_KINDS } from '../../mail/render/owner-mails.js';
import type { CliContext } from '../context.js';

/**
 * `hosted-api preview mail <kind>` and `preview page <kind>`: an owner's mail or page with sample
 * data, in a language and a brand, from the database with the server's configuration. `--client`
 * (the global option) names the API client whose brand to show.
 */
/** The languages a preview can be asked in. */
const PREVIEW_LANGUAGES: readonly string[] = [...CATALOGS.keys()];

export function previewCommands(program: Command, context: CliContext): void {
  const preview = program
    .command('preview')
    .description("an owner's mail or page with sample data, in a language and brand (nothing is sent)");
  const languages = `the language (${PREVIEW_LANGUAGES.join(', ')}; default en)`;

  preview
    .command('mail <kind>')
    .description(`a mail: headers and the text part (${MAIL_KINDS.join(', ')}); --client X for that client's brand`)
    .option('--language <tag>', languages)
    .option('--html', 'print the HTML part instead')
    .action(async (kind: string, options: { language?: string; html?: boolean }, self: Command) => {
      const clientId = self.optsWithGlobals<{ client?: string }>().client;
      // Loaded when a preview runs (it opens the server's domain), not for every command.
      const { formatMailPreview, previewMailCommand } = await import('../preview-commands.js');
      const mail = await previewMailCommand(kind, { language: options.language, clientId, env: context.env });
      context.out(formatMailPreview(mail, options.html === true ? 'html' : 'text'));
    });

  preview
    .command('page <kind>')
    .description(`a page's HTML (${PAGE_KINDS.join(', ')}); --client X for that client's brand`)
    .option('--language <tag>', languages)
    .action(async (kind: string, options: { language?: string }, self: Command) => {
      const clientId = self.optsWithGlobals<{ client?: string }>().client;
      const { previewPageCommand } = await import('../preview-commands.js');
      context.out(await previewPageCommand(kind, { language: options.language, clientId, env: context.env }));
    });
}
