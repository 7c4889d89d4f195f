import type { ColumnType, Generated } from 'kysely';

/**
 * The database as Kysely sees it. Column types are what the drivers hand back before the
 * mappers in the repositories normalise them (dialects differ: see ../dialects.ts).
 */
export interface Database {
  tenants: TenantsTable;
  users: UsersTable;
  tariffs: TariffsTable;
  settings: SettingsTable;
  mail_outbox: MailOutboxTable;
  used_links: UsedLinksTable;
  app_locks: AppLocksTable;
}

/** A timestamp: ISO text on SQLite, a Date on PostgreSQL and MySQL. */
export type DbTime = ColumnType<Date | string, Date | string, Date | string>;
/** A 64-bit integer: a number, or a string from drivers that keep big numbers exact. */
export type DbBigInt = ColumnType<number | string, number, number>;

export interface TenantsTable {
  id: Generated<number>;
  alias: string;
  /** The alias while the portal is not removed, NULL after: the unique index frees the name. */
  alias_key: string | null;
  name: string;
  domain: string;
  status: number;
  status_reason: string | null;
  created_at: DbTime;
  status_changed_at: DbTime;
  language: string;
  time_zone: string;
  owner_id: string;
  industry: number;
  partner_id: string | null;
  affiliate_id: string | null;
  campaign: string | null;
  region: string | null;
}

export interface UsersTable {
  id: string;
  tenant_id: number;
  email: string;
  first_name: string;
  last_name: string;
  phone: string | null;
  password_hash: string | null;
  activated: number;
  created_at: DbTime;
}

export interface TariffsTable {
  tenant_id: number;
  plan: string;
  active_users: number;
  max_file_size: DbBigInt;
  max_total_size: DbBigInt;
  features: string;
  due_date: DbTime | null;
  updated_at: DbTime;
}

export interface SettingsTable {
  /** -1 for global settings. */
  tenant_id: number;
  setting_key: string;
  value: string;
  updated_at: DbTime;
}

export interface MailOutboxTable {
  id: Generated<number>;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  attempts: number;
  next_attempt_at: DbTime;
  locked_until: DbTime | null;
  sent_at: DbTime | null;
  last_error: string | null;
  created_at: DbTime;
}

export interface UsedLinksTable {
  /** SHA-256 of the link's key, hex. */
  id: string;
  used_at: DbTime;
  expires_at: DbTime;
}

export interface AppLocksTable {
  name: string;
}
