import { sql, type Selectable } from 'kysely';
import { fromDbBoolean, fromDbTime } from '../dialects/values.js';
import { ENDPOINT_DISABLERS, type WebhookEndpointRecord } from '../records.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import type { WebhookEndpointsTable } from '../tables/index.js';

/** Webhook endpoints: where events go and how they are signed (secrets sealed, never in clear). */

const COLUMNS = [
  'webhook_endpoints.id',
  'webhook_endpoints.url',
  'webhook_endpoints.events',
  'webhook_endpoints.description',
  'webhook_endpoints.disabled',
  'webhook_endpoints.disabled_reason',
  'webhook_endpoints.disabled_by',
  'webhook_endpoints.client_id',
  'webhook_endpoints.created_at',
  'webhook_endpoints.secret_sealed',
  'webhook_endpoints.previous_secret_sealed',
  'webhook_endpoints.previous_secret_until',
  'webhook_endpoints.failing_since',
] as const;

/**
 * Stores a new endpoint, placed at the newest event of the outbox: it receives the events of
 * changes made after it, not the backlog of those before.
 */
export async function insertEndpoint(db: Db, endpoint: WebhookEndpointRecord): Promise<void> {
  await db
    .insertInto('webhook_endpoints')
    .values({
      id: endpoint.id,
      ...columnsOf(endpoint),
      fanned_through: sql<number>`(select coalesce(max(${sql.ref('id')}), 0) from ${sql.table('webhook_events')})`,
    })
    .execute();
}

/** Replaces an endpoint's stored fields with `endpoint`'s (the domain merged the change). */
export async function updateEndpoint(db: Db, endpoint: WebhookEndpointRecord): Promise<void> {
  await db.updateTable('webhook_endpoints').set(columnsOf(endpoint)).where('id', '=', endpoint.id).execute();
}

export async function deleteEndpoint(db: Db, id: string): Promise<void> {
  await db.deleteFrom('webhook_deliveries').where('webhook_id', '=', id).execute();
  await db.deleteFrom('webhook_endpoints').where('id', '=', id).execute();
}

export async function findEndpoint(db: Db, id: string): Promise<WebhookEndpointRecord | undefined> {
  const row = await db.selectFrom('webhook_endpoints').select(COLUMNS).where('id', '=', id).executeTakeFirst();
  return row && toEndpoint(row);
}

/** Every endpoint (clientId undefined), or only one client's (a string) or the operator's (null), in creation order. */
export async function listEndpoints(db: Db, clientId?: string | null): Promise<WebhookEndpointRecord[]> {
  let query = db.selectFrom('webhook_endpoints').select(COLUMNS);
  if (clientId === null) query = query.where('client_id', 'is', null);
  else if (clientId !== undefined) query = query.where('client_id', '=', clientId);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  return rows.map(toEndpoint);
}

/** An endpoint as the fan-out sees it: how far through the outbox it got, and whether it receives now. */
export interface FanOutEndpoint {
  readonly id: string;
  readonly clientId: string | null;
  readonly events: WebhookEndpointRecord['events'];
  /** The id of the last event it was given or passed over. */
  readonly fannedThrough: number;
  /**
   * Enabled, and its client (if any) neither disabled nor removed: a disabled client's endpoints
   * are paused, they get nothing until the client is enabled again.
   */
  readonly receiving: boolean;
}

/** Every endpoint, in id order (the order in which the fan-out moves them, so two instances lock alike). */
export async function fanOutEndpoints(db: Db): Promise<FanOutEndpoint[]> {
  const { rows } = await fanOutEndpointsQuery(db);
  return rows.map((row) => ({
    id: row.id,
    clientId: row.client_id,
    events: eventsOf(row.events),
    fannedThrough: Number(row.fanned_through),
    receiving:
      !fromDbBoolean(row.disabled) &&
      (row.client_id === null ||
        (row.client_disabled !== null && !fromDbBoolean(row.client_disabled) && row.client_removed_at === null)),
  }));
}
const fanOutEndpointsQuery = prepared((db) =>
  db
    .selectFrom('webhook_endpoints')
    .leftJoin('api_clients', 'api_clients.client_id', 'webhook_endpoints.client_id')
    .select([
      'webhook_endpoints.id',
      'webhook_endpoints.client_id',
      'webhook_endpoints.events',
      'webhook_endpoints.disabled',
      'webhook_endpoints.fanned_through',
      'api_clients.disabled as client_disabled',
      'api_clients.removed_at as client_removed_at',
    ])
    .orderBy('webhook_endpoints.id'),
);

/**
 * Moves an endpoint on through the outbox, from where it was read to be to `to`; false when
 * another instance moved it first (this one's deliveries for it are then not to be written).
 */
export async function advanceEndpoint(db: Db, id: string, from: number, to: number): Promise<boolean> {
  const result = await advanceQuery(db, id, from, to);
  return Number(result.numAffectedRows) === 1;
}
const advanceQuery = prepared((db, id: string, from: number, to: number) =>
  db
    .updateTable('webhook_endpoints')
    .set({ fanned_through: to })
    .where('id', '=', id)
    .where('fanned_through', '=', from),
);

/** Disables every endpoint of a client (the operator removed it), with a reason. */
export async function disableClientEndpoints(db: Db, clientId: string, reason: string): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set({ disabled: 1, disabled_reason: reason, disabled_by: 'operator' })
    .where('client_id', '=', clientId)
    .where('disabled', '=', 0)
    .execute();
}

/** How many endpoints the operator (clientId null) or a client has. */
export async function countEndpoints(db: Db, clientId: string | null): Promise<number> {
  let query = db.selectFrom('webhook_endpoints').select((eb) => eb.fn.countAll<number | string>().as('n'));
  query = clientId === null ? query.where('client_id', 'is', null) : query.where('client_id', '=', clientId);
  return Number((await query.executeTakeFirstOrThrow()).n);
}

/** Records an attempt's outcome on the endpoint's health: a success clears the failing run, a failure starts one. */
export async function markEndpointHealth(db: Db, id: string, succeeded: boolean, at: Date): Promise<void> {
  if (succeeded) {
    await db.updateTable('webhook_endpoints').set({ failing_since: null }).where('id', '=', id).execute();
  } else {
    await db
      .updateTable('webhook_endpoints')
      .set({ failing_since: at })
      .where('id', '=', id)
      .where('failing_since', 'is', null)
      .execute();
  }
}

/** The sender disables an endpoint with a reason (410 Gone, failing for days). */
export async function disableEndpoint(db: Db, id: string, reason: string): Promise<void> {
  await db
    .updateTable('webhook_endpoints')
    .set({ disabled: 1, disabled_reason: reason, disabled_by: 'system' })
    .where('id', '=', id)
    .execute();
}

function columnsOf(endpoint: WebhookEndpointRecord) {
  return {
    url: endpoint.url,
    events: endpoint.events === '*' ? '*' : endpoint.events.join(','),
    description: endpoint.description,
    disabled: endpoint.disabled ? 1 : 0,
    disabled_reason: endpoint.disabledReason,
    disabled_by: endpoint.disabledBy,
    client_id: endpoint.clientId,
    created_at: endpoint.created,
    secret_sealed: endpoint.secretSealed,
    previous_secret_sealed: endpoint.previousSecretSealed,
    previous_secret_until: endpoint.previousSecretUntil,
    failing_since: endpoint.failingSince,
  };
}

function toEndpoint(row: Omit<Selectable<WebhookEndpointsTable>, 'fanned_through'>): WebhookEndpointRecord {
  return {
    id: row.id,
    url: row.url,
    events: eventsOf(row.events),
    description: row.description,
    disabled: fromDbBoolean(row.disabled),
    disabledReason: row.disabled_reason,
    disabledBy: ENDPOINT_DISABLERS.find((who) => who === row.disabled_by) ?? null,
    clientId: row.client_id,
    created: fromDbTime(row.created_at),
    secretSealed: row.secret_sealed,
    previousSecretSealed: row.previous_secret_sealed,
    previousSecretUntil: row.previous_secret_until === null ? null : fromDbTime(row.previous_secret_until),
    failingSince: row.failing_since === null ? null : fromDbTime(row.failing_since),
  };
}

/** The stored event filter: `*` or comma-separated types. */
function eventsOf(stored: string): WebhookEndpointRecord['events'] {
  return stored === '*' ? '*' : stored.split(',').filter((e) => e !== '');
}
