import { fromDbTime } from '../dialects/values.js';
import type { ConsoleSessionRecord, OperatorAccountRecord } from '../records.js';
import type { Db } from '../store.js';
import { toAccount } from './operator-accounts.js';

/** Server-side console sessions: rows keyed by the hash of the cookie's token, deleted to end them. */

export async function insertConsoleSession(db: Db, session: ConsoleSessionRecord): Promise<void> {
  await db
    .insertInto('console_sessions')
    .values({
      id: session.id,
      account_id: session.accountId,
      created_at: session.created,
      last_seen_at: session.lastSeen,
      expires_at: session.expires,
    })
    .execute();
}

/** A session with its account, in one query (every console request reads it). */
export async function findConsoleSession(
  db: Db,
  id: string,
): Promise<{ readonly session: ConsoleSessionRecord; readonly account: OperatorAccountRecord } | undefined> {
  const row = await db
    .selectFrom('console_sessions')
    .innerJoin('operator_accounts', 'operator_accounts.id', 'console_sessions.account_id')
    .select([
      'console_sessions.id as session_id',
      'console_sessions.created_at as session_created_at',
      'console_sessions.last_seen_at',
      'console_sessions.expires_at',
      'operator_accounts.id',
      'operator_accounts.email',
      'operator_accounts.disabled',
      'operator_accounts.created_at',
      'operator_accounts.password_changed_at',
    ])
    .where('console_sessions.id', '=', id)
    .executeTakeFirst();
  if (row === undefined) return undefined;
  const account = toAccount(row);
  return {
    account,
    session: {
      id: row.session_id.trim(),
      accountId: account.id,
      created: fromDbTime(row.session_created_at),
      lastSeen: fromDbTime(row.last_seen_at),
      expires: fromDbTime(row.expires_at),
    },
  };
}

/** Records a use of the session and moves its idle limit. */
export async function touchConsoleSession(db: Db, id: string, lastSeen: Date, expires: Date): Promise<void> {
  await db
    .updateTable('console_sessions')
    .set({ last_seen_at: lastSeen, expires_at: expires })
    .where('id', '=', id)
    .execute();
}

export async function deleteConsoleSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('console_sessions').where('id', '=', id).execute();
}

/** Ends every session of an account; returns how many there were. */
export async function deleteAccountSessions(db: Db, accountId: number): Promise<number> {
  const result = await db.deleteFrom('console_sessions').where('account_id', '=', accountId).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes sessions whose idle limit has passed. */
export async function purgeExpiredConsoleSessions(db: Db, now: Date): Promise<number> {
  const result = await db.deleteFrom('console_sessions').where('expires_at', '<=', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}
