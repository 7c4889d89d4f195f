import { normalizeEmail } from '../email.js';
import type { TenantFilter } from '../../store/repositories/tenant-list.js';
import { MAX_TENANT_ID } from '../../store/records.js';
import { visibleClientOf, type Actor } from '../actor.js';
import { DomainError } from '../errors.js';
import { nameFilter, parseStatusFilter } from '../portal/list-portals.js';
import { tariffPatch, type TariffChange } from '../tariff/set-tariff.js';
import type { TariffPlan } from '../tariff/tariff-plans.js';

/** What a bulk job does to each portal. */
export const BULK_ACTIONS = ['suspend', 'resume', 'tariff', 'remove'] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];

/** The portals a bulk job takes: portal/get's filters, by the same names. */
export interface BulkFilter {
  /** A status name or number, or `all`; default Active (Suspended for `resume`). */
  readonly status?: string | undefined;
  readonly plan?: string | undefined;
  /**
   * The operator's filter (a client's job takes only its own portals whatever it says); null:
   * the operator's own portals (no client).
   */
  readonly clientId?: string | null | undefined;
  readonly email?: string | undefined;
  readonly overQuota?: boolean | undefined;
  readonly nearQuota?: boolean | undefined;
  readonly portalName?: string | undefined;
  readonly tenantId?: number | undefined;
}

/** POST portal/bulk's body. */
export interface BulkRequest {
  readonly filter?: BulkFilter | undefined;
  readonly action?: string | undefined;
  /** For suspend and resume: stored with the status, as portal/status stores it. */
  readonly reason?: string | undefined;
  /** For tariff: the plan to apply (before the `tariff` fields, as tariff/set does). */
  readonly plan?: string | undefined;
  /** For tariff: tariff/set's fields. */
  readonly tariff?: TariffChange | undefined;
}

/** What a job applies to each portal, as stored with it. */
export interface BulkParams {
  readonly reason?: string | undefined;
  readonly change?: TariffChange | undefined;
}

/** A request checked: the action, what it applies, and the portals it takes (undefined: none can match). */
export interface CheckedBulkRequest {
  readonly action: BulkAction;
  readonly params: BulkParams;
  readonly filter: TenantFilter | undefined;
}

/**
 * Checks a bulk request, reporting every problem at once (a `params` error from the caller):
 * a known action, a reason only where a status changes, a tariff change that tariff/set would
 * take (a known plan, a valid due date) and nothing else, filters portal/get would take.
 */
export function checkBulkRequest(
  request: BulkRequest,
  actor: Actor,
  plans: readonly TariffPlan[],
  now: Date,
  problems: string[],
): CheckedBulkRequest | undefined {
  const action = BULK_ACTIONS.find((a) => a === request.action?.trim().toLowerCase());
  if (action === undefined) {
    problems.push(`action: must be one of ${BULK_ACTIONS.join(', ')}`);
    return undefined;
  }
  const change: TariffChange = { ...request.tariff, ...(request.plan !== undefined ? { plan: request.plan } : {}) };
  if (action === 'tariff') {
    if (Object.values(change).every((v) => v === undefined))
      problems.push('tariff: give the tariff/set fields to apply (or plan)');
    try {
      tariffPatch(change, plans, now);
    } catch (error) {
      problems.push(...messagesOf(error));
    }
  } else if (request.tariff !== undefined || request.plan !== undefined) {
    problems.push(`plan and tariff: only for the action tariff, not ${action}`);
  }
  if (request.reason !== undefined && action !== 'suspend' && action !== 'resume')
    problems.push(`reason: only for suspend and resume, not ${action}`);
  let filter: TenantFilter | undefined;
  try {
    filter = tenantFilterOf(request.filter ?? {}, action, actor);
  } catch (error) {
    problems.push(...messagesOf(error));
  }
  return {
    action,
    params: action === 'tariff' ? { change } : request.reason !== undefined ? { reason: request.reason } : {},
    filter,
  };
}

/**
 * The store's filter for a bulk job's portals, as portal/get reads its filters. A client's job
 * takes only its own portals; undefined when nothing can match (another client's, an id no portal
 * can have).
 */
export function tenantFilterOf(filter: BulkFilter, action: BulkAction, actor: Actor): TenantFilter | undefined {
  const visible = visibleClientOf(actor);
  const wanted = filter.clientId === null ? null : filter.clientId?.trim();
  if (visible !== undefined && wanted !== undefined && wanted !== '' && wanted !== visible) return undefined;
  if (filter.tenantId !== undefined && (filter.tenantId < 1 || filter.tenantId > MAX_TENANT_ID)) return undefined;
  const clientId = visible ?? (wanted === '' ? undefined : wanted);
  return {
    // Resuming is for suspended portals: that is what the job takes unless told otherwise.
    statuses: parseStatusFilter(filter.status ?? (action === 'resume' ? 'Suspended' : undefined)),
    tenantId: filter.tenantId,
    ...nameFilter(filter.portalName),
    ownerEmail: filter.email === undefined ? undefined : normalizeEmail(filter.email),
    ...(clientId !== undefined ? { clientId } : {}),
    ...(filter.overQuota === true ? { overQuota: true } : {}),
    ...(filter.nearQuota === true ? { nearQuota: true } : {}),
    ...(filter.plan !== undefined && filter.plan.trim() !== '' ? { plan: filter.plan.trim() } : {}),
  };
}

/** The problems a `params` error lists; any other error goes on. */
function messagesOf(error: unknown): string[] {
  if (!(error instanceof DomainError) || error.code !== 'params') throw error;
  const detail = error.detail;
  return typeof detail === 'string' ? [detail] : [...(detail ?? [error.message])];
}
