import { normalizeEmail } from '../email.js';
import { findTenantByAlias } from '../../store/repositories/tenants.js';
import {
  listTenantsPage,
  listTenantsWithStatisticsPage,
  type TenantFilter,
  type TenantWithStatistics,
} from '../../store/repositories/tenant-list.js';
import { nthTenantId } from '../../store/repositories/tenant-positions.js';
import { MAX_TENANT_ID, TENANT_STATUSES, type TenantStatus } from '../../store/records.js';
import { visibleClientOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import { normalizePortalName } from './portal-name.js';

/** portal/get's query. */
export interface PortalQuery {
  readonly email?: string | undefined;
  readonly portalName?: string | undefined;
  readonly tenantId?: number | undefined;
  /** A status name, a number, or "all"; default Active only. */
  readonly status?: string | undefined;
  /** Owner, tariff and usage with each portal; default without. */
  readonly statistics?: boolean | undefined;
  readonly startIndex?: number | undefined;
  readonly count?: number | undefined;
  /** Keyset paging: only portals with a greater tenantId (cheap at any depth, unlike startIndex). */
  readonly after?: number | undefined;
  /** The operator's filter: only this client's portals. */
  readonly clientId?: string | undefined;
  /** Only portals whose reported usage exceeds their quota. */
  readonly overQuota?: boolean | undefined;
  /** Only portals whose usage crossed a usage threshold (USAGE_ALERTS) and has not fallen back. */
  readonly nearQuota?: boolean | undefined;
  /** Only portals on this tariff plan. */
  readonly plan?: string | undefined;
}

/** Rows fetched per query: big enough to amortise round trips, small enough to stay in cache. */
const BATCH = 500;

/**
 * What a portal/get query selects: `whole` when it can match one portal at most (the billing
 * panel's everyday call), read in one go without the batch machinery; `batches` otherwise.
 */
export type PortalListing =
  | { readonly kind: 'whole'; readonly portals: Promise<TenantWithStatistics[]> }
  | { readonly kind: 'batches'; readonly batches: AsyncGenerator<TenantWithStatistics[]> };

/** A query that can match nothing (a fresh array each time: the caller owns what it gets). */
const none = (): PortalListing => ({ kind: 'whole', portals: Promise.resolve([]) });

/**
 * The matching portals in id order. Each item carries owner and tariff when statistics were
 * asked for.
 */
export function listPortals(ctx: DomainContext, actor: Actor, query: PortalQuery): PortalListing {
  // A client lists only its own portals, whatever it asks for.
  const visible = visibleClientOf(actor);
  const clientId = visible ?? query.clientId?.trim();
  if (visible !== undefined && query.clientId !== undefined && query.clientId.trim() !== visible) return none();
  const statuses = parseStatusFilter(query.status);
  // The billing panel's everyday call — one live portal by name — is one probe of the unique
  // name index (a prepared lookup), not the general paged list. It is told from the query
  // before any filter is built, and is no async generator: on a hot path, the filter's spreads
  // and the generator's promises cost more CPU than the probe itself (bench/).
  if (statuses !== undefined) {
    const alias = oneLivePortalAlias(query, statuses);
    if (alias !== undefined) return { kind: 'whole', portals: livePortalByName(ctx, alias, statuses, clientId) };
  }
  const filter: TenantFilter = {
    statuses,
    tenantId: query.tenantId,
    ...nameFilter(query.portalName),
    ownerEmail: query.email === undefined ? undefined : normalizeEmail(query.email),
    ...(clientId !== undefined && clientId !== '' ? { clientId } : {}),
    ...(query.overQuota === true ? { overQuota: true } : {}),
    ...(query.nearQuota === true ? { nearQuota: true } : {}),
    ...(query.plan !== undefined && query.plan.trim() !== '' ? { plan: query.plan.trim() } : {}),
  };
  // An id no portal can have matches nothing (a larger one would fail the query on PostgreSQL).
  if (query.tenantId !== undefined && (query.tenantId < 1 || query.tenantId > MAX_TENANT_ID)) return none();
  return { kind: 'batches', batches: batchesOf(ctx, query, filter) };
}

/** The live portal holding `alias`, when one of `statuses` and visible to `clientId` (none: any). */
async function livePortalByName(
  ctx: DomainContext,
  alias: string,
  statuses: readonly TenantStatus[],
  clientId: string | undefined,
): Promise<TenantWithStatistics[]> {
  const tenant = await findTenantByAlias(ctx.store.db, alias);
  if (
    tenant === undefined ||
    !statuses.includes(tenant.status) ||
    (clientId !== undefined && clientId !== '' && tenant.clientId !== clientId)
  ) {
    return [];
  }
  return [{ tenant, owner: null, tariff: null, usersCount: 0 }];
}

/** The matching portals a batch at a time, so a million portals never sit in memory at once. */
async function* batchesOf(
  ctx: DomainContext,
  query: PortalQuery,
  filter: TenantFilter,
): AsyncGenerator<TenantWithStatistics[]> {
  let remaining = query.count ?? Number.POSITIVE_INFINITY;
  let afterId = query.after !== undefined && query.after > 0 ? Math.min(query.after, MAX_TENANT_ID) : 0;
  const startIndex = query.startIndex ?? 0;
  if (startIndex > 0 && remaining > 0) {
    // startIndex: the skipped matches are counted over the index, not read and dropped 500 at a
    // time (seconds deep into a million portals; bench/), from where the list is known to reach.
    const last = await nthTenantId(ctx.store.db, { ...filter, afterId }, startIndex);
    if (last === undefined) return;
    afterId = last;
  }
  // Keyset pages from there: each query stays cheap however deep it is.
  while (remaining > 0) {
    const limit = Math.min(BATCH, remaining);
    const page = { afterId, limit };
    const batch: TenantWithStatistics[] =
      query.statistics === true
        ? await listTenantsWithStatisticsPage(ctx.store.db, filter, page)
        : (await listTenantsPage(ctx.store.db, filter, page)).map((tenant) => ({
            tenant,
            owner: null,
            tariff: null,
            usersCount: 0,
          }));
    const last = batch[batch.length - 1];
    if (last === undefined) return;
    afterId = last.tenant.id;
    remaining -= batch.length;
    yield batch;
    if (batch.length < limit) return;
  }
}

/**
 * The alias a query asks for when it asks for one portal by its bare name (not a host name),
 * among live portals (`statuses`: the default Active, or Suspended), with nothing else to
 * filter, page or add; undefined for any other query.
 */
function oneLivePortalAlias(query: PortalQuery, statuses: readonly TenantStatus[]): string | undefined {
  if (
    query.portalName === undefined ||
    statuses.includes('RemovePending') ||
    query.statistics === true ||
    query.email !== undefined ||
    query.tenantId !== undefined ||
    query.overQuota === true ||
    query.nearQuota === true ||
    query.plan !== undefined ||
    (query.count !== undefined && query.count <= 0) ||
    (query.startIndex ?? 0) !== 0 ||
    (query.after ?? 0) !== 0
  ) {
    return undefined;
  }
  const { alias } = nameFilter(query.portalName);
  return alias;
}

/** Status filter: default Active; a name or number; "all" (or "any") for every status. */
export function parseStatusFilter(status: string | undefined): readonly TenantStatus[] | undefined {
  if (status === undefined) return ['Active'];
  const wanted = status.trim().toLowerCase();
  if (wanted === 'all' || wanted === 'any') return undefined;
  const byNumber = /^\d+$/.test(wanted) ? TENANT_STATUSES[Number(wanted)] : undefined;
  const found = byNumber ?? TENANT_STATUSES.find((s) => s.toLowerCase() === wanted);
  if (found === undefined) throw paramsError(`status must be one of ${TENANT_STATUSES.join(', ')} or all`);
  return [found];
}

/**
 * A bare alias filters by alias; a full host name by the domain stored at registration, so a
 * portal is found under the base domain it was registered with (either form).
 */
export function nameFilter(portalName: string | undefined): Pick<TenantFilter, 'alias' | 'domain'> {
  if (portalName === undefined) return {};
  const name = normalizePortalName(portalName);
  return name.includes('.') ? { domain: name } : { alias: name };
}
