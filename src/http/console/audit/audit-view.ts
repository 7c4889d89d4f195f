import { AUDIT_ACTIONS } from '../../../wire/vocabulary.js';
import { html } from '../../../html.js';
import { auditTable, type AuditRow } from './audit-table.js';
import { emptyState } from '../components/empty-state.js';
import { filterForm } from '../portals/filter-form.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { pagination } from '../components/pagination.js';
import type { FieldErrors } from '../components/view-models.js';

/** The audit filters as the request gave them ('' = not set). */
export interface AuditFilters {
  /** A portal name or tenant id (`portal`). */
  readonly portal: string;
  readonly action: string;
  readonly actorType: string;
  readonly actorId: string;
  /** YYYY-MM-DD, from the start of that day (UTC). */
  readonly from: string;
  /** YYYY-MM-DD, to the end of that day (UTC). */
  readonly to: string;
}

/** The audit log page. */
export interface AuditPageModel {
  readonly chrome: ConsoleChrome;
  /** GET target of the filters (fields `portal`, `action`, `actorType`, `actorId`, `from`, `to`). */
  readonly filterAction: string;
  readonly filters: AuditFilters;
  /** Filter values the route could not read (a bad date). */
  readonly filterErrors: FieldErrors;
  readonly rows: readonly AuditRow[];
  /** Back to the newest records with the same filters; null on the first page. */
  readonly firstHref: string | null;
  /** Older records (`after=` cursor); null on the last page. */
  readonly nextHref: string | null;
}

/** Filters, then every recorded change newest first, with keyset paging links. */
export function auditPage(model: AuditPageModel): string {
  const f = model.filters;
  const filtered = Object.values(f).some((v) => v !== '');
  return consoleLayout(model.chrome, {
    title: 'Audit log',
    body: html`${pageHeading({ title: 'Audit log', description: 'Every change, who made it and what it changed, newest first. Times are UTC.' })}
${filterForm({
  id: 'audit-filters',
  action: model.filterAction,
  label: 'Filter the audit log',
  resetHref: model.filterAction,
  fields: [
    { kind: 'text', name: 'portal', label: 'Portal', value: f.portal, placeholder: 'Name or tenant id' },
    {
      kind: 'select',
      name: 'action',
      label: 'Action',
      value: f.action,
      options: [{ value: '', label: 'Any action' }, ...AUDIT_ACTIONS.map((a) => ({ value: a, label: a }))],
    },
    {
      kind: 'select',
      name: 'actorType',
      label: 'Actor type',
      value: f.actorType,
      options: [
        { value: '', label: 'Anyone' },
        { value: 'operator', label: 'Operator' },
        { value: 'client', label: 'Client' },
        { value: 'owner', label: 'Owner' },
        { value: 'anonymous', label: 'Anonymous' },
        { value: 'system', label: 'System' },
      ],
    },
    { kind: 'text', name: 'actorId', label: 'Actor id', value: f.actorId, placeholder: 'E-mail, client id…' },
    {
      kind: 'date',
      name: 'from',
      label: 'From',
      value: f.from,
      ...(model.filterErrors.from !== undefined ? { error: model.filterErrors.from } : {}),
    },
    {
      kind: 'date',
      name: 'to',
      label: 'To',
      value: f.to,
      ...(model.filterErrors.to !== undefined ? { error: model.filterErrors.to } : {}),
    },
  ],
})}
<div class="panel panel-flush">
${auditTable({
  id: 'audit-table',
  caption: filtered ? 'Audit records matching the filters' : 'Audit records',
  captionHidden: true,
  rows: model.rows,
  empty: filtered
    ? emptyState({
        title: 'No records match these filters',
        text: 'Widen the dates or clear the filters.',
        action: { href: model.filterAction, label: 'Clear filters' },
      })
    : emptyState({
        title: 'Nothing recorded yet',
        text: 'Registrations, status and tariff changes, sign-ins and console actions are recorded here.',
      }),
})}
</div>
${pagination({ label: 'Pages of the audit log', firstHref: model.firstHref, nextHref: model.nextHref, firstLabel: 'Newest', nextLabel: 'Older' })}`,
  });
}
