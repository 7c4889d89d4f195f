import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listClientChoices } from '../../../domain/client/find-clients.js';
import type { BulkFilter, BulkRequest } from '../../../domain/job/bulk-request.js';
import { createBulkJob } from '../../../domain/job/create-bulk-job.js';
import { listBulkJobs } from '../../../domain/job/find-jobs.js';
import { NO_CLIENT, searchPortals, type PortalSearchPage } from '../../../domain/portal/search-portals.js';
import { presentJob } from '../../../wire/job.js';
import { field, formFields } from '../../web/forms.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { formProblems } from '../form-errors.js';
import {
  portalsPage,
  type FieldErrors,
  type FlashMessage,
  type PortalFilters,
  type PortalRow,
} from '../components/index.js';

/** The list's filters, by their names in the query string (and the bulk form's hidden fields). */
const FILTERS = ['q', 'status', 'clientId', 'plan', 'usage'] as const;
/** The bulk form's own fields. */
const BULK_FIELDS = ['action', 'reason', 'plan', 'confirm'] as const;
/** How many of the latest bulk jobs the list shows under its bulk form. */
const RECENT_JOBS = 5;

/** What a refused bulk form puts back on the list. */
interface BulkState {
  readonly values: { readonly action: string; readonly reason: string; readonly plan: string };
  readonly errors: FieldErrors;
  readonly flash: readonly FlashMessage[];
}

/**
 * GET /console/portals: search by name (prefix), owner e-mail or domain, filter by status,
 * client, plan and usage (near or over quota), paged by cursor (`after=`) so a page deep in a
 * million portals costs what the first one does. A filter value the rules refuse shows an empty
 * list with the reason (400). POST /console/portals/bulk: a bulk job (portal/bulk) over the
 * portals the filters select, then its page.
 */
export function portalListRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    filters: PortalFilters,
    bulk: BulkState | undefined,
  ) => {
    const after = request.method === 'GET' ? field(request, 'after') : undefined;
    let page: PortalSearchPage = { items: [], next: null, byName: false };
    const flash: FlashMessage[] = [...noticeOf(request), ...(bulk?.flash ?? [])];
    let status = bulk === undefined ? 200 : 400;
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
    const jobs = await listBulkJobs(ctx, deps.actor(request), { limit: RECENT_JOBS });
    const planOptions = ctx.options.tariff.plans.map((p) => ({ value: p.plan, label: p.plan }));
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
        planOptions,
        rows,
        firstHref: after !== undefined && after !== '' ? listHref(undefined) : null,
        nextHref: page.next === null ? null : listHref(page.next),
        bulk: {
          action: consolePaths.bulk,
          csrfToken: deps.chrome(request, 'portals').csrfToken,
          filters: bulkFilterOf(filters) === undefined ? null : hiddenFilters(filters),
          description: describe(filters),
          planOptions,
          values: bulk?.values ?? { action: 'suspend', reason: '', plan: '' },
          errors: bulk?.errors ?? {},
          recentJobs: jobs.items.map((job) => ({ ...presentJob(job), href: consolePaths.job(job.jobId) })),
        },
      }),
    );
  };

  app.get('/portals', async (request, reply) => {
    const filters = Object.fromEntries(
      FILTERS.map((name) => [name, name === 'q' ? (field(request, name)?.trim() ?? '') : (field(request, name) ?? '')]),
    ) as unknown as PortalFilters;
    return render(request, reply, filters, undefined);
  });

  app.post('/portals/bulk', async (request, reply) => {
    const posted = formFields(request, [...FILTERS.map((f) => `filter-${f}`), ...BULK_FIELDS]);
    const text = (name: string) => {
      const value = posted.get(name.toLowerCase());
      return typeof value === 'string' ? value.trim() : '';
    };
    const filters = Object.fromEntries(
      FILTERS.map((name) => [name, text(`filter-${name}`)]),
    ) as unknown as PortalFilters;
    const values = { action: text('action'), reason: text('reason'), plan: text('plan') };
    const refuse = (errors: FieldErrors, flash: readonly FlashMessage[] = []) =>
      render(request, reply, filters, { values, errors, flash });
    const filter = bulkFilterOf(filters);
    if (filter === undefined)
      return refuse({}, [{ kind: 'error', text: 'A search by name cannot select portals for a bulk action.' }]);
    if (text('confirm') !== 'yes') return refuse({ confirm: 'Tick the box to confirm the bulk action.' });
    if (values.action === 'tariff' && values.plan === '') return refuse({ plan: 'Choose the plan to apply.' });
    const bulkRequest: BulkRequest = {
      filter,
      action: values.action,
      ...(values.reason !== '' && values.action !== 'tariff' && values.action !== 'remove'
        ? { reason: values.reason }
        : {}),
      ...(values.action === 'tariff' ? { plan: values.plan } : {}),
    };
    try {
      const job = await createBulkJob(ctx, deps.scope(request), bulkRequest);
      return reply.redirect(consolePaths.job(job.jobId), 303);
    } catch (error) {
      const problems = formProblems(error, [...BULK_FIELDS]);
      if (problems === undefined) throw error;
      return refuse(
        problems.fields,
        problems.general.map((text) => ({ kind: 'error' as const, text })),
      );
    }
  });
}

/**
 * The list's filters as a bulk job's (portal/bulk's names): a search by owner e-mail or domain
 * narrows it too; a search by name (a prefix) cannot, and then there is none (undefined).
 */
function bulkFilterOf(filters: PortalFilters): BulkFilter | undefined {
  const q = filters.q.trim();
  if (q !== '' && !q.includes('@') && !q.includes('.')) return undefined;
  return {
    ...(filters.status !== '' ? { status: filters.status } : {}),
    ...(filters.clientId === NO_CLIENT
      ? { clientId: null }
      : filters.clientId !== ''
        ? { clientId: filters.clientId }
        : {}),
    ...(filters.plan !== '' ? { plan: filters.plan } : {}),
    ...(filters.usage === 'near' ? { nearQuota: true } : filters.usage === 'over' ? { overQuota: true } : {}),
    ...(q.includes('@') ? { email: q } : q !== '' ? { portalName: q } : {}),
  };
}

/** The filters as the bulk form's hidden fields (`filter-<name>`). */
function hiddenFilters(filters: PortalFilters): Record<string, string> {
  return Object.fromEntries(FILTERS.map((name) => [`filter-${name}`, filters[name]]));
}

/** The portals a bulk job over these filters takes, in words. */
function describe(filters: PortalFilters): string {
  const parts = [
    filters.status === '' ? 'active portals (suspended ones for Resume)' : `portals with status ${filters.status}`,
    filters.clientId === NO_CLIENT ? 'of no client' : filters.clientId !== '' ? `of client ${filters.clientId}` : '',
    filters.plan !== '' ? `on plan ${filters.plan}` : '',
    filters.usage === 'near' ? 'near their quota' : filters.usage === 'over' ? 'over their quota' : '',
    filters.q !== '' ? `matching “${filters.q}”` : '',
  ];
  return `every one of the ${parts.filter((p) => p !== '').join(' ')}`;
}
