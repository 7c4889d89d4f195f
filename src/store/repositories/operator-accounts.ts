import { supportsReturning } from '../dialects/features.js';
import { fromDbBoolean, fromDbTime } from '../dialects/values.js';
import type { OperatorAccountRecord } from '../records.js';
import type { Db } from '../store.js';

/** The operator console's accounts; the password hash is read only by the sign-in check. */

const COLUMNS = [
  'operator_accounts.id',
  'operator_accounts.email',
  'operator_accounts.disabled',
  'operator_accounts.created_at',
  'operator_accounts.password_changed_at',
] as const;

interface AccountRow {
  id: number | string;
  email: string;
  disabled: number | boolean | string;
  created_at: Date | string;
  password_changed_at: Date | string;
}

/** Inserts an account; a taken e-mail throws the database's unique violation. Returns its id. */
export async function insertOperatorAccount(
  db: Db,
  account: { readonly email: string; readonly passwordHash: string; readonly created: Date },
): Promise<number> {
  const values = {
    email: account.email,
    password_hash: account.passwordHash,
    disabled: 0,
    created_at: account.created,
    password_changed_at: account.created,
  };
  if (!supportsReturning(db)) {
    const result = await db.insertInto('operator_accounts').values(values).executeTakeFirstOrThrow();
    return Number(result.insertId);
  }
  const row = await db.insertInto('operator_accounts').values(values).returning('id').executeTakeFirstOrThrow();
  return Number(row.id);
}

export async function findOperatorAccountByEmail(db: Db, email: string): Promise<OperatorAccountRecord | undefined> {
  const row = await db.selectFrom('operator_accounts').select(COLUMNS).where('email', '=', email).executeTakeFirst();
  return row && toAccount(row);
}

/** The account with its password hash, for the sign-in check alone. */
export async function findOperatorCredentials(
  db: Db,
  email: string,
): Promise<(OperatorAccountRecord & { readonly passwordHash: string }) | undefined> {
  const row = await db
    .selectFrom('operator_accounts')
    .select([...COLUMNS, 'operator_accounts.password_hash'])
    .where('email', '=', email)
    .executeTakeFirst();
  return row && { ...toAccount(row), passwordHash: row.password_hash };
}

/** Every account, oldest first. */
export async function listOperatorAccounts(db: Db): Promise<OperatorAccountRecord[]> {
  const rows = await db.selectFrom('operator_accounts').select(COLUMNS).orderBy('id').execute();
  return rows.map(toAccount);
}

/** How many accounts exist (0 lets ADMIN_EMAIL create the first). */
export async function countOperatorAccounts(db: Db): Promise<number> {
  const row = await db
    .selectFrom('operator_accounts')
    .select((eb) => eb.fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setOperatorDisabled(db: Db, id: number, disabled: boolean): Promise<void> {
  await db
    .updateTable('operator_accounts')
    .set({ disabled: disabled ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

export async function setOperatorPassword(db: Db, id: number, passwordHash: string, at: Date): Promise<void> {
  await db
    .updateTable('operator_accounts')
    .set({ password_hash: passwordHash, password_changed_at: at })
    .where('id', '=', id)
    .execute();
}

export function toAccount(row: AccountRow): OperatorAccountRecord {
  return {
    id: Number(row.id),
    email: row.email,
    disabled: fromDbBoolean(row.disabled),
    created: fromDbTime(row.created_at),
    passwordChanged: fromDbTime(row.password_changed_at),
  };
}
