import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listAuditLog, type AuditEntry } from '../../../domain/audit/list-audit.js';
import { actorOf } from '../../actor.js';
import { integer, parseInput, readParams, text } from '../../params.js';
import { alwaysSigned, named, route } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';

const listInput = z.object({
  tenantId: integer(),
  portalName: text(),
  action: text(),
  actorType: text(),
  actorId: text(),
  from: text(),
  to: text(),
  limit: integer(),
  after: text(),
});

const eventSchema = named(
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

const listResponse = z.object({ events: z.array(eventSchema), next: z.string().nullable() });

/** audit/list: who changed what, newest first (a client sees its own portals and actions). */
export function auditRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.get(
    '/audit/list',
    route({
      tag: 'audit',
      summary: 'Audit records, newest first, a page at a time',
      access: alwaysSigned('audit:read'),
      input: listInput,
      responses: { 200: listResponse },
    }),
    async (request) => {
      const input = parseInput(listInput, readParams(request));
      const page = await listAuditLog(ctx, actorOf(request), input);
      return { events: page.events.map(presentEvent), next: page.next };
    },
  );
}

function presentEvent(entry: AuditEntry) {
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
