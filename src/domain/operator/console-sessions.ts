import { normalizeEmail } from '../email.js';
import { createHash, randomBytes } from 'node:crypto';
import {
  deleteConsoleSession,
  findConsoleSession,
  insertConsoleSession,
  touchConsoleSession,
} from '../../store/repositories/console-sessions.js';
import { findOperatorCredentials } from '../../store/repositories/operator-accounts.js';
import type { ConsoleSessionRecord, OperatorAccountRecord } from '../../store/records.js';
import type { Actor, RequestOrigin } from '../actor.js';
import type { DomainContext } from '../context.js';
import { HOUR_MS, MINUTE_MS } from '../time.js';

/**
 * Server-side console sessions. The browser holds a random token; the database holds only its
 * SHA-256, the account and the times. A session ends when it is signed out (row deleted), when
 * its account is disabled or its password reset (rows deleted in that change's transaction),
 * after CONSOLE_IDLE_MS without use, and CONSOLE_SESSION_MAX_HOURS after sign-in however busy (a
 * stolen cookie does not live for ever) — every check reads the row, so an ended session is
 * refused at once, on every instance.
 */

/** A session unused this long is refused. */
export const CONSOLE_IDLE_MS = 8 * HOUR_MS;
/** A session's last use is written at most this often (a page view is not a write each time). */
const TOUCH_INTERVAL_MS = MINUTE_MS;

/** A signed-in operator: the account and the session. */
export interface ConsoleSignIn {
  readonly account: OperatorAccountRecord;
  readonly session: ConsoleSessionRecord;
}

/**
 * Checks an e-mail and password. Undefined for any failure — unknown e-mail, wrong password, a
 * disabled account — and an unknown e-mail still costs one scrypt, so neither the answer nor its
 * timing tells which it was.
 */
export async function signInOperator(
  ctx: DomainContext,
  email: string,
  password: string,
): Promise<OperatorAccountRecord | undefined> {
  const found = await findOperatorCredentials(ctx.store.db, normalizeEmail(email));
  // Through the server-wide cap on password work, like every other password check.
  const matches =
    found === undefined
      ? (await ctx.passwords.decoy(password), false)
      : await ctx.passwords.verify(password, found.passwordHash);
  if (!matches || found === undefined || found.disabled) return undefined;
  const { passwordHash: _hidden, ...account } = found;
  return account;
}

/** Starts a session for a signed-in account: the token goes into the cookie, never into the database. */
export async function startConsoleSession(
  ctx: DomainContext,
  account: OperatorAccountRecord,
): Promise<{ readonly token: string; readonly session: ConsoleSessionRecord }> {
  const token = randomBytes(32).toString('base64url');
  const now = ctx.clock.now();
  const session: ConsoleSessionRecord = {
    id: sessionIdOf(token),
    accountId: account.id,
    created: now,
    lastSeen: now,
    expires: new Date(now.getTime() + CONSOLE_IDLE_MS),
  };
  await insertConsoleSession(ctx.store.db, session);
  return { token, session };
}

/**
 * The session a cookie's token names, if it is still valid: it exists, its account is enabled
 * and it was used within the idle limit. A valid session's use moves its idle limit forward.
 */
export async function checkConsoleSession(
  ctx: DomainContext,
  token: string | undefined,
): Promise<ConsoleSignIn | undefined> {
  if (token === undefined || !TOKEN.test(token)) return undefined;
  const found = await findConsoleSession(ctx.store.db, sessionIdOf(token));
  if (found === undefined) return undefined;
  const now = ctx.clock.now();
  const maxAgeMs = ctx.options.consoleSessionMaxHours * HOUR_MS;
  if (
    found.account.disabled ||
    now.getTime() >= found.session.expires.getTime() ||
    now.getTime() - found.session.created.getTime() >= maxAgeMs
  ) {
    await deleteConsoleSession(ctx.store.db, found.session.id);
    return undefined;
  }
  if (now.getTime() - found.session.lastSeen.getTime() < TOUCH_INTERVAL_MS) return found;
  const touched: ConsoleSessionRecord = {
    ...found.session,
    lastSeen: now,
    expires: new Date(now.getTime() + CONSOLE_IDLE_MS),
  };
  await touchConsoleSession(ctx.store.db, touched.id, touched.lastSeen, touched.expires);
  return { account: found.account, session: touched };
}

/** Signs out: the session's row is deleted, so the cookie is worthless even if it was copied. */
export async function endConsoleSession(ctx: DomainContext, token: string | undefined): Promise<void> {
  if (token === undefined || !TOKEN.test(token)) return;
  await deleteConsoleSession(ctx.store.db, sessionIdOf(token));
}

/** How the audit log and the rules see an operator acting in the console: by the account's e-mail. */
export function consoleActor(account: OperatorAccountRecord, origin: RequestOrigin): Actor {
  return { caller: { kind: 'operator', id: account.email }, ...origin };
}

/** The stored id of a session: the SHA-256 of its token, hex. */
function sessionIdOf(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** 32 random bytes in base64url. */
const TOKEN = /^[A-Za-z0-9_-]{43}$/;
