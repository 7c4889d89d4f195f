import { listAudit, type AuditFilter } from '../../store/repositories/audit.js';
import { MAX_TENANT_ID } from '../../store/records.js';
import {
  actorShownTo,
  AUDIT_ACTOR_TYPES,
  visibleClientOf,
  type Actor,
  type AuditActorType,
  type ShownActor,
} from '../actor.js';
import type { DomainContext } from '../context.js';
import { idCursor, pageSize, refuseProblems } from '../paging.js';
import { parseIsoDate } from '../iso-date.js';
import { normalizePortalName } from '../portal/portal-name.js';
import { AUDIT_ACTIONS, type AuditAction, type Changes } from './audit-actions.js';

/** audit/list's query; every given filter narrows the list. */
export interface AuditQuery {
  readonly tenantId?: number | undefined;
  readonly portalName?: string | undefined;
  readonly action?: string | undefined;
  readonly actorType?: string | undefined;
  readonly actorId?: string | undefined;
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  readonly limit?: number | undefined;
  /** The cursor of the previous page (its `next`). */
  readonly after?: string | undefined;
}

/** One audit record as the API shows it. */
export interface AuditEntry {
  readonly id: number;
  readonly at: Date;
  readonly action: AuditAction;
  readonly actor: ShownActor;
  readonly tenantId: number | null;
  readonly portalName: string | null;
  readonly requestId: string | null;
  readonly changes: Changes;
}

export interface AuditPage {
  readonly events: readonly AuditEntry[];
  /** The cursor of the next (older) page, or null when this one is the last. */
  readonly next: string | null;
}

export const DEFAULT_AUDIT_PAGE = 100;
export const MAX_AUDIT_PAGE = 1000;

/**
 * audit/list: records newest first, a page at a time. The operator sees everything; a client
 * sees the records of its own portals and its own actions. Paging is by id (the cursor is the
 * last id shown), so a page deep in a million records costs what the first one does; a page
 * reads a bounded window of one index whatever the filters, so filters that select few records
 * together may give a short (even empty) page with a `next` cursor: keep paging until it is null.
 */
export async function listAuditLog(ctx: DomainContext, actor: Actor, query: AuditQuery): Promise<AuditPage> {
  const problems: string[] = [];
  const limit = pageSize(query.limit, { size: DEFAULT_AUDIT_PAGE, max: MAX_AUDIT_PAGE }, problems);
  if (query.action !== undefined && !(AUDIT_ACTIONS as readonly string[]).includes(query.action)) {
    problems.push(`action: must be one of ${AUDIT_ACTIONS.join(', ')}`);
  }
  if (query.actorType !== undefined && !(AUDIT_ACTOR_TYPES as readonly string[]).includes(query.actorType)) {
    problems.push(`actorType: must be one of ${AUDIT_ACTOR_TYPES.join(', ')}`);
  }
  const from = query.from === undefined ? undefined : dateOf('from', query.from, problems);
  const to = query.to === undefined ? undefined : dateOf('to', query.to, problems);
  const beforeId = idCursor(query.after, problems);
  refuseProblems(problems);

  const filter: AuditFilter = {
    ...(query.tenantId !== undefined
      ? { tenantId: query.tenantId >= -MAX_TENANT_ID && query.tenantId <= MAX_TENANT_ID ? query.tenantId : 0 }
      : query.portalName !== undefined
        ? { portalName: aliasOf(query.portalName) }
        : {}),
    action: query.action,
    actorType: query.actorType,
    actorId: query.actorId,
    clientId: visibleClientOf(actor),
    from,
    to,
  };
  const { rows, nextBeforeId } = await listAudit(ctx.store.db, filter, { beforeId, limit });
  const viewer = filter.clientId === undefined ? 'operator' : 'client';
  return {
    events: rows.map((row) => ({
      id: row.id,
      at: row.at,
      action: row.action as AuditAction,
      actor: actorShownTo(viewer, { type: row.actorType as AuditActorType, id: row.actorId, ip: row.actorIp }),
      tenantId: row.tenantId,
      portalName: row.portalName,
      requestId: row.requestId,
      changes: JSON.parse(row.changes) as Changes,
    })),
    next: nextBeforeId === undefined ? null : String(nextBeforeId),
  };
}

/** A portal name or its full domain, as the alias the records carry. */
function aliasOf(portalName: string): string {
  const name = normalizePortalName(portalName);
  const dot = name.indexOf('.');
  return dot < 0 ? name : name.slice(0, dot);
}

function dateOf(field: string, text: string, problems: string[]): Date | undefined {
  const date = parseIsoDate(text);
  if (typeof date === 'string') {
    problems.push(`${field}: must be an ISO 8601 date or date-time between 1970 and 9999`);
    return undefined;
  }
  return date;
}
