import { userInfo } from 'node:os';
import { loadConfig, type Config } from '../config/config.js';
import type { ChangeScope } from '../domain/actor.js';
import type { Clock } from '../domain/clock.js';
import { DomainError } from '../domain/errors.js';
import {
  createOperator,
  disableOperator,
  listOperators,
  resetOperatorPassword,
} from '../domain/operator/operator-accounts.js';
import { createLogger } from '../logger.js';
import { openDomain } from '../server.js';
import type { OperatorAccountRecord } from '../store/records.js';

/**
 * `hosted-api admin create|list|disable|reset-password`: the operator console's accounts, managed
 * on the database directly with the server's own configuration (the same DATABASE_URL, DATA_DIR,
 * MACHINE_KEY and password policy), through the same use cases and audit records as everything
 * else. Plain functions: the command-line parser only reads arguments (and prompts for the
 * password) and prints what these return. Each call opens the database and closes it again.
 *
 * Errors are DomainErrors: `params` (a malformed or unknown e-mail, an e-mail already taken) and
 * `passPolicyError` (the password breaks the PASSWORD_* policy); adminErrorMessage words them.
 * A database that cannot be opened throws DatabaseOpenError (src/server.ts).
 */

/** An account as the CLI prints it (never a password or its hash). */
export interface AdminAccount {
  readonly email: string;
  readonly disabled: boolean;
  /** ISO 8601. */
  readonly created: string;
  /** ISO 8601. */
  readonly passwordChanged: string;
}

export interface AdminOptions {
  /** The server's configuration; read from `env` (as the server does) when not given. */
  readonly config?: Config;
  /** The environment the configuration is read from: the process's by default. */
  readonly env?: NodeJS.ProcessEnv;
  /** Time (tests); the system clock by default. */
  readonly clock?: Clock;
  /** Who the audit log names as the actor: `cli:<operating-system user>` by default. */
  readonly actorId?: string;
}

/** `admin create --email E` (the password prompted for): a new account. */
export async function adminCreate(
  input: { readonly email: string; readonly password: string },
  options: AdminOptions = {},
): Promise<AdminAccount> {
  return withDomain(options, async (ctx, scope) => present(await createOperator(ctx, scope, input)));
}

/** `admin list`: every account, oldest first. */
export async function adminList(options: AdminOptions = {}): Promise<AdminAccount[]> {
  return withDomain(options, async (ctx) => (await listOperators(ctx)).map(present));
}

/** `admin disable E`: the account can no longer sign in, and its console sessions end at once. */
export async function adminDisable(email: string, options: AdminOptions = {}): Promise<AdminAccount> {
  return withDomain(options, async (ctx, scope) => present(await disableOperator(ctx, scope, email)));
}

/** `admin reset-password E` (the password prompted for): a new password; the account's sessions end. */
export async function adminResetPassword(
  email: string,
  password: string,
  options: AdminOptions = {},
): Promise<AdminAccount> {
  return withDomain(options, async (ctx, scope) =>
    present(await resetOperatorPassword(ctx, scope, { email, password })),
  );
}

/** The line to print for an error these functions throw on bad input; undefined for other failures. */
export function adminErrorMessage(error: unknown): string | undefined {
  if (!(error instanceof DomainError)) return undefined;
  return `${error.code}: ${error.message}`;
}

type DomainOf = Awaited<ReturnType<typeof openDomain>>['ctx'];

async function withDomain<T>(
  options: AdminOptions,
  run: (ctx: DomainOf, scope: ChangeScope) => Promise<T>,
): Promise<T> {
  const config = options.config ?? loadConfig(options.env ?? process.env);
  // Only failures are worth a line on a terminal; the answer is what the command prints.
  const domain = await openDomain(config, { clock: options.clock, logger: createLogger('error') });
  try {
    return await run(domain.ctx, {
      caller: { kind: 'operator', id: options.actorId ?? defaultActorId() },
      ip: null,
      requestId: null,
    });
  } finally {
    await domain.close();
  }
}

function present(account: OperatorAccountRecord): AdminAccount {
  return {
    email: account.email,
    disabled: account.disabled,
    created: account.created.toISOString(),
    passwordChanged: account.passwordChanged.toISOString(),
  };
}

function defaultActorId(): string {
  try {
    return `cli:${userInfo().username}`;
  } catch {
    return 'cli';
  }
}
