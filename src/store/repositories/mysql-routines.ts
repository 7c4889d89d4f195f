import { CompiledQuery, type Insertable } from 'kysely';
import type { Db } from '../store.js';
import type { AuditLogTable, TariffsTable, TenantsTable, UsersTable, WebhookEventsTable } from '../tables/index.js';

/**
 * Calls of the stored procedures MySQL and MariaDB write a change's rows with, in one round trip
 * each (migrations/019_mysql_write_routines.ts says why). The columns below are the procedures'
 * parameters, in order: a row builder that gains a column makes `valuesOf` throw until the
 * procedure is redefined with it, instead of the new column going unwritten on MySQL alone.
 */

type Columns<T> = ReadonlyArray<keyof Insertable<T> & string>;

const TENANT: Columns<TenantsTable> = [
  'alias',
  'alias_key',
  'name',
  'domain',
  'status',
  'status_reason',
  'created_at',
  'status_changed_at',
  'language',
  'time_zone',
  'owner_id',
  'industry',
  'partner_id',
  'affiliate_id',
  'campaign',
  'region',
  'client_id',
];
const OWNER: Columns<UsersTable> = [
  'id',
  'email',
  'first_name',
  'last_name',
  'phone',
  'password_hash',
  'activated',
  'created_at',
  'activated_at',
];
const TARIFF: Columns<TariffsTable> = [
  'plan',
  'active_users',
  'max_file_size',
  'max_total_size',
  'features',
  'due_date',
  'updated_at',
];
const AUDIT: Columns<AuditLogTable> = [
  'at',
  'action',
  'actor_type',
  'actor_id',
  'actor_ip',
  'tenant_id',
  'portal_name',
  'client_id',
  'request_id',
  'changes',
];
const EVENT: Columns<WebhookEventsTable> = ['event_id', 'type', 'tenant_id', 'client_id', 'payload', 'created_at'];

/** The setting a new tenant's row was worked out from, and the value assumed (null: not saved). */
export interface RoutineSettingGuard {
  readonly tenantId: number;
  readonly key: string;
  readonly value: string | null;
}

const INSERT_PORTAL = callOf('hosted_insert_portal', 3 + TENANT.length + OWNER.length + TARIFF.length);

/**
 * A new portal's tenant, owner and tariff (the owner's and tariff's rows without the tenant id:
 * the procedure gives them the tenant's new one), made only while the setting holds the value
 * assumed. Answers the new id, or undefined when the setting has moved (nothing was written).
 */
export async function callInsertPortal(
  db: Db,
  guard: RoutineSettingGuard,
  tenant: Insertable<TenantsTable>,
  owner: Omit<Insertable<UsersTable>, 'tenant_id'>,
  tariff: Omit<Insertable<TariffsTable>, 'tenant_id'>,
): Promise<number | undefined> {
  const parameters = [
    guard.tenantId,
    guard.key,
    guard.value,
    ...valuesOf(tenant, TENANT),
    ...valuesOf(owner, OWNER),
    ...valuesOf(tariff, TARIFF),
  ];
  const { rows } = await db.executeQuery(CompiledQuery.raw(INSERT_PORTAL, parameters));
  const id = firstResultRow(rows)?.id;
  return id === null || id === undefined ? undefined : Number(id);
}

const INSERT_AUDIT_WITH_EVENT = callOf('hosted_insert_audit_with_event', AUDIT.length + EVENT.length);

/** A change's audit record, and its webhook event while an endpoint is enabled. */
export async function callInsertAuditWithEvent(
  db: Db,
  audit: Insertable<AuditLogTable>,
  event: Insertable<WebhookEventsTable>,
): Promise<void> {
  const parameters = [...valuesOf(audit, AUDIT), ...valuesOf(event, EVENT)];
  await db.executeQuery(CompiledQuery.raw(INSERT_AUDIT_WITH_EVENT, parameters));
}

function callOf(procedure: string, parameters: number): string {
  return `call ${procedure}(${Array.from({ length: parameters }, () => '?').join(', ')})`;
}

/** The row's values in the procedure's order; throws when the row has a column the procedure lacks. */
function valuesOf<T extends object>(row: T, columns: ReadonlyArray<string>): unknown[] {
  const given = Object.keys(row);
  if (given.length !== columns.length || !columns.every((column) => column in row)) {
    const extra = given.filter((column) => !columns.includes(column));
    throw new Error(`a MySQL procedure does not take the column(s) ${extra.join(', ')}: redefine it in a migration`);
  }
  return columns.map((column) => (row as Record<string, unknown>)[column]);
}

/**
 * The first row a procedure's SELECT answered: a CALL's results come back as a list of result
 * sets followed by the call's own status, so the rows are the first set's.
 */
function firstResultRow(rows: readonly unknown[]): Record<string, unknown> | undefined {
  const first = rows[0];
  const set = Array.isArray(first) ? (first as unknown[]) : rows;
  return set[0] as Record<string, unknown> | undefined;
}
