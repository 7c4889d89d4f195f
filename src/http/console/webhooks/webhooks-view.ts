import { html, type SafeHtml } from '../../../html.js';
import { dataTable } from '../components/data-table.js';
import { emptyState } from '../components/empty-state.js';
import { timeTag } from '../components/format.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';
import { postForm } from '../components/post-form.js';
import { safeHref } from '../components/safe-href.js';
import { enabledBadge } from '../components/status-badge.js';
import type { FieldErrors, WebhookView } from '../components/view-models.js';
import { webhookFields, type WebhookFormValues } from './webhook-form-fields.js';

/** An endpoint in the list, with its page and its client's page. */
export interface WebhookRow extends WebhookView {
  readonly href: string;
  readonly clientHref: string | null;
}

/** The webhooks page: the endpoints and the create form. */
export interface WebhooksPageModel {
  readonly chrome: ConsoleChrome;
  readonly rows: readonly WebhookRow[];
  /** POST target of the create form (see `webhookFields` for the field names). */
  readonly createAction: string;
  readonly createForm: { readonly values: WebhookFormValues; readonly errors: FieldErrors };
}

/** The form id of "New endpoint"; its fields are `create-webhook-<name>`. */
export const CREATE_WEBHOOK_FORM_ID = 'create-webhook';

/** Webhook endpoints in a table, then the form that adds one (its secret shows on the next page). */
export function webhooksPage(model: WebhooksPageModel): string {
  const table = dataTable<WebhookRow>({
    id: 'webhooks-table',
    caption: 'Webhook endpoints',
    captionHidden: true,
    rows: model.rows,
    empty: emptyState({
      title: 'No webhook endpoints yet',
      text: 'Add one so your billing and provisioning systems hear about new, suspended and removed portals as it happens.',
      action: { href: `#${CREATE_WEBHOOK_FORM_ID}-url`, label: 'Add the first endpoint' },
    }),
    columns: [
      {
        header: 'Endpoint',
        rowHeader: true,
        cell: (w) =>
          html`<a class="row-link url" href="${safeHref(w.href)}" title="${w.url}">${w.url}</a>${w.description !== null && w.description !== '' ? html`<span class="cell-sub">${w.description}</span>` : html``}`,
      },
      { header: 'Events', cell: (w) => events(w.events) },
      {
        header: 'Client',
        cell: (w) =>
          w.clientId === null
            ? html`<span class="muted">Operator</span>`
            : w.clientHref !== null
              ? html`<a class="code" href="${safeHref(w.clientHref)}">${w.clientId}</a>`
              : html`<span class="code">${w.clientId}</span>`,
      },
      {
        header: 'Status',
        cell: (w) =>
          html`${enabledBadge(w.disabled)}${w.disabled && w.disabledReason !== null ? html`<span class="cell-sub">${w.disabledReason}</span>` : html``}`,
      },
      { header: 'Created', align: 'end', nowrap: true, cell: (w) => timeTag(w.created, 'date') },
    ],
  });
  return consoleLayout(model.chrome, {
    title: 'Webhooks',
    body: html`${pageHeading({
      title: 'Webhooks',
      description: 'Signed HTTP callbacks (Standard Webhooks) for every change to a portal.',
      actions:
        model.rows.length > 0 ? html`<a class="button button-primary" href="#new-webhook">New endpoint</a>` : undefined,
    })}
<div class="panel panel-flush">${table}</div>
${panel({
  id: 'new-webhook',
  title: 'New endpoint',
  description: 'The signing secret is shown once, right after adding the endpoint.',
  body: postForm({
    action: model.createAction,
    csrfToken: model.chrome.csrfToken,
    id: CREATE_WEBHOOK_FORM_ID,
    noValidate: true,
    body: html`${webhookFields({ formId: CREATE_WEBHOOK_FORM_ID, values: model.createForm.values, errors: model.createForm.errors })}
<div class="form-actions"><button type="submit" class="button button-primary">Add endpoint</button></div>`,
  }),
})}`,
  });
}

/** "All events" for `*`, else the types as tags (the first few, then "+N more"). */
function events(list: readonly string[]): SafeHtml {
  if (list.length === 0 || list.includes('*')) return html`<span class="tag tag-accent">All events</span>`;
  const shown = list.slice(0, 3);
  const more = list.length - shown.length;
  return html`<span class="tags">${shown.map((e) => html`<code class="tag">${e}</code>`)}${more > 0 ? html`<span class="muted" title="${list.slice(3).join(', ')}">+${more} more</span>` : html``}</span>`;
}
