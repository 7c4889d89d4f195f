import type { ColumnType, Generated } from 'kysely';

/**
 * The database as Kysely sees it. Column types are what the drivers hand back before the
 * mappers in the repositories normalise them (dialects differ: see ../dialects/values.ts).
 */
export interface Database {
  tenants: TenantsTable;
  users: UsersTable;
  tariffs: TariffsTable;
  settings: SettingsTable;
  mail_outbox: MailOutboxTable;
  used_links: UsedLinksTable;
  app_locks: AppLocksTable;
  api_clients: ApiClientsTable;
  audit_log: AuditLogTable;
  webhook_endpoints: WebhookEndpointsTable;
  webhook_deliveries: WebhookDeliveriesTable;
  webhook_events: WebhookEventsTable;
  webhook_event_gaps: WebhookEventGapsTable;
  idempotency_keys: IdempotencyKeysTable;
  operator_accounts: OperatorAccountsTable;
  console_sessions: ConsoleSessionsTable;
  lifecycle_actions: LifecycleActionsTable;
  task_leases: TaskLeasesTable;
  bulk_jobs: BulkJobsTable;
  bulk_job_items: BulkJobItemsTable;
  brands: BrandsTable;
  brand_logos: BrandLogosTable;
  mail_opt_outs: MailOptOutsTable;
  /** SQLite and PostgreSQL: see migrations/015_tenant_list_version.ts and 017. */
  tenant_list_version: TenantListVersionTable;
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
  /** The API client that registered (or was given) the portal; NULL for the operator's. */
  client_id: string | null;
  /** When the portal is to be removed (DELETE portal/remove with `at`); NULL: not scheduled. */
  removal_scheduled_at: ColumnType<Date | string | null, Date | string | null | undefined, Date | string | null>;
  /** 1 while the portal may not be removed. */
  protected: ColumnType<number, number | undefined, number>;
  /** When the policy suspended the portal for non-payment; NULL once anyone else changes its status. */
  policy_suspended_at: ColumnType<Date | string | null, Date | string | null | undefined, Date | string | null>;
  /** The status a removed portal had (what a restore gives back); NULL while not removed. */
  removed_from_status: ColumnType<number | null, number | null | undefined, number | null>;
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
  /** When the owner first activated the portal; NULL while not activated. */
  activated_at: ColumnType<Date | string | null, Date | string | null | undefined, Date | string | null>;
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
  used_size: ColumnType<number | string, number | undefined, number>;
  users_count: ColumnType<number, number | undefined, number>;
  usage_reported_at: DbTime | null;
  /** 1 while used_size exceeds max_total_size (kept by every statement that changes either). */
  over_quota: ColumnType<number, number | undefined, number>;
  /** The tariff state last announced by an event (0 none, 2 due, 3 overdue). */
  notified_state: ColumnType<number, number | undefined, number>;
  /** Rooms, room admins and AI agents, as the workspace last reported them. */
  room_admin_count: ColumnType<number, number | undefined, number>;
  rooms_count: ColumnType<number, number | undefined, number>;
  ai_agents_count: ColumnType<number, number | undefined, number>;
  /** The highest storage threshold (percent of max_total_size) crossed and not fallen back from; 0 none. */
  storage_alert: ColumnType<number, number | undefined, number>;
  /** The same for users (percent of active_users). */
  users_alert: ColumnType<number, number | undefined, number>;
  /** 1 while storage_alert or users_alert is set (the console's "near quota" filter reads its index). */
  near_quota: ColumnType<number, number | undefined, number>;
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
  /** "Name <address>"; NULL: MAIL_FROM. */
  sender: string | null;
  /** Extra headers as a JSON object (List-Unsubscribe on notices); NULL: none. */
  headers: string | null;
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

export interface ApiClientsTable {
  client_id: string;
  name: string;
  /** Comma-separated scope names. */
  scopes: string;
  max_portals: number | null;
  rate_limit: number | null;
  partner_id: string | null;
  disabled: number;
  removed_at: DbTime | null;
  created_at: DbTime;
  secret_rotated_at: DbTime;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_until: DbTime | null;
}

export interface AuditLogTable {
  id: Generated<number | string>;
  at: DbTime;
  action: string;
  actor_type: string;
  actor_id: string | null;
  actor_ip: string | null;
  tenant_id: number | null;
  portal_name: string | null;
  client_id: string | null;
  request_id: string | null;
  /** JSON text. */
  changes: string;
}

export interface WebhookEndpointsTable {
  id: string;
  url: string;
  /** `*` or comma-separated event types. */
  events: string;
  description: string;
  disabled: number;
  disabled_reason: string | null;
  disabled_by: string | null;
  client_id: string | null;
  created_at: DbTime;
  secret_sealed: string;
  previous_secret_sealed: string | null;
  previous_secret_until: DbTime | null;
  failing_since: DbTime | null;
  /** The id of the last outbox event this endpoint was given or passed over (see the fan-out). */
  fanned_through: Generated<number | string>;
}

/** An event waiting to be fanned out into deliveries (see webhook-events.ts). */
export interface WebhookEventsTable {
  id: Generated<number | string>;
  event_id: string;
  type: string;
  tenant_id: number | null;
  client_id: string | null;
  payload: string;
  created_at: DbTime;
}

/** Event ids the fan-out passed over while no event held them; one that turns up is still sent. */
export interface WebhookEventGapsTable {
  id: number | string;
  noticed_at: DbTime;
}

export interface WebhookDeliveriesTable {
  id: Generated<number | string>;
  webhook_id: string;
  event_id: string;
  type: string;
  tenant_id: number | null;
  payload: string;
  /** 0 pending, 1 delivered, 2 failed. */
  status: number;
  attempts: number;
  next_attempt_at: DbTime;
  locked_until: DbTime | null;
  last_status_code: number | null;
  last_error: string | null;
  delivered_at: DbTime | null;
  created_at: DbTime;
}

export interface IdempotencyKeysTable {
  /** SHA-256 (hex) of the caller and the key. */
  id: string;
  /** SHA-256 (hex) of the method, path and parameters. */
  fingerprint: string;
  /** 0 running, 1 answered. */
  state: number;
  locked_until: DbTime;
  status_code: number | null;
  body_sealed: string | null;
  expires_at: DbTime;
  created_at: DbTime;
}

export interface OperatorAccountsTable {
  id: Generated<number>;
  /** Lower-case. */
  email: string;
  password_hash: string;
  disabled: number;
  created_at: DbTime;
  password_changed_at: DbTime;
}

export interface ConsoleSessionsTable {
  /** SHA-256 (hex) of the session cookie's token. */
  id: string;
  account_id: number;
  created_at: DbTime;
  last_seen_at: DbTime;
  /** The idle limit, moved forward as the session is used. */
  expires_at: DbTime;
}

/** One automatic action of the lifecycle policy that must happen once (see lifecycle-actions.ts). */
export interface LifecycleActionsTable {
  tenant_id: number;
  rule: string;
  due_date: DbTime;
  days_before: number;
  done_at: DbTime;
}

/** A periodic task that one instance at a time runs, and until when the current one holds it. */
export interface TaskLeasesTable {
  name: string;
  holder: string | null;
  locked_until: DbTime | null;
}

/** A bulk change over many portals, run in the background (see bulk-jobs.ts). */
export interface BulkJobsTable {
  id: Generated<number>;
  job_id: string;
  action: string;
  /** JSON. */
  params: string;
  /** JSON: the filter as given. */
  filter: string;
  actor_type: string;
  actor_id: string | null;
  actor_ip: string | null;
  client_id: string | null;
  /** 0 queued, 1 running, 2 done, 3 cancelled, 4 failed. */
  state: number;
  total: number;
  done: ColumnType<number, number | undefined, number>;
  failed: ColumnType<number, number | undefined, number>;
  created_at: DbTime;
  finished_at: DbTime | null;
  lease_id: string | null;
  locked_until: DbTime | null;
}

/** One portal of a bulk job. */
export interface BulkJobItemsTable {
  job_id: number;
  tenant_id: number;
  /** 0 pending, 1 done, 2 failed. */
  state: ColumnType<number, number | undefined, number>;
  error: string | null;
}

/** A provider's brand: the operator's (client_id '') or an API client's; null fields are unset. */
export interface BrandsTable {
  client_id: string;
  product_name: string | null;
  primary_color: string | null;
  support_email: string | null;
  support_url: string | null;
  legal_footer: string | null;
  mail_from_name: string | null;
  mail_from_address: string | null;
  logo_digest: string | null;
  logo_ext: string | null;
  updated_at: DbTime;
}

/** A logo's bytes, by the SHA-256 of them (hex). */
export interface BrandLogosTable {
  digest: string;
  content_type: string;
  bytes: Uint8Array;
  created_at: DbTime;
}

/** An owner's opt-out from one kind of mail for one portal. */
export interface MailOptOutsTable {
  tenant_id: number;
  user_id: string;
  kind: string;
  created_at: DbTime;
}

/**
 * Bumped by triggers whenever a portal could change place in a list; the count is the sum of the
 * rows (SQLite: one row; PostgreSQL: one per stripe of connections). None on MySQL.
 */
export interface TenantListVersionTable {
  id: number;
  version: number;
}
