import { normalizeEmail } from '../email.js';
import { deleteAccountSessions } from '../../store/repositories/console-sessions.js';
import {
  countOperatorAccounts,
  findOperatorAccountByEmail,
  insertOperatorAccount,
  listOperatorAccounts,
  setOperatorDisabled,
  setOperatorPassword,
} from '../../store/repositories/operator-accounts.js';
import type { OperatorAccountRecord } from '../../store/records.js';
import { isUniqueViolation } from '../../store/store.js';
import type { ChangeScope } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { checkEmailAddress } from '../owner/owner.js';
import { checkPasswordPolicy } from '../owner/password.js';

/**
 * The accounts of the people who run the service (the operator console's sign-ins). Passwords
 * follow the owners' policy and are hashed the same way; every change is audited (admin.*) in
 * its own transaction.
 */

export interface OperatorCredentials {
  readonly email?: string | undefined;
  readonly password?: string | undefined;
}

/** A new account. A taken e-mail (a disabled account's too) is a `params` error. */
export async function createOperator(
  ctx: DomainContext,
  scope: ChangeScope,
  input: OperatorCredentials,
): Promise<OperatorAccountRecord> {
  const { email, password } = checkCredentials(ctx, input);
  // Hashing takes tens of milliseconds: outside the transaction, which stays short.
  const passwordHash = await ctx.passwords.hash(password);
  try {
    return await ctx.store.transaction(async (tx) => {
      const now = ctx.clock.now();
      const id = await insertOperatorAccount(tx, { email, passwordHash, created: now });
      await recordChange(ctx, tx, scope, { action: 'admin.create', changes: { email: [null, email] } });
      const account: OperatorAccountRecord = { id, email, disabled: false, created: now, passwordChanged: now };
      await scope.beforeCommit?.(tx, account);
      return account;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw accountExists();
    throw error;
  }
}

/**
 * ADMIN_EMAIL and ADMIN_PASSWORD at start: the first account, created only while there is none
 * (several instances starting at once create it once: the unique e-mail decides). True when it
 * was created by this call.
 */
export async function ensureFirstOperator(
  ctx: DomainContext,
  scope: ChangeScope,
  input: OperatorCredentials,
): Promise<boolean> {
  // Checked before looking: a bad ADMIN_PASSWORD is reported at every start, not only the first.
  checkCredentials(ctx, input);
  if ((await countOperatorAccounts(ctx.store.db)) > 0) return false;
  try {
    await createOperator(ctx, scope, input);
    return true;
  } catch (error) {
    if (isAccountExists(error)) return false;
    throw error;
  }
}

/** Every account, oldest first. */
export async function listOperators(ctx: DomainContext): Promise<OperatorAccountRecord[]> {
  return listOperatorAccounts(ctx.store.db);
}

/** Disables an account; its sessions end in the same transaction (signed-in browsers are out at once). */
export async function disableOperator(
  ctx: DomainContext,
  scope: ChangeScope,
  email: string | undefined,
): Promise<OperatorAccountRecord> {
  return ctx.store.transaction(async (tx) => {
    const account = await existingAccount(tx, email);
    await setOperatorDisabled(tx, account.id, true);
    const ended = await deleteAccountSessions(tx, account.id);
    await recordChange(ctx, tx, scope, {
      action: 'admin.disable',
      changes: {
        email: [account.email, account.email],
        disabled: [account.disabled, true],
        sessionsEnded: [null, ended],
      },
    });
    const disabled: OperatorAccountRecord = { ...account, disabled: true };
    await scope.beforeCommit?.(tx, disabled);
    return disabled;
  });
}

/**
 * A new password for an account (against the policy). Its sessions end: a reset usually means
 * the old password is no longer trusted, so neither is a browser signed in with it.
 */
export async function resetOperatorPassword(
  ctx: DomainContext,
  scope: ChangeScope,
  input: OperatorCredentials,
): Promise<OperatorAccountRecord> {
  const { email, password } = checkCredentials(ctx, input);
  const passwordHash = await ctx.passwords.hash(password);
  return ctx.store.transaction(async (tx) => {
    const account = await existingAccount(tx, email);
    const now = ctx.clock.now();
    await setOperatorPassword(tx, account.id, passwordHash, now);
    const ended = await deleteAccountSessions(tx, account.id);
    // The e-mail and the moment only: the audit log never holds a password or its hash.
    await recordChange(ctx, tx, scope, {
      action: 'admin.password',
      changes: { email: [account.email, account.email], sessionsEnded: [null, ended] },
    });
    const changed: OperatorAccountRecord = { ...account, passwordChanged: now };
    await scope.beforeCommit?.(tx, changed);
    return changed;
  });
}

function checkCredentials(
  ctx: DomainContext,
  input: OperatorCredentials,
): { readonly email: string; readonly password: string } {
  const problems: string[] = [];
  const email = checkEmailAddress('email', input.email, problems);
  if (problems.length > 0) throw paramsError(...problems);
  const password = input.password ?? '';
  // passPolicyError, naming the rule broken (the owners' policy: PASSWORD_* settings).
  checkPasswordPolicy(password, ctx.options.password);
  return { email, password };
}

async function existingAccount(
  db: Parameters<typeof findOperatorAccountByEmail>[0],
  email: string | undefined,
): Promise<OperatorAccountRecord> {
  const wanted = normalizeEmail(email);
  const account = wanted === '' ? undefined : await findOperatorAccountByEmail(db, wanted);
  if (account === undefined) throw paramsError(`email: no operator account ${wanted === '' ? 'given' : `"${wanted}"`}`);
  return account;
}

const EXISTS = 'email: an operator account with this e-mail already exists';

function accountExists() {
  return paramsError(EXISTS);
}

function isAccountExists(error: unknown): boolean {
  return error instanceof Error && error.message === EXISTS;
}
