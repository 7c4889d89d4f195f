import { sql } from 'kysely';
import { fromDbBoolean, fromDbTime } from '../dialects/values.js';
import { tenantStatusOf, type TenantStatus, type UserRecord } from '../records.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import type { UsersTable } from '../tables/index.js';
import type { Insertable, Selectable } from 'kysely';
import { statusCode } from './tenants.js';

export const USER_COLUMNS = [
  'users.id',
  'users.tenant_id',
  'users.email',
  'users.first_name',
  'users.last_name',
  'users.phone',
  'users.activated',
  'users.created_at',
] as const;

type UserRow = Pick<
  Selectable<UsersTable>,
  'id' | 'tenant_id' | 'email' | 'first_name' | 'last_name' | 'phone' | 'activated' | 'created_at'
>;

/** An owner about to be inserted, with the password hash (never part of a UserRecord). */
export type NewUser = UserRecord & { readonly passwordHash: string | null };

export async function insertUser(db: Db, user: NewUser): Promise<void> {
  await userInsert(db, userRow(user));
}

/** A new user as its row. */
export function userRow(user: NewUser): Insertable<UsersTable> {
  return {
    id: user.id,
    tenant_id: user.tenantId,
    email: user.email,
    first_name: user.firstName,
    last_name: user.lastName,
    phone: user.phone,
    password_hash: user.passwordHash,
    activated: user.activated ? 1 : 0,
    created_at: user.created,
    activated_at: user.activated ? user.created : null,
  };
}

// Every registration writes an owner (see ../prepared.ts).
const userInsert = prepared((db, row: Insertable<UsersTable>) => db.insertInto('users').values(row));

export async function findUserById(db: Db, id: string): Promise<UserRecord | undefined> {
  const [row] = (await userById(db, id)).rows;
  return row && toUser(row);
}

const userById = prepared((db, id: string) => db.selectFrom('users').select(USER_COLUMNS).where('id', '=', id));

/** Owners with this e-mail and the stored password hash, for sign-in. */
export async function findCredentialsByEmail(
  db: Db,
  email: string,
): Promise<Array<UserRecord & { readonly passwordHash: string | null }>> {
  const rows = await db
    .selectFrom('users')
    .select([...USER_COLUMNS, 'users.password_hash'])
    .where('email', '=', email)
    .execute();
  return rows.map((row) => ({ ...toUser(row), passwordHash: row.password_hash }));
}

/**
 * Sets (or replaces) a user's password hash and marks the user activated; the moment of the first
 * activation is kept (`at` only when the user was not activated before).
 */
export async function activateUser(db: Db, id: string, passwordHash: string | null, at: Date): Promise<void> {
  await db
    .updateTable('users')
    .set({
      activated: 1,
      activated_at: sql<Date | string>`coalesce(activated_at, ${at})`,
      ...(passwordHash !== null ? { password_hash: passwordHash } : {}),
    })
    .where('id', '=', id)
    .execute();
}

/**
 * Replaces a user's password hash with `next` only while it still is `previous` (a sign-in
 * rehashing the same password under a newer salt must not undo a password set meanwhile).
 */
export async function replacePasswordHash(db: Db, id: string, previous: string, next: string): Promise<void> {
  await db
    .updateTable('users')
    .set({ password_hash: next })
    .where('id', '=', id)
    .where('password_hash', '=', previous)
    .execute();
}

/** Whether the user has a password set. */
export async function hasPassword(db: Db, id: string): Promise<boolean> {
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirst();
  return row?.password_hash != null;
}

export function toUser(row: UserRow): UserRecord {
  return {
    id: row.id.trim(),
    tenantId: Number(row.tenant_id),
    email: row.email,
    firstName: row.first_name,
    lastName: row.last_name,
    phone: row.phone,
    activated: fromDbBoolean(row.activated),
    created: fromDbTime(row.created_at),
  };
}

/** A user with the host name and status of the portal the user belongs to. */
export interface UserWithPortal {
  readonly user: UserRecord;
  readonly domain: string;
  readonly tenantStatus: TenantStatus;
  readonly clientId: string | null;
}

/** Users by id with their portal (people/find); unknown ids and removed portals are skipped. */
export async function findUsersWithPortal(db: Db, ids: readonly string[]): Promise<UserWithPortal[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('users')
    .innerJoin('tenants', 'tenants.id', 'users.tenant_id')
    .select([...USER_COLUMNS, 'tenants.domain', 'tenants.status', 'tenants.client_id'])
    .where('users.id', 'in', ids)
    .where('tenants.status', '!=', statusCode('RemovePending'))
    .execute();
  return rows.map((row) => ({
    user: toUser(row),
    domain: row.domain,
    tenantStatus: tenantStatusOf(row.status),
    clientId: row.client_id,
  }));
}

/** One portal an e-mail address owns, with the owner's stored password hash (portal/signin). */
export interface OwnerLogin {
  readonly userId: string;
  readonly tenantId: number;
  readonly email: string;
  readonly passwordHash: string | null;
  /**
   * False until the owner used the activation link (or registered with a password, unless the
   * e-mail must be proven).
   */
  readonly activated: boolean;
  readonly domain: string;
  readonly tenantStatus: TenantStatus;
  readonly clientId: string | null;
}

/** Every portal whose owner has this (lower-case) e-mail, whatever the portal's status. */
export async function findOwnerLogins(db: Db, email: string): Promise<OwnerLogin[]> {
  const rows = await db
    .selectFrom('users')
    // By the portal's primary key (an owner is a user of the portal it owns), not by owner_id.
    .innerJoin('tenants', (join) =>
      join.onRef('tenants.id', '=', 'users.tenant_id').onRef('tenants.owner_id', '=', 'users.id'),
    )
    .select([
      'users.id',
      'users.tenant_id',
      'users.email',
      'users.password_hash',
      'users.activated',
      'tenants.domain',
      'tenants.status',
      'tenants.client_id',
    ])
    .where('users.email', '=', email)
    .orderBy('users.tenant_id')
    .execute();
  return rows.map((row) => ({
    userId: row.id.trim(),
    tenantId: Number(row.tenant_id),
    email: row.email,
    passwordHash: row.password_hash,
    activated: fromDbBoolean(row.activated),
    domain: row.domain,
    tenantStatus: tenantStatusOf(row.status),
    clientId: row.client_id,
  }));
}
