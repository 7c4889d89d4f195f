import { html, type SafeHtml } from '../../../html.js';
import { deliveriesTable, type DeliveryRow } from './deliveries-table.js';
import { detailsList } from '../components/details-list.js';
import { emptyState } from '../components/empty-state.js';
import { filterForm } from '../portals/filter-form.js';
import { timeTag } from '../components/format.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { pagination } from '../components/pagination.js';
import { panel } from '../components/panel.js';
import { postForm } from '../components/post-form.js';
import { safeHref } from '../components/safe-href.js';
import { secretPanel } from '../components/secret-panel.js';
import { enabledBadge } from '../components/status-badge.js';
import type { FieldErrors, WebhookView } from '../components/view-models.js';
import { webhookFields, type WebhookFormValues } from './webhook-form-fields.js';

/** Where the endpoint page's links and forms go. */
export interface WebhookPageLinks {
  readonly listHref: string;
  /** POST: the edit form (`webhookFields` names). */
  readonly updateAction: string;
  /** POST: queue a `webhook.test` event to this endpoint (no fields). */
  readonly testAction: string;
  /** POST: new signing secret (no fields). */
  readonly rotateAction: string;
  /** POST: pause or resume deliveries; field `disabled` = `true` or `false`. */
  readonly stateAction: string;
  /** GET: the confirmation page of removal; null hides it. */
  readonly removeHref: string | null;
  /** GET: this page, target of the deliveries' status filter (field `status`). */
  readonly deliveriesAction: string;
  /** POST: redeliver one delivery (`deliveryId`). */
  readonly redeliverAction: string;
}

/** One webhook endpoint's page. */
export interface WebhookPageModel {
  readonly chrome: ConsoleChrome;
  readonly webhook: WebhookView;
  readonly clientHref: string | null;
  readonly links: WebhookPageLinks;
  /** The signing secret just issued (create or rotate), shown once. */
  readonly newSecret: { readonly secret: string; readonly reason: 'created' | 'rotated' } | null;
  readonly editForm: { readonly values: WebhookFormValues; readonly errors: FieldErrors };
  /** The deliveries' status filter ('' = all). */
  readonly statusFilter: string;
  readonly deliveries: readonly DeliveryRow[];
  readonly firstHref: string | null;
  readonly nextHref: string | null;
}

/** Secret panel (once), details and actions, edit form, and the deliveries with their filter. */
export function webhookPage(model: WebhookPageModel): string {
  const w = model.webhook;
  const csrf = model.chrome.csrfToken;
  const filtered = model.statusFilter !== '';
  const title = w.description !== null && w.description !== '' ? w.description : 'Endpoint';
  const body = html`${pageHeading({
    title,
    meta: enabledBadge(w.disabled),
    description: html`<span class="url">${w.url}</span>`,
    breadcrumbs: [{ label: 'Webhooks', href: model.links.listHref }],
    actions: postForm({
      action: model.links.testAction,
      csrfToken: csrf,
      className: 'inline-form',
      body: html`<button type="submit" class="button button-secondary"${w.disabled ? html` disabled` : html``}>Send test event</button>`,
    }),
  })}
${secret(model.newSecret)}
${w.disabled && w.disabledReason !== null ? html`<div class="flash flash-error" role="status"><p><strong>Deliveries are paused:</strong> ${w.disabledReason}</p></div>` : html``}
<div class="grid-main-side">
${panel({
  id: 'edit',
  title: 'Settings',
  body: postForm({
    action: model.links.updateAction,
    csrfToken: csrf,
    id: 'edit-webhook',
    noValidate: true,
    body: html`${webhookFields({ formId: 'edit-webhook', values: model.editForm.values, errors: model.editForm.errors })}
<div class="form-actions"><button type="submit" class="button button-primary">Save changes</button></div>`,
  }),
})}
<div class="stack-panels">
${panel({
  id: 'details',
  title: 'Details',
  body: detailsList([
    { term: 'Webhook id', value: w.webhookId, code: true },
    { term: 'Created', value: timeTag(w.created) },
    {
      term: 'Client',
      value:
        w.clientId === null
          ? 'Operator (all portals)'
          : model.clientHref !== null
            ? html`<a class="code" href="${safeHref(model.clientHref)}">${w.clientId}</a>`
            : w.clientId,
    },
  ]),
})}
${panel({
  id: 'rotate',
  title: 'Signing secret',
  description:
    'A new secret; for 24 hours deliveries carry signatures of both, so receivers can switch without losing events.',
  body: postForm({
    action: model.links.rotateAction,
    csrfToken: csrf,
    body: html`<button type="submit" class="button button-secondary">Rotate secret</button>`,
  }),
})}
${panel({
  id: 'state',
  title: w.disabled ? 'Resume deliveries' : 'Pause deliveries',
  body: html`<p>${w.disabled ? 'Deliveries to this endpoint are paused. Resume them to send events again.' : 'No events are sent to this endpoint while it is paused.'}</p>
${postForm({
  action: model.links.stateAction,
  csrfToken: csrf,
  hidden: { disabled: w.disabled ? 'false' : 'true' },
  body: html`<button type="submit" class="button ${w.disabled ? 'button-primary' : 'button-secondary'}">${w.disabled ? 'Resume deliveries' : 'Pause deliveries'}</button>`,
})}`,
})}
${
  model.links.removeHref !== null
    ? panel({
        id: 'remove',
        title: 'Remove endpoint',
        tone: 'danger',
        body: html`<p>The endpoint stops receiving events for good. Pausing is the reversible choice.</p>
<a class="button button-danger-outline" href="${safeHref(model.links.removeHref)}">Remove endpoint…</a>`,
      })
    : html``
}
</div>
</div>
${panel({
  id: 'deliveries',
  title: 'Deliveries',
  description: 'Newest first. A failed delivery can be sent again; it keeps its webhook-id, so receivers drop repeats.',
  flush: true,
  body: html`<div class="panel-toolbar">${filterForm({
    id: 'delivery-filters',
    action: model.links.deliveriesAction,
    label: 'Filter deliveries',
    resetHref: model.links.deliveriesAction,
    submitLabel: 'Filter',
    fields: [
      {
        kind: 'select',
        name: 'status',
        label: 'Status',
        value: model.statusFilter,
        options: [
          { value: '', label: 'Any status' },
          { value: 'pending', label: 'Pending' },
          { value: 'delivered', label: 'Delivered' },
          { value: 'failed', label: 'Failed' },
        ],
      },
    ],
  })}</div>
${deliveriesTable({
  id: 'webhook-deliveries',
  caption: 'Deliveries to this endpoint',
  captionHidden: true,
  rows: model.deliveries,
  redeliverAction: model.links.redeliverAction,
  csrfToken: csrf,
  empty: filtered
    ? emptyState({
        title: 'No deliveries with this status',
        action: { href: model.links.deliveriesAction, label: 'Show all deliveries' },
        compact: true,
      })
    : emptyState({
        title: 'No deliveries yet',
        text: 'Send a test event to check that the endpoint answers.',
        compact: true,
      }),
})}
${pagination({ label: 'Pages of deliveries', firstHref: model.firstHref, nextHref: model.nextHref, firstLabel: 'Newest', nextLabel: 'Older' })}`,
})}`;
  return consoleLayout(model.chrome, { title: `Webhook ${title}`, body });
}

function secret(s: WebhookPageModel['newSecret']): SafeHtml {
  if (s === null) return html``;
  return secretPanel({
    id: 'new-secret',
    title: s.reason === 'created' ? 'Endpoint added' : 'Signing secret rotated',
    label: 'Signing secret',
    value: s.secret,
    warning:
      s.reason === 'created'
        ? 'It is shown only this once. Give it to the receiver, which verifies every delivery with it.'
        : 'It is shown only this once. The previous secret keeps signing deliveries for 24 hours.',
  });
}
