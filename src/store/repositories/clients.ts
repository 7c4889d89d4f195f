import { sql, type Selectable } from 'kysely';
import { needsRowLocks } from '../dialects/features.js';
import { fromDbBoolean, fromDbTime } from '../dialects/values.js';
import type { ClientRecord } from '../records.js';
import type { Db } from '../store.js';
import type { ApiClientsTable } from '../tables/index.js';

/** API clients: their settings and sealed secrets. Removed clients stay, so their ids stay taken. */

const CLIENT_COLUMNS = [
  'api_clients.client_id',
  'api_clients.name',
  'api_clients.scopes',
  'api_clients.max_portals',
  'api_clients.rate_limit',
  'api_clients.partner_id',
  'api_clients.disabled',
  'api_clients.removed_at',
  'api_clients.created_at',
  'api_clients.secret_rotated_at',
  'api_clients.secret_sealed',
  'api_clients.previous_secret_sealed',
  'api_clients.previous_secret_until',
] as const;

/** Inserts a client; a taken id (even a removed client's) throws the database's unique violation. */
export async function insertClient(db: Db, client: ClientRecord): Promise<void> {
  await db
    .insertInto('api_clients')
    .values({ client_id: client.clientId, created_at: client.created, ...columnsOf(client) })
    .execute();
}

/** A client by id, removed ones included. */
export async function findClient(db: Db, clientId: string): Promise<ClientRecord | undefined> {
  const row = await db
    .selectFrom('api_clients')
    .select(CLIENT_COLUMNS)
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  return row && toClient(row);
}

/**
 * A client by id, its row locked until the transaction ends (where the database has row locks):
 * serialises the registrations of one client while its portal quota is checked.
 */
export async function findClientForUpdate(db: Db, clientId: string): Promise<ClientRecord | undefined> {
  const query = db.selectFrom('api_clients').select(CLIENT_COLUMNS).where('client_id', '=', clientId);
  const row = await (needsRowLocks(db) ? query.forUpdate() : query).executeTakeFirst();
  return row && toClient(row);
}

/** Every client that is not removed, in the order they were created. */
export async function listClients(db: Db): Promise<ClientRecord[]> {
  const rows = await db
    .selectFrom('api_clients')
    .select(CLIENT_COLUMNS)
    .where('removed_at', 'is', null)
    .orderBy('created_at')
    .orderBy('client_id')
    .execute();
  return rows.map(toClient);
}

/** Every client, removed ones included (the re-sealing sweep). */
export async function listAllClients(db: Db): Promise<ClientRecord[]> {
  const rows = await db.selectFrom('api_clients').select(CLIENT_COLUMNS).orderBy('client_id').execute();
  return rows.map(toClient);
}

/** Replaces a client's stored settings and secrets with `client`'s (the domain merged the change). */
export async function updateClient(db: Db, client: ClientRecord): Promise<void> {
  await db.updateTable('api_clients').set(columnsOf(client)).where('client_id', '=', client.clientId).execute();
}

/** Every column of a client's row but its key and creation time (which never change). */
function columnsOf(client: ClientRecord) {
  return {
    name: client.name,
    scopes: client.scopes.join(','),
    max_portals: client.maxPortals,
    rate_limit: client.rateLimit,
    partner_id: client.partnerId,
    disabled: client.disabled ? 1 : 0,
    removed_at: client.removed,
    secret_rotated_at: client.secretRotated,
    secret_sealed: client.secretSealed,
    previous_secret_sealed: client.previousSecretSealed,
    previous_secret_until: client.previousSecretUntil,
  };
}

/** How many portals each of these clients has that are not removed. */
export async function countClientPortals(db: Db, clientIds: readonly string[]): Promise<Map<string, number>> {
  if (clientIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('tenants')
    .select(['client_id', sql<number | string>`count(*)`.as('n')])
    .where('client_id', 'in', clientIds)
    .where('alias_key', 'is not', null)
    .groupBy('client_id')
    .execute();
  return new Map(rows.map((row) => [row.client_id ?? '', Number(row.n)]));
}

function toClient(row: Selectable<ApiClientsTable>): ClientRecord {
  return {
    clientId: row.client_id,
    name: row.name,
    scopes: row.scopes === '' ? [] : row.scopes.split(','),
    maxPortals: row.max_portals === null ? null : Number(row.max_portals),
    rateLimit: row.rate_limit === null ? null : Number(row.rate_limit),
    partnerId: row.partner_id,
    disabled: fromDbBoolean(row.disabled),
    removed: row.removed_at === null ? null : fromDbTime(row.removed_at),
    created: fromDbTime(row.created_at),
    secretRotated: fromDbTime(row.secret_rotated_at),
    secretSealed: row.secret_sealed,
    previousSecretSealed: row.previous_secret_sealed,
    previousSecretUntil: row.previous_secret_until === null ? null : fromDbTime(row.previous_secret_until),
  };
}
