import type { Command } from 'commander';
import type { AdminAccount } from '../admin-commands.js';
import type { CliContext } from '../context.js';
import { AdminError } from '../errors.js';
import { json, table } from '../output.js';
import { readPassword } from '../read-password.js';

/**
 * `hosted-api admin …`: the operator console's accounts. These work on the database directly, with
 * the server's configuration (DATABASE_URL, MACHINE_KEY … from the environment), so the first
 * account can be made before anyone can sign in anywhere.
 */
export function adminCommands(program: Command, context: CliContext): void {
  const admin = program
    .command('admin')
    .description("the operator console's accounts (on the database, with the server's configuration)");

  admin
    .command('create')
    .description('create an account (the password is asked for, or read from stdin when it is not a terminal)')
    .requiredOption('--email <email>', "the account's e-mail")
    .action(async (options: { email: string }, self: Command) => {
      const password = await readPassword(context, 'Password for the new account: ');
      const account = await run((admin) => admin.adminCreate({ email: options.email, password }, configured(context)));
      show(context, self, account);
    });

  admin
    .command('list')
    .description('every account, oldest first')
    .action(async (_options: unknown, self: Command) => {
      const accounts = await run((admin) => admin.adminList(configured(context)));
      if (self.optsWithGlobals<{ json?: boolean }>().json === true) context.out(json({ accounts }));
      else context.out(accountTable(accounts));
    });

  admin
    .command('disable <email>')
    .description('the account can no longer sign in; its console sessions end at once')
    .action(async (email: string, _options: unknown, self: Command) => {
      show(context, self, await run((admin) => admin.adminDisable(email, configured(context))));
    });

  admin
    .command('reset-password <email>')
    .description("set a new password (asked for); the account's console sessions end")
    .action(async (email: string, _options: unknown, self: Command) => {
      const password = await readPassword(context, `New password for ${email}: `);
      show(context, self, await run((admin) => admin.adminResetPassword(email, password, configured(context))));
    });
}

/** The server's configuration comes from the command's environment (the process's, or a test's). */
function configured(context: CliContext): { env: NodeJS.ProcessEnv } {
  return { env: context.env };
}

/**
 * Runs an admin operation; a refusal (bad e-mail, password policy, unknown account) is an
 * AdminError (exit 1). The operations open the server's whole domain: their module is loaded
 * only when an admin command runs, so every other command starts without it.
 */
async function run<T>(operation: (admin: typeof import('../admin-commands.js')) => Promise<T>): Promise<T> {
  const admin = await import('../admin-commands.js');
  try {
    return await operation(admin);
  } catch (error) {
    const message = admin.adminErrorMessage(error);
    if (message !== undefined) throw new AdminError(message);
    throw error;
  }
}

function show(context: CliContext, self: Command, account: AdminAccount): void {
  context.out(self.optsWithGlobals<{ json?: boolean }>().json === true ? json({ account }) : accountTable([account]));
}

function accountTable(accounts: readonly AdminAccount[]): string {
  return table<AdminAccount>(
    accounts,
    [
      { heading: 'EMAIL', value: (a) => a.email },
      { heading: 'DISABLED', value: (a) => (a.disabled ? 'yes' : 'no') },
      { heading: 'CREATED', value: (a) => a.created },
      { heading: 'PASSWORD CHANGED', value: (a) => a.passwordChanged },
    ],
    '(no accounts)',
  );
}
