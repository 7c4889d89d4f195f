import { createRequire } from 'node:module';
import { HostedApiError } from '@hosted-solution-api/client';
import { Command, CommanderError } from 'commander';
import { adminCommands } from './commands/admin.js';
import { auditCommands } from './commands/audit.js';
import { brandCommands } from './commands/brand.js';
import { clientCommands } from './commands/client.js';
import { jobCommands } from './commands/job.js';
import { lifecycleCommands } from './commands/lifecycle.js';
import { portalCommands } from './commands/portal.js';
import { previewCommands } from './commands/preview.js';
import { serveCommand } from './commands/serve.js';
import { settingsCommands } from './commands/settings.js';
import { tariffCommands } from './commands/tariff.js';
import { tokenCommand } from './commands/token.js';
import { webhookCommands } from './commands/webhook.js';
import { DEFAULT_URL } from './connection.js';
import type { CliContext } from './context.js';
import { AdminError, UsageError } from './errors.js';

/** The version printed by --version: the server's (package.json, two folders up from src/cli and dist/cli). */
const VERSION = (createRequire(import.meta.url)('../../package.json') as { version: string }).version;

const ENVIRONMENT = `
Environment:
  HOSTED_API_URL        the server (default ${DEFAULT_URL}); --url wins
  MACHINE_KEY           sign as the operator with this key (the first of a comma list); --key wins
  DATA_DIR              else the key file the server generated: DATA_DIR/machine.key (default ./data)
  HOSTED_API_CLIENT     sign as this API client instead …
  HOSTED_API_SECRET     … with this secret; --client and --secret win

Exit codes: 0 success, 1 the API answered an error (printed as "error: <code>: <message>"),
2 the command was used wrongly.`;

/** The `hosted-api` command line: every command, global options and help. */
export function buildProgram(context: CliContext): Command {
  const program = new Command('hosted-api')
    .description('Run and script the Hosted Solution API server: the API from the shell, signed for you.')
    .version(VERSION)
    .option('--url <url>', `the server (env HOSTED_API_URL, default ${DEFAULT_URL})`)
    .option('--key <key>', 'the machine key (env MACHINE_KEY, else DATA_DIR/machine.key)')
    .option('--client <id>', 'sign as this API client (env HOSTED_API_CLIENT) …')
    .option('--secret <secret>', '… with its secret (env HOSTED_API_SECRET)')
    .option('--json', 'print the raw JSON answer instead of a table')
    .addHelpText('after', ENVIRONMENT)
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({ writeOut: context.out, writeErr: context.err })
    .exitOverride();

  serveCommand(program, context);
  tokenCommand(program, context);
  portalCommands(program, context);
  jobCommands(program, context);
  lifecycleCommands(program, context);
  tariffCommands(program, context);
  settingsCommands(program, context);
  brandCommands(program, context);
  clientCommands(program, context);
  webhookCommands(program, context);
  auditCommands(program, context);
  adminCommands(program, context);
  previewCommands(program, context);
  return program;
}

/** Runs one command line (without the node and script arguments); resolves to the exit code. */
export async function runCli(argv: readonly string[], context: Omit<CliContext, 'status'>): Promise<number> {
  const full: CliContext = { ...context, status: { code: 0 } };
  try {
    await buildProgram(full).parseAsync([...argv], { from: 'user' });
    return full.status.code;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander printed the help, the version or the usage problem already.
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' ? 0 : 2;
    }
    if (error instanceof UsageError) {
      context.err(`error: ${error.message}\n`);
      return 2;
    }
    if (error instanceof HostedApiError) {
      context.err(`error: ${error.code}: ${error.message}\n`);
      return 1;
    }
    if (error instanceof AdminError) {
      context.err(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
