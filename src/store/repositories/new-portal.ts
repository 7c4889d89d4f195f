import type { Insertable } from 'kysely';
import { statementsAreLocal, writesThroughProcedures } from '../dialects/features.js';
import { prepared } from '../prepared.js';
import type { TariffRecord } from '../records.js';
import type { Db } from '../store.js';
import type { TariffsTable, UsersTable } from '../tables/index.js';
import { callInsertPortal } from './mysql-routines.js';
import { findSetting } from './settings.js';
import { insertTariff, tariffRow } from './tariffs.js';
import { insertTenant, tenantRow, type NewTenant } from './tenants.js';
import { insertUser, userRow, type NewUser } from './users.js';

/** The owner and tariff of a portal not yet inserted: the tenant id is the new tenant's. */
export type NewOwner = Omit<NewUser, 'tenantId'>;
export type NewTariff = Omit<TariffRecord, 'tenantId'>;

/**
 * A saved setting the new tenant's row is worked out from (the base domain its address goes
 * under): the row is written as that setting reads when the insert runs.
 */
export interface SettingDependency {
  readonly tenantId: number;
  readonly key: string;
}

/** The new tenant as the setting it depends on makes it (undefined: the setting is not saved). */
export type TenantFromSetting = (saved: string | undefined) => NewTenant;

/** A new portal's id, and the tenant as inserted (worked out from the setting's value at the insert). */
export interface InsertedPortal {
  readonly id: number;
  readonly tenant: NewTenant;
}

/**
 * How often the guarded insert (PostgreSQL's statement, MySQL's procedure) is tried again when
 * the setting changed between the value it assumed and the insert; each try reads the setting
 * afresh, so only a setting that changes again within every round trip runs out of tries.
 */
const SETTING_TRIES = 3;

/**
 * The value each setting had when last read here, assumed by the next registration on
 * PostgreSQL and MySQL. Only an assumption: the insert checks it, so a stale or foreign one (several
 * stores in one process) costs one more round trip, never a wrong row.
 */
const lastSeenSettings = new Map<string, string | undefined>();

/**
 * A new portal's three rows: the tenant, its owner and its tariff; answers the tenant's id and the
 * tenant as inserted. A taken alias throws the database's unique violation.
 *
 * On PostgreSQL the three go in one statement (the owner and tariff take the id the tenant's
 * insert returns), on MySQL in one call of a stored procedure, and the setting is not read
 * first: the tenant is worked out from the value it had at the last registration, and the rows
 * are inserted only while the setting still holds that value (else nothing is, and the setting
 * is read and the insert tried again). Every registration writes these rows; the base domain
 * read first was a sixth of a registration's CPU on PostgreSQL (bench:compare).
 * On SQLite, where a statement costs no round trip, the setting is read in the transaction, then
 * the three rows are inserted in turn.
 */
export async function insertPortalRows(
  db: Db,
  setting: SettingDependency,
  tenantFor: TenantFromSetting,
  owner: NewOwner,
  tariff: NewTariff,
  at: Date,
): Promise<InsertedPortal> {
  if (statementsAreLocal(db)) {
    const tenant = tenantFor(await findSetting(db, setting.tenantId, setting.key));
    const id = await insertTenant(db, tenant);
    await insertUser(db, { ...owner, tenantId: id });
    await insertTariff(db, { ...tariff, tenantId: id }, at);
    return { id, tenant };
  }
  const ownerColumns = withoutTenantId(userRow({ ...owner, tenantId: 0 }));
  const tariffColumns = withoutTenantId(tariffRow({ ...tariff, tenantId: 0 }, at));
  const seenKey = `${setting.tenantId}\u0000${setting.key}`;
  let assumed = lastSeenSettings.has(seenKey)
    ? lastSeenSettings.get(seenKey)
    : await rememberSetting(db, setting, seenKey);
  for (let attempt = 1; attempt <= SETTING_TRIES; attempt++) {
    const tenant = tenantFor(assumed);
    const guard = { tenantId: setting.tenantId, key: setting.key, value: assumed ?? null };
    const id = writesThroughProcedures(db)
      ? await callInsertPortal(db, guard, tenantRow(tenant), ownerColumns, tariffColumns)
      : (await portalRowsInsert(db, tenantRow(tenant), ownerColumns, tariffColumns, guard)).rows[0]?.id;
    if (id !== undefined) return { id: Number(id), tenant };
    assumed = await rememberSetting(db, setting, seenKey);
  }
  throw new Error(`the setting ${setting.key} changed during every try to insert a portal`);
}

async function rememberSetting(db: Db, setting: SettingDependency, seenKey: string): Promise<string | undefined> {
  const value = await findSetting(db, setting.tenantId, setting.key);
  lastSeenSettings.set(seenKey, value);
  return value;
}

type WithoutTenant<T> = Omit<T, 'tenant_id'>;

/** A row builder's columns but the tenant id: the statement takes the id the tenant's insert returns. */
function withoutTenantId<T extends { readonly tenant_id?: unknown }>(row: T): WithoutTenant<T> {
  // A rest copy: every registration makes two, and entries → filter → fromEntries cost ~1 % of one on MySQL.
  const { tenant_id: _tenantId, ...columns } = row;
  return columns;
}

/** The setting value a guarded insert assumed (null: not saved). */
interface SettingGuard {
  readonly tenantId: number;
  readonly key: string;
  readonly value: string | null;
}

const portalRowsInsert = prepared(
  (
    db,
    tenant: ReturnType<typeof tenantRow>,
    owner: WithoutTenant<Insertable<UsersTable>>,
    tariff: WithoutTenant<Insertable<TariffsTable>>,
    guard: SettingGuard,
  ) =>
    db
      .with('new_tenant', (q) =>
        q
          .insertInto('tenants')
          .columns(Object.keys(tenant) as Array<keyof typeof tenant>)
          .expression(
            db
              .selectNoFrom((eb) => Object.entries(tenant).map(([column, value]) => eb.val(value).as(column)))
              .where((eb) =>
                eb(
                  eb
                    .selectFrom('settings')
                    .select('settings.value')
                    .where('settings.tenant_id', '=', guard.tenantId)
                    .where('settings.setting_key', '=', guard.key),
                  'is not distinct from',
                  guard.value,
                ),
              ),
          )
          .returning('id'),
      )
      .with('new_owner', (q) =>
        q
          .insertInto('users')
          .columns(['tenant_id', ...(Object.keys(owner) as Array<keyof typeof owner>)])
          .expression((eb) =>
            eb
              .selectFrom('new_tenant')
              .select(['new_tenant.id', ...Object.entries(owner).map(([column, value]) => eb.val(value).as(column))]),
          ),
      )
      .with('new_tariff', (q) =>
        q
          .insertInto('tariffs')
          .columns(['tenant_id', ...(Object.keys(tariff) as Array<keyof typeof tariff>)])
          .expression((eb) =>
            eb
              .selectFrom('new_tenant')
              .select(['new_tenant.id', ...Object.entries(tariff).map(([column, value]) => eb.val(value).as(column))]),
          ),
      )
      .selectFrom('new_tenant')
      .select('id'),
);
