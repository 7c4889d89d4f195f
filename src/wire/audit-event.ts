import { z } from 'zod';
import type { AuditEntry } from '../domain/audit/list-audit.js';
import { named } from './named.js';

/** One audit record. */
export const auditEventSchema = named(
  'AuditEvent',
  z.object({
    id: z.number().int(),
    at: z.string(),
    action: z.string(),
    // A client sees the operator's records as {"type": "operator"}: no staff name, no address.
    actor: z.object({ type: z.string(), id: z.string().nullable().optional(), ip: z.string().nullable().optional() }),
    tenantId: z.number().int().nullable(),
    portalName: z.string().nullable(),
    requestId: z.string().nullable(),
    changes: z.record(z.string(), z.array(z.unknown())),
  }),
);

/** An audit record as audit/list (and the console's audit pages) show it. */
export function presentAuditEvent(entry: AuditEntry): z.output<typeof auditEventSchema> {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    action: entry.action,
    actor: entry.actor,
    tenantId: entry.tenantId,
    portalName: entry.portalName,
    requestId: entry.requestId,
    changes: Object.fromEntries(Object.entries(entry.changes).map(([field, pair]) => [field, [...pair]])),
  };
}
