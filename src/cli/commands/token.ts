import { ascToken } from '@hosted-solution-api/client';
import type { Command } from 'commander';
import { credentials, type GlobalOptions } from '../connection.js';
import type { CliContext } from '../context.js';
import { json } from '../output.js';

/** `hosted-api token`: prints an Authorization header value for now (valid a few minutes). */
export function tokenCommand(program: Command, context: CliContext): void {
  program
    .command('token')
    .description(
      'print an ASC token for the Authorization header, signed now (as the operator, or with --client/--secret as that client)',
    )
    .option('--pkey <name>', "the operator token's name, recorded in the audit log", 'hosted-api-cli')
    .addHelpText(
      'after',
      '\nExample:\n  curl -H "Authorization: $(npx hosted-api token)" http://127.0.0.1:8092/api/portal/get\n',
    )
    .action((options: { pkey: string }, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const who = credentials(globals, context.env);
      const token = who.kind === 'client' ? ascToken(who.secret, who.clientId) : ascToken(who.key, options.pkey);
      context.out(globals.json === true ? json({ authorization: token }) : `${token}\n`);
    });
}
