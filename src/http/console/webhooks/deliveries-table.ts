import { html, type SafeHtml } from '../../../html.js';
import { dataTable, type Column } from '../components/data-table.js';
import { formatNumber, timeTag } from '../components/format.js';
import { postForm } from '../components/post-form.js';
import { safeHref } from '../components/safe-href.js';
import { deliveryStatusBadge } from '../components/status-badge.js';
import type { DeliveryView } from '../components/view-models.js';

/** A delivery with its endpoint, for tables that span several endpoints. */
export interface DeliveryRow extends DeliveryView {
  /** The endpoint's URL and page (shown when the table lists several endpoints). */
  readonly webhookUrl: string | null;
  readonly webhookHref: string | null;
}

/** The deliveries table of an endpoint's page and of a portal's page. */
export interface DeliveriesTableModel {
  readonly id: string;
  readonly caption: string;
  readonly captionHidden?: boolean;
  readonly rows: readonly DeliveryRow[];
  /** Show each delivery's endpoint (a portal's deliveries go to several endpoints). */
  readonly showEndpoint?: boolean;
  /** POST target of the per-row Redeliver button (field `deliveryId`); null: no button. */
  readonly redeliverAction: string | null;
  /** Posted as `returnTo` with a redelivery, so the route can come back to this page. */
  readonly returnTo?: string;
  readonly csrfToken: string;
  readonly empty: SafeHtml;
}

/** Event, status, attempts, last result, next attempt or delivery time, and Redeliver. */
export function deliveriesTable(model: DeliveriesTableModel): SafeHtml {
  const columns: Column<DeliveryRow>[] = [
    {
      header: 'Event',
      rowHeader: true,
      // The endpoint goes under the event, not in a column of its own: the table stays readable
      // beside a portal page's other panels.
      cell: (d) =>
        html`<code class="tag">${d.type}</code><span class="cell-sub code" title="Event id (webhook-id)">${d.eventId}</span>${model.showEndpoint === true ? endpoint(d) : html``}`,
    },
    { header: 'Status', cell: (d) => deliveryStatusBadge(d.status), nowrap: true },
    { header: 'Attempts', cell: (d) => formatNumber(d.attempts), align: 'end' },
    { header: 'Last result', cell: lastResult },
    { header: 'Created', cell: (d) => html`${timeTag(d.created)}${nextOrDone(d)}`, nowrap: true },
  ];
  const action = model.redeliverAction;
  if (action !== null) {
    columns.push({
      header: 'Actions',
      headerHidden: true,
      align: 'end',
      cell: (d) =>
        postForm({
          action,
          csrfToken: model.csrfToken,
          hidden: { deliveryId: d.deliveryId, ...(model.returnTo !== undefined ? { returnTo: model.returnTo } : {}) },
          className: 'inline-form',
          body: html`<button type="submit" class="button button-secondary button-small">Redeliver<span class="visually-hidden"> ${d.type} event ${d.eventId}</span></button>`,
        }),
    });
  }
  return dataTable<DeliveryRow>({
    id: model.id,
    caption: model.caption,
    captionHidden: model.captionHidden ?? false,
    rows: model.rows,
    columns,
    empty: model.empty,
  });
}

function endpoint(d: DeliveryRow): SafeHtml {
  if (d.webhookUrl === null) return html``;
  return html`<span class="cell-sub">to ${d.webhookHref !== null ? html`<a class="url" href="${safeHref(d.webhookHref)}" title="${d.webhookUrl}">${d.webhookUrl}</a>` : html`<span class="url" title="${d.webhookUrl}">${d.webhookUrl}</span>`}</span>`;
}

function lastResult(d: DeliveryRow): SafeHtml {
  if (d.lastStatusCode === null && d.lastError === null) return html`<span class="muted">—</span>`;
  const ok = d.lastStatusCode !== null && d.lastStatusCode >= 200 && d.lastStatusCode < 300;
  return html`${d.lastStatusCode !== null ? html`<span class="http-code${ok ? ' http-ok' : ' http-bad'}">HTTP ${d.lastStatusCode}</span>` : html``}${d.lastError !== null && d.lastError !== String(d.lastStatusCode) ? html` <span class="cell-sub">${d.lastError}</span>` : html``}`;
}

/** The line under the creation time: when it was delivered, or when the next attempt is due. */
function nextOrDone(d: DeliveryRow): SafeHtml {
  if (d.deliveredAt !== null) return html`<span class="cell-sub">delivered ${timeTag(d.deliveredAt)}</span>`;
  if (d.status === 'pending' && d.nextAttemptAt !== null)
    return html`<span class="cell-sub">next try ${timeTag(d.nextAttemptAt)}</span>`;
  return html``;
}
