import type { FastifyInstance } from 'fastify';
import { listClientChoices } from '../../../domain/client/find-clients.js';
import { NO_CLIENT, searchPortals, type PortalSearchPage } from '../../../domain/portal/search-portals.js';
import { field } from '../../web/forms.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { formProblems } from '../form-errors.js';
import { portalsPage, type FlashMessage, type PortalFilters, type PortalRow } from '../components/index.js';

/**
 * GET /console/portals: search by name (prefix), owner e-mail or domain, filter by status,
 * client and plan, paged by cursor (`after=`) so a page deep in a million portals costs what the
 * first one does. A filter value the rules refuse shows an empty list with the reason (400).
 */
export function portalListRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;
  app.get('/portals', async (request, reply) => {
    const filters: PortalFilters = {
      q: field(request, 'q')?.trim() ?? '',
      status: field(request, 'status') ?? '',
      clientId: field(request, 'clientId') ?? '',
      plan: field(request, 'plan') ?? '',
    };
    const after = field(request, 'after');
    let page: PortalSearchPage = { items: [], next: null, byName: false };
    const flash: FlashMessage[] = noticeOf(request);
    let status = 200;
    try {
      page = await searchPortals(ctx, deps.actor(request), { ...filters, after });
    } catch (error) {
      const problems = formProblems(error, []);
      if (problems === undefined) throw error;
      status = 400;
      for (const text of problems.general) flash.push({ kind: 'error', text });
    }
    const clients = await listClientChoices(ctx);
    const known = new Set(clients.map((c) => c.clientId));
    const rows: PortalRow[] = page.items.map(({ tenant, owner, tariff }) => ({
      tenantId: tenant.id,
      portalName: tenant.alias,
      domain: tenant.domain,
      ownerEmail: owner?.email ?? null,
      status: tenant.status,
      plan: tariff?.plan ?? null,
      clientId: tenant.clientId,
      clientHref: tenant.clientId !== null && known.has(tenant.clientId) ? consolePaths.client(tenant.clientId) : null,
      created: tenant.created.toISOString(),
      href: consolePaths.portal(tenant.id),
    }));
    const listHref = (cursor: string | undefined) => withQuery(consolePaths.portals, { ...filters, after: cursor });
    return deps.send(
      reply,
      status,
      portalsPage({
        chrome: deps.chrome(request, 'portals', flash),
        searchAction: consolePaths.portals,
        filters,
        clientOptions: [
          { value: NO_CLIENT, label: 'No client (the operator’s)' },
          ...clients.map((c) => ({ value: c.clientId, label: `${c.name} (${c.clientId})` })),
        ],
        planOptions: ctx.options.tariff.plans.map((p) => ({ value: p.plan, label: p.plan })),
        rows,
        firstHref: after !== undefined && after !== '' ? listHref(undefined) : null,
        nextHref: page.next === null ? null : listHref(page.next),
      }),
    );
  });
}
