import { html, type SafeHtml } from '../../../html.js';
import { formatDateTime, formatDuration, formatNumber } from '../components/format.js';
import { icon } from '../components/icons.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';
import { registrationsChart, type DailyCount } from './registrations-chart.js';
import { upcomingPanel, type UpcomingView } from './upcoming-panel.js';
import { safeHref } from '../components/safe-href.js';

/** Portals counted by status, each with the link to the filtered list. */
export interface PortalCountsView {
  readonly active: number;
  readonly suspended: number;
  readonly removePending: number;
  readonly activeHref: string;
  readonly suspendedHref: string;
  readonly removePendingHref: string;
}

/** An outbox (mail or webhook deliveries): what waits to be sent and for how long. */
export interface BacklogView {
  readonly pending: number;
  /** Age of the oldest pending item in seconds; null when nothing is pending. */
  readonly oldestAgeSeconds: number | null;
  /** Items that gave up after their last retry (webhooks); null where not counted. */
  readonly failed: number | null;
  /** The route's judgement that the backlog needs a look (stuck sender, growing queue). */
  readonly attention: boolean;
  /** Where to look closer (the webhooks page); null when there is no page for it. */
  readonly href: string | null;
}

/** The overview page. */
export interface OverviewPageModel {
  readonly chrome: ConsoleChrome;
  /** When the numbers were read (ISO). */
  readonly asOf: string;
  readonly portals: PortalCountsView;
  /** The last 30 days, oldest first, one entry per day (zeros included). */
  readonly registrations: readonly DailyCount[];
  readonly mail: BacklogView;
  /** Null when webhooks are not part of this build. */
  readonly webhooks: BacklogView | null;
  /** What the lifecycle policy will do in the next days. */
  readonly upcoming: UpcomingView;
}

/** Portals by status, registrations per day, and the mail and webhook backlogs. */
export function overviewPage(model: OverviewPageModel): string {
  const p = model.portals;
  const total = p.active + p.suspended + p.removePending;
  const stats = html`<ul class="stats" aria-label="Portals by status">
${stat('Portals', total, null, 'All portals, including those waiting to be purged', 'neutral')}
${stat('Active', p.active, p.activeHref, null, 'success')}
${stat('Suspended', p.suspended, p.suspendedHref, null, 'warning')}
${stat('Remove pending', p.removePending, p.removePendingHref, 'Removed, purged after the retention period', 'danger')}
</ul>`;
  const backlogs = [
    backlog('mail-backlog', 'Mail outbox', 'Activation and password mails waiting for the SMTP server.', model.mail),
  ];
  if (model.webhooks !== null) {
    backlogs.push(
      backlog(
        'webhook-backlog',
        'Webhook deliveries',
        'Events waiting for their endpoints to answer 2xx.',
        model.webhooks,
      ),
    );
  }
  return consoleLayout(model.chrome, {
    title: 'Overview',
    body: html`${pageHeading({ title: 'Overview', description: html`The service at a glance, as of <time datetime="${model.asOf}">${formatDateTime(model.asOf)}</time>.` })}
${stats}
${panel({ id: 'registrations', title: 'Registrations', description: 'New portals per day over the last 30 days (UTC).', body: registrationsChart(model.registrations) })}
<div class="grid-2">${backlogs}</div>
${upcomingPanel(model.upcoming)}`,
  });
}

function stat(
  label: string,
  value: number,
  href: string | null,
  note: string | null,
  tone: 'neutral' | 'success' | 'warning' | 'danger',
): SafeHtml {
  const content = html`<span class="stat-label"><span class="dot dot-${tone}" aria-hidden="true"></span>${label}</span><span class="stat-value">${formatNumber(value)}</span>${note !== null ? html`<span class="stat-note">${note}</span>` : html``}`;
  return html`<li class="stat">${href !== null ? html`<a class="stat-link" href="${safeHref(href)}">${content}</a>` : html`<div class="stat-link">${content}</div>`}</li>`;
}

function backlog(id: string, title: string, description: string, b: BacklogView): SafeHtml {
  const health = b.attention
    ? html`<p class="backlog-health backlog-attention">${icon('warning')}<span>Needs attention: the queue is not draining.</span></p>`
    : b.pending === 0
      ? html`<p class="backlog-health backlog-ok">${icon('check')}<span>Nothing waiting.</span></p>`
      : html`<p class="backlog-health backlog-ok">${icon('check')}<span>Draining normally.</span></p>`;
  return panel({
    id,
    title,
    description,
    actions:
      b.href !== null
        ? html`<a class="link-quiet" href="${safeHref(b.href)}">View<span class="visually-hidden"> ${title}</span></a>`
        : undefined,
    body: html`<dl class="metrics">
<div class="metric"><dt>Pending</dt><dd>${formatNumber(b.pending)}</dd></div>
<div class="metric"><dt>Oldest waiting</dt><dd>${b.oldestAgeSeconds === null ? html`<span class="muted">—</span>` : formatDuration(b.oldestAgeSeconds)}</dd></div>
${b.failed !== null ? html`<div class="metric"><dt>Failed</dt><dd>${formatNumber(b.failed)}</dd></div>` : html``}
</dl>
${health}`,
  });
}
