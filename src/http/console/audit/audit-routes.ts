import type { FastifyInstance } from 'fastify';
import { listAuditLog, type AuditPage } from '../../../domain/audit/list-audit.js';
import { field } from '../../web/forms.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { auditRow } from '../console-present.js';
import { formProblems } from '../form-errors.js';
import { auditPage, type AuditFilters, type FlashMessage } from '../components/index.js';

const PAGE = 50;
const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * GET /console/audit: every recorded change, newest first, filtered by portal (name or tenant
 * id), action, actor and dates (whole UTC days), paged by cursor — audit/list's use case.
 */
export function auditPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;
  app.get('/audit', async (request, reply) => {
    const filters: AuditFilters = {
      portal: field(request, 'portal')?.trim() ?? '',
      action: field(request, 'action') ?? '',
      actorType: field(request, 'actorType') ?? '',
      actorId: field(request, 'actorId')?.trim() ?? '',
      from: field(request, 'from')?.trim() ?? '',
      to: field(request, 'to')?.trim() ?? '',
    };
    const after = field(request, 'after');
    const portal = filters.portal;
    const blank = (value: string) => (value === '' ? undefined : value);
    let page: AuditPage = { events: [], next: null };
    let status = 200;
    let filterErrors: Record<string, string | undefined> = {};
    const flash: FlashMessage[] = noticeOf(request);
    try {
      page = await listAuditLog(ctx, deps.actor(request), {
        ...(portal === '' ? {} : /^-?\d{1,10}$/.test(portal) ? { tenantId: Number(portal) } : { portalName: portal }),
        action: blank(filters.action),
        actorType: blank(filters.actorType),
        actorId: blank(filters.actorId),
        // A day from the date control covers that whole day (UTC); a full date-time is taken as given.
        from: blank(filters.from),
        to: DAY.test(filters.to) ? `${filters.to}T23:59:59.999Z` : blank(filters.to),
        after: blank(after ?? ''),
        limit: PAGE,
      });
    } catch (error) {
      const problems = formProblems(error, ['from', 'to', 'action', 'actorType', 'after']);
      if (problems === undefined) throw error;
      status = 400;
      filterErrors = { ...problems.fields };
      for (const name of ['action', 'actorType', 'after'] as const) {
        const text = filterErrors[name];
        if (text !== undefined) flash.push({ kind: 'error', text: `${name}: ${text}` });
      }
      for (const text of problems.general) flash.push({ kind: 'error', text });
    }
    const listHref = (cursor: string | undefined) => withQuery(consolePaths.audit, { ...filters, after: cursor });
    return deps.send(
      reply,
      status,
      auditPage({
        chrome: deps.chrome(request, 'audit', flash),
        filterAction: consolePaths.audit,
        filters,
        filterErrors: {
          ...(filterErrors.from !== undefined ? { from: filterErrors.from } : {}),
          ...(filterErrors.to !== undefined ? { to: filterErrors.to } : {}),
        },
        rows: page.events.map(auditRow),
        firstHref: after !== undefined && after !== '' ? listHref(undefined) : null,
        nextHref: page.next === null ? null : listHref(page.next),
      }),
    );
  });
}
