import { readFileSync } from 'node:fs';
import type { HostedApi } from '@hosted-solution-api/client';
import type { Command } from 'commander';
import { connect, type GlobalOptions } from '../connection.js';
import type { CliContext } from '../context.js';
import { UsageError } from '../errors.js';
import { json, record } from '../output.js';

/** The Brand.* settings, by the option that sets each (the logo has its own: --logo, clear-logo). */
const BRAND_OPTIONS = [
  ['productName', '--product-name <name>', 'Brand.ProductName', 'the product name owners read'],
  ['color', '--color <#rrggbb>', 'Brand.PrimaryColor', 'the primary colour (at least 4.5:1 contrast with white)'],
  ['supportEmail', '--support-email <address>', 'Brand.SupportEmail', 'where owners ask for help'],
  ['supportUrl', '--support-url <https-url>', 'Brand.SupportUrl', 'your help pages (https)'],
  ['legalFooter', '--legal-footer <text>', 'Brand.LegalFooter', 'plain text under every page and mail'],
  ['mailFromName', '--mail-from-name <name>', 'Brand.MailFromName', "the mails' sender name"],
  ['mailFromAddress', '--mail-from-address <address>', 'Brand.MailFromAddress', "the mails' sender address"],
] as const;

const ALL_KEYS = [...BRAND_OPTIONS.map(([, , key]) => key), 'Brand.Logo'] as const;

/**
 * `hosted-api brand show|set|clear-logo`: the provider's brand through settings/get and
 * settings/save. `--client X` (the global option) names the client whose brand: signed with the
 * client's secret (--secret or HOSTED_API_SECRET) it is the client acting on its own brand;
 * without a secret the operator's machine key signs and X's brand is changed on its behalf.
 * Without --client: the operator's own brand (or, signed as a client through the environment,
 * that client's).
 */
export function brandCommands(program: Command, context: CliContext): void {
  const brand = program
    .command('brand')
    .description("the provider's brand: the operator's, or a client's with --client <id>");

  brand
    .command('show')
    .description("print a brand's settings as stored (unset ones fall back to the operator's, then the defaults)")
    .action(async (_options: unknown, self: Command) => {
      const { api, target, globals } = connection(self, context);
      const values: Record<string, string | null> = {};
      for (const key of ALL_KEYS) {
        const answer = await api.settings.get({ key, ...target });
        values[key] = answer.settings ?? null;
      }
      context.out(
        globals.json === true
          ? json({ clientId: target.clientId ?? null, settings: values })
          : record([
              ['brand of', target.clientId ?? 'the operator'],
              ...ALL_KEYS.map((key) => [key, values[key] ?? '(unset)'] as const),
            ]),
      );
    });

  let set = brand
    .command('set')
    .description("set some of a brand's fields (an empty value unsets one); the logo from a PNG, WebP or SVG file");
  for (const [, flags, key, description] of BRAND_OPTIONS) set = set.option(flags, `${description} (${key})`);
  set
    .option('--logo <file>', 'the logo: a PNG, WebP or SVG file of at most 256 KB (Brand.Logo)')
    .action(async (options: Record<string, string | undefined>, self: Command) => {
      const { api, target, globals } = connection(self, context);
      const changes: Array<[string, string]> = BRAND_OPTIONS.flatMap(([name, , key]) =>
        options[name] === undefined ? [] : [[key, options[name] as string] as [string, string]],
      );
      if (options.logo !== undefined) changes.push(['Brand.Logo', logoDataUrl(options.logo)]);
      if (changes.length === 0) throw new UsageError('nothing to set: give at least one option (see --help)');
      const saved: Record<string, string | null> = {};
      // One call per field: each is checked and audited on its own; a refusal stops before the next.
      for (const [key, value] of changes) {
        const answer = await api.settings.save({ key, value, ...target });
        saved[key] = answer.settings ?? null;
      }
      context.out(
        globals.json === true
          ? json({ clientId: target.clientId ?? null, settings: saved })
          : record(Object.entries(saved).map(([key, value]) => [key, value ?? '(unset)'] as const)),
      );
    });

  brand
    .command('clear-logo')
    .description("remove a brand's logo (its portals show the operator's logo, or none)")
    .action(async (_options: unknown, self: Command) => {
      const { api, target, globals } = connection(self, context);
      const answer = await api.settings.save({ key: 'Brand.Logo', value: '', ...target });
      context.out(globals.json === true ? json(answer) : 'logo removed\n');
    });
}

/** Who signs, and whose brand: see brandCommands. */
function connection(
  self: Command,
  context: CliContext,
): { api: HostedApi; target: { tenantId: number; clientId?: string }; globals: GlobalOptions } {
  const globals = self.optsWithGlobals<GlobalOptions>();
  const clientId = globals.client ?? nonEmpty(context.env.HOSTED_API_CLIENT);
  const hasSecret = globals.secret !== undefined || nonEmpty(context.env.HOSTED_API_SECRET) !== undefined;
  const signAs = hasSecret ? globals : { ...globals, client: undefined };
  const env = hasSecret ? context.env : { ...context.env, HOSTED_API_CLIENT: undefined };
  return {
    api: connect(signAs, env),
    target: { tenantId: -1, ...(clientId === undefined ? {} : { clientId }) },
    globals,
  };
}

/**
 * A logo file as the data URL settings/save takes, its type read from its first bytes (the
 * server checks them again, and refuses an unsafe SVG with the reason).
 */
function logoDataUrl(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
  }
  const type =
    bytes.subarray(0, 4).toString('latin1') === '\u0089PNG'
      ? 'image/png'
      : bytes.subarray(0, 4).toString('latin1') === 'RIFF' && bytes.subarray(8, 12).toString('latin1') === 'WEBP'
        ? 'image/webp'
        : 'image/svg+xml';
  return `data:${type};base64,${bytes.toString('base64')}`;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}
