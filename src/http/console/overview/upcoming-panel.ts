import { html, type SafeHtml } from '../../../html.js';
import { dataTable } from '../components/data-table.js';
import { emptyState } from '../components/empty-state.js';
import { formatNumber, timeTag } from '../components/format.js';
import { panel } from '../components/panel.js';
import { safeHref } from '../components/safe-href.js';
import { badge } from '../components/status-badge.js';

/** One thing the lifecycle policy will do, as the overview lists it. */
export interface UpcomingRow {
  /** ISO; now for what is due already. */
  readonly at: string;
  readonly action: 'reminder' | 'suspend' | 'remove';
  /** The rule that will act (`due-reminder`, `suspend-not-paid`, …). */
  readonly rule: string;
  readonly portalName: string;
  /** The portal's page. */
  readonly href: string;
  /** For reminders: days before the due date. */
  readonly daysBefore: number | null;
}

/** What the policy will do in the next days (GET lifecycle/upcoming). */
export interface UpcomingView {
  readonly days: number;
  readonly reminders: number;
  readonly suspensions: number;
  readonly removals: number;
  /** The earliest ones. */
  readonly rows: readonly UpcomingRow[];
  /** More were found than are counted (the counts are of the earliest). */
  readonly truncated: boolean;
}

/** The overview's panel of upcoming reminders, suspensions and removals. */
export function upcomingPanel(model: UpcomingView): SafeHtml {
  const more = model.truncated ? '+' : '';
  return panel({
    id: 'upcoming',
    title: 'Upcoming lifecycle actions',
    description: `What the lifecycle policy will do in the next ${model.days} days, earliest first (UTC).`,
    body: html`<dl class="metrics">
<div class="metric"><dt>Reminders</dt><dd>${formatNumber(model.reminders)}${more}</dd></div>
<div class="metric"><dt>Suspensions</dt><dd>${formatNumber(model.suspensions)}${more}</dd></div>
<div class="metric"><dt>Removals</dt><dd>${formatNumber(model.removals)}${more}</dd></div>
</dl>
${dataTable<UpcomingRow>({
  id: 'upcoming-table',
  caption: `Upcoming lifecycle actions in the next ${model.days} days`,
  captionHidden: true,
  rows: model.rows,
  empty: emptyState({
    title: `Nothing planned in the next ${model.days} days`,
    text: 'No reminder, suspension or removal is due.',
    compact: true,
  }),
  columns: [
    { header: 'When', cell: (r) => timeTag(r.at), nowrap: true },
    { header: 'Action', cell: (r) => actionBadge(r), nowrap: true },
    { header: 'Portal', rowHeader: true, cell: (r) => html`<a href="${safeHref(r.href)}">${r.portalName}</a>` },
    { header: 'Rule', cell: (r) => html`<span class="code">${r.rule}</span>` },
  ],
})}`,
  });
}

function actionBadge(row: UpcomingRow): SafeHtml {
  switch (row.action) {
    case 'reminder':
      return badge(row.daysBefore === null ? 'Reminder' : `Reminder (${row.daysBefore} d)`, 'info');
    case 'suspend':
      return badge('Suspension', 'warning');
    case 'remove':
      return badge('Removal', 'danger');
  }
}
