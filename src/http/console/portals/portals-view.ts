import { html } from '../../../html.js';
import { dataTable } from '../components/data-table.js';
import { emptyState } from '../components/empty-state.js';
import { bulkActionPanel, type BulkFormModel } from './bulk-action-form.js';
import { filterForm } from './filter-form.js';
import { timeTag } from '../components/format.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { pagination } from '../components/pagination.js';
import { safeHref } from '../components/safe-href.js';
import { portalStatusBadge } from '../components/status-badge.js';
import type { PortalStatus, SelectOption } from '../components/view-models.js';

/** One portal in the list. */
export interface PortalRow {
  readonly tenantId: number;
  readonly portalName: string;
  readonly domain: string;
  readonly ownerEmail: string | null;
  readonly status: PortalStatus;
  readonly plan: string | null;
  readonly clientId: string | null;
  readonly clientHref: string | null;
  readonly created: string;
  /** The portal's page. */
  readonly href: string;
}

/** The filters as the request gave them ('' = not set). */
export interface PortalFilters {
  /** Free text matched against name, owner e-mail and domain (`q`). */
  readonly q: string;
  readonly status: string;
  readonly clientId: string;
  readonly plan: string;
  /** '' (any), 'near' (a usage threshold crossed) or 'over' (over the storage quota). */
  readonly usage: string;
}

/** The portals list page. */
export interface PortalsPageModel {
  readonly chrome: ConsoleChrome;
  /** GET target of the filter form (fields `q`, `status`, `clientId`, `plan`). */
  readonly searchAction: string;
  readonly filters: PortalFilters;
  /**
   * The clients to filter by; the view adds "Any client" first. Include a "no client" choice if
   * the route supports one.
   */
  readonly clientOptions: readonly SelectOption[];
  /** The configured plans; the view adds "Any plan" first. */
  readonly planOptions: readonly SelectOption[];
  readonly rows: readonly PortalRow[];
  /** Back to the first page with the same filters; null on the first page. */
  readonly firstHref: string | null;
  /** The next page (`after=` cursor, same filters); null on the last page. */
  readonly nextHref: string | null;
  /** The bulk action on the portals the filters select. */
  readonly bulk: BulkFormModel;
}

/** Search and filters, the portals table, and keyset paging links. */
export function portalsPage(model: PortalsPageModel): string {
  const f = model.filters;
  const filtered = f.q !== '' || f.status !== '' || f.clientId !== '' || f.plan !== '' || f.usage !== '';
  const table = dataTable<PortalRow>({
    id: 'portals-table',
    caption: filtered ? 'Portals matching the filters' : 'Portals',
    captionHidden: true,
    rows: model.rows,
    empty: filtered
      ? emptyState({
          title: 'No portals match these filters',
          text: 'Check the spelling, or clear the filters to see every portal.',
          action: { href: model.searchAction, label: 'Clear filters' },
        })
      : emptyState({
          title: 'No portals yet',
          text: 'Portals appear here as soon as a client, the sign-up site or the API registers one.',
        }),
    columns: [
      {
        header: 'Portal',
        rowHeader: true,
        cell: (r) =>
          html`<a class="row-link" href="${safeHref(r.href)}">${r.portalName}</a><span class="cell-sub">${r.domain}</span>`,
      },
      {
        header: 'Owner',
        cell: (r) =>
          r.ownerEmail === null ? html`<span class="muted">—</span>` : html`<span class="email">${r.ownerEmail}</span>`,
      },
      { header: 'Status', cell: (r) => portalStatusBadge(r.status), nowrap: true },
      { header: 'Plan', cell: (r) => r.plan ?? html`<span class="muted">—</span>` },
      {
        header: 'Client',
        cell: (r) =>
          r.clientId === null
            ? html`<span class="muted" title="Registered by the operator or the sign-up site">Operator</span>`
            : r.clientHref !== null
              ? html`<a href="${safeHref(r.clientHref)}" class="code">${r.clientId}</a>`
              : html`<span class="code">${r.clientId}</span>`,
      },
      { header: 'Created', cell: (r) => timeTag(r.created, 'date'), nowrap: true, align: 'end' },
    ],
  });
  return consoleLayout(model.chrome, {
    title: 'Portals',
    body: html`${pageHeading({ title: 'Portals', description: 'Every portal of the service. Open one to see its owner and tariff, or to change its status.' })}
${filterForm({
  id: 'portal-filters',
  action: model.searchAction,
  label: 'Search and filter portals',
  resetHref: model.searchAction,
  fields: [
    { kind: 'search', name: 'q', label: 'Search', value: f.q, placeholder: 'Name, owner e-mail or domain' },
    {
      kind: 'select',
      name: 'status',
      label: 'Status',
      value: f.status,
      options: [
        { value: '', label: 'Any status' },
        { value: 'Active', label: 'Active' },
        { value: 'Suspended', label: 'Suspended' },
        { value: 'RemovePending', label: 'Remove pending' },
      ],
    },
    {
      kind: 'select',
      name: 'clientId',
      label: 'Client',
      value: f.clientId,
      options: [{ value: '', label: 'Any client' }, ...model.clientOptions],
    },
    {
      kind: 'select',
      name: 'plan',
      label: 'Plan',
      value: f.plan,
      options: [{ value: '', label: 'Any plan' }, ...model.planOptions],
    },
    {
      kind: 'select',
      name: 'usage',
      label: 'Usage',
      value: f.usage,
      options: [
        { value: '', label: 'Any usage' },
        { value: 'near', label: 'Near quota' },
        { value: 'over', label: 'Over quota' },
      ],
    },
  ],
})}
<div class="panel panel-flush">
${table}
</div>
${pagination({ label: 'Pages of portals', firstHref: model.firstHref, nextHref: model.nextHref, nextLabel: 'Next page', firstLabel: 'First page' })}
${bulkActionPanel(model.bulk)}`,
  });
}
