import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { listAuditLog } from '../../../../domain/audit/list-audit.js';
import { auditEventSchema, presentAuditEvent } from '../../../../wire/audit-event.js';
import { actorOf } from '../../actor.js';
import { integer, text } from '../../params.js';
import { alwaysSigned, endpoint } from '../../route-spec.js';
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

const listResponse = z.object({ events: z.array(auditEventSchema), next: z.string().nullable() });

/** audit/list: who changed what, newest first (a client sees its own portals and actions). */
export function auditRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.get(
    '/audit/list',
    ...endpoint(
      {
        tag: 'audit',
        summary: 'Audit records, newest first, a page at a time',
        access: alwaysSigned('audit:read'),
        input: listInput,
        responses: { 200: listResponse },
      },
      async (input, request) => {
        const page = await listAuditLog(ctx, actorOf(request), input);
        return { events: page.events.map(presentAuditEvent), next: page.next };
      },
    ),
  );
}
