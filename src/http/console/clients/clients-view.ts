import { html } from '../../../html.js';
import { clientFields, type ClientFormValues } from './client-form-fields.js';
import { dataTable } from '../components/data-table.js';
import { emptyState } from '../components/empty-state.js';
import { formatNumber, timeTag } from '../components/format.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';
import { postForm } from '../components/post-form.js';
import { safeHref } from '../components/safe-href.js';
import { enabledBadge } from '../components/status-badge.js';
import type { ClientView, FieldErrors } from '../components/view-models.js';

/** A client in the list, with its page. */
export interface ClientRow extends ClientView {
  readonly href: string;
}

/** The clients page: the list and the create form. */
export interface ClientsPageModel {
  readonly chrome: ConsoleChrome;
  readonly rows: readonly ClientRow[];
  /** POST target of the create form (see `clientFields` for the field names). */
  readonly createAction: string;
  /** The empty form (default scopes checked), or the refused post with its errors. */
  readonly createForm: { readonly values: ClientFormValues; readonly errors: FieldErrors };
}

/** The form id of "New client"; its fields are `create-client-<name>`. */
export const CREATE_CLIENT_FORM_ID = 'create-client';

/** API clients in a table, then the form that creates one (its secret is shown on the next page). */
export function clientsPage(model: ClientsPageModel): string {
  const table = dataTable<ClientRow>({
    id: 'clients-table',
    caption: 'API clients',
    captionHidden: true,
    rows: model.rows,
    empty: emptyState({
      title: 'No API clients yet',
      text: 'Create one for each billing panel, reseller or sign-up site, so each has its own secret, scopes and limits.',
      action: { href: `#${CREATE_CLIENT_FORM_ID}-name`, label: 'Create the first client' },
    }),
    columns: [
      {
        header: 'Client',
        rowHeader: true,
        cell: (c) =>
          html`<a class="row-link" href="${safeHref(c.href)}">${c.name}</a><span class="cell-sub code">${c.clientId}</span>`,
      },
      {
        header: 'Scopes',
        cell: (c) =>
          c.scopes.length === 0
            ? html`<span class="muted">none</span>`
            : html`<span class="tags">${c.scopes.map((s) => html`<code class="tag">${s}</code>`)}</span>`,
      },
      {
        header: 'Portals',
        align: 'end',
        nowrap: true,
        cell: (c) =>
          html`${formatNumber(c.portalCount)}${c.maxPortals !== null ? html`<span class="muted"> / ${formatNumber(c.maxPortals)}</span>` : html``}`,
      },
      {
        header: 'Rate limit',
        align: 'end',
        nowrap: true,
        cell: (c) => (c.rateLimit === null ? html`<span class="muted">—</span>` : `${formatNumber(c.rateLimit)}/min`),
      },
      { header: 'Status', nowrap: true, cell: (c) => enabledBadge(c.disabled) },
      { header: 'Created', align: 'end', nowrap: true, cell: (c) => timeTag(c.created, 'date') },
    ],
  });
  return consoleLayout(model.chrome, {
    title: 'Clients',
    body: html`${pageHeading({
      title: 'Clients',
      description: 'Callers of the API with their own secret, scopes and quotas. The machine key stays the operator’s.',
      actions:
        model.rows.length > 0 ? html`<a class="button button-primary" href="#new-client">New client</a>` : undefined,
    })}
<div class="panel panel-flush">${table}</div>
${panel({
  id: 'new-client',
  title: 'New client',
  description: 'The secret is shown once, right after creating the client.',
  body: postForm({
    action: model.createAction,
    csrfToken: model.chrome.csrfToken,
    id: CREATE_CLIENT_FORM_ID,
    noValidate: true,
    body: html`${clientFields({ formId: CREATE_CLIENT_FORM_ID, values: model.createForm.values, errors: model.createForm.errors, withClientId: true })}
<div class="form-actions"><button type="submit" class="button button-primary">Create client</button></div>`,
  }),
})}`,
  });
}
