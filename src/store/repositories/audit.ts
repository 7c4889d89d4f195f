import { sql, type Insertable } from 'kysely';
import { fromDbBigInt, fromDbTime } from '../dialects/values.js';
import { prepared } from '../prepared.js';
import type { Db } from '../store.js';
import type { AuditLogTable } from '../tables/index.js';

/**
 * The audit log: one row per change, written in the change's own transaction, read newest
 * first in keyset pages (id < cursor ORDER BY id DESC), each filter on an index ending in id.
 */

/** A record about to be written. */
export interface NewAuditRow {
  readonly at: Date;
  readonly action: string;
  readonly actorType: string;
  readonly actorId: string | null;
  readonly actorIp: string | null;
  readonly tenantId: number | null;
  readonly portalName: string | null;
  readonly clientId: string | null;
  readonly requestId: string | null;
  /** JSON text. */
  readonly changes: string;
}

/** A stored record. */
export interface AuditRow extends NewAuditRow {
  readonly id: number;
}

/** What audit/list may filter by; every given one narrows the list. */
export interface AuditFilter {
  readonly tenantId?: number | undefined;
  readonly portalName?: string | undefined;
  readonly action?: string | undefined;
  readonly actorType?: string | undefined;
  readonly actorId?: string | undefined;
  /** Only records of this client's slice (its portals and its own actions). */
  readonly clientId?: string | undefined;
  readonly from?: Date | undefined;
  readonly to?: Date | undefined;
}

export async function insertAudit(db: Db, row: NewAuditRow): Promise<void> {
  await auditInsert(db, {
      at: row.at,
      action: row.action,
      actor_type: row.actorType,
      actor_id: row.actorId,
      actor_ip: row.actorIp,
      tenant_id: row.tenantId,
      portal_name: row.portalName,
      client_id: row.clientId,
      request_id: row.requestId,
      changes: row.changes,
  });
}

// Every change writes one (see ../prepared.ts).
const auditInsert = prepared((db, row: Insertable<AuditLogTable>) => db.insertInto('audit_log').values(row));

/** Up to `limit` matching records with ids below `beforeId` (all when undefined), newest first. */
export async function listAudit(db: Db, filter: AuditFilter, page: { readonly beforeId?: number | undefined; readonly limit: number }): Promise<AuditRow[]> {
  let query = db
    .selectFrom('audit_log')
    .select(['id', 'at', 'action', 'actor_type', 'actor_id', 'actor_ip', 'tenant_id', 'portal_name', 'client_id', 'request_id', 'changes']);
  if (filter.tenantId !== undefined) query = query.where('tenant_id', '=', filter.tenantId);
  if (filter.portalName !== undefined) query = query.where('portal_name', '=', filter.portalName);
  if (filter.action !== undefined) query = query.where('action', '=', filter.action);
  if (filter.actorType !== undefined) query = query.where('actor_type', '=', filter.actorType);
  if (filter.actorId !== undefined) query = query.where('actor_id', '=', filter.actorId);
  if (filter.clientId !== undefined) query = query.where('client_id', '=', filter.clientId);
  if (filter.from !== undefined) query = query.where('at', '>=', filter.from);
  if (filter.to !== undefined) query = query.where('at', '<=', filter.to);
  if (page.beforeId !== undefined) query = query.where('id', '<', page.beforeId);
  // The page size is written into the SQL (see tenant-list.ts: a bound LIMIT re-prepares on SQLite).
  const rows = await query.orderBy('id', 'desc').limit(sql.lit(page.limit)).execute();
  return rows.map((row) => ({
    id: fromDbBigInt(row.id),
    at: fromDbTime(row.at),
    action: row.action,
    actorType: row.actor_type,
    actorId: row.actor_id,
    actorIp: row.actor_ip,
    tenantId: row.tenant_id === null ? null : Number(row.tenant_id),
    portalName: row.portal_name,
    clientId: row.client_id,
    requestId: row.request_id,
    changes: row.changes,
  }));
}

/** Deletes up to `limit` records older than `before`; returns how many (bounded: no long lock). */
export async function purgeAudit(db: Db, before: Date, limit: number): Promise<number> {
  const rows = await db.selectFrom('audit_log').select('id').where('at', '<', before).orderBy('id').limit(sql.lit(limit)).execute();
  const ids = rows.map((r) => fromDbBigInt(r.id));
  if (ids.length === 0) return 0;
  const result = await db.deleteFrom('audit_log').where('id', 'in', ids).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Replaces `text` (a purged portal's owner e-mail) with `pseudonym` in every record of the portal:
 * the right to erasure, while the records themselves stay.
 */
export async function pseudonymizeAudit(db: Db, tenantId: number, text: string, pseudonym: string): Promise<void> {
  await db
    .updateTable('audit_log')
    .set({ changes: sql<string>`replace(changes, ${text}, ${pseudonym})` })
    .where('tenant_id', '=', tenantId)
    .execute();
}
