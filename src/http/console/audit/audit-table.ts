import { html, type SafeHtml } from '../../../html.js';
import { dataTable } from '../components/data-table.js';
import { timeTag } from '../components/format.js';
import { safeHref } from '../components/safe-href.js';
import type { AuditEventView, AuditValue } from '../components/view-models.js';

/** An audit record with the link to its portal's page (null: no portal, or it is purged). */
export interface AuditRow extends AuditEventView {
  readonly portalHref: string | null;
}

/** The audit table of the audit log page and of a portal's trail. */
export interface AuditTableModel {
  readonly id: string;
  readonly caption: string;
  readonly captionHidden?: boolean;
  readonly rows: readonly AuditRow[];
  /** Leave out the portal column (on a portal's own page). */
  readonly hidePortal?: boolean;
  readonly empty: SafeHtml;
}

/** Time, action, actor, portal and every change as "field: before → after". */
export function auditTable(model: AuditTableModel): SafeHtml {
  const portalColumn = {
    header: 'Portal',
    nowrap: true,
    cell: (r: AuditRow) =>
      r.portalName === null && r.tenantId === null
        ? html`<span class="muted">—</span>`
        : r.portalHref !== null
          ? html`<a href="${safeHref(r.portalHref)}">${r.portalName ?? `#${r.tenantId ?? ''}`}</a>`
          : html`${r.portalName ?? `#${r.tenantId ?? ''}`}`,
  };
  return dataTable<AuditRow>({
    id: model.id,
    caption: model.caption,
    captionHidden: model.captionHidden ?? false,
    rows: model.rows,
    empty: model.empty,
    columns: [
      { header: 'Time', cell: (r) => timeTag(r.at), rowHeader: true, nowrap: true },
      { header: 'Action', cell: (r) => html`<code class="tag">${r.action}</code>`, nowrap: true },
      { header: 'Actor', cell: actor },
      ...(model.hidePortal === true ? [] : [portalColumn]),
      { header: 'Changes', cell: (r) => changes(r.changes) },
    ],
  });
}

/** A recorded change's field list, "field: before → after" each. */
export function changes(record: AuditEventView['changes']): SafeHtml {
  const entries = Object.entries(record);
  if (entries.length === 0) return html`<span class="muted">—</span>`;
  return html`<ul class="changes">${entries.map(
    ([field, [before, after]]) =>
      html`<li><span class="change-field">${field}</span><span class="visually-hidden"> changed from</span> ${value(before, 'change-before')} <span class="change-arrow" aria-hidden="true">→</span><span class="visually-hidden"> to</span> ${value(after, 'change-after')}</li>`,
  )}</ul>`;
}

function actor(r: AuditRow): SafeHtml {
  return html`<span class="actor"><span class="actor-type">${r.actor.type}</span>${r.actor.id !== null ? html` <span class="actor-id">${r.actor.id}</span>` : html``}${r.actor.ip !== null ? html`<span class="actor-ip">${r.actor.ip}</span>` : html``}</span>`;
}

function value(v: AuditValue, className: string): SafeHtml {
  if (v === null) return html`<span class="${className} is-none">none</span>`;
  if (typeof v === 'boolean') return html`<span class="${className}">${v ? 'true' : 'false'}</span>`;
  if (Array.isArray(v)) {
    return html`<span class="${className}">${v.length === 0 ? '[]' : v.map((item) => (item === null ? 'null' : String(item))).join(', ')}</span>`;
  }
  return html`<span class="${className}">${String(v)}</span>`;
}
