import { html, type SafeHtml } from '../../../html.js';
import { clientFields, type ClientFormValues } from './client-form-fields.js';
import { detailsList } from '../components/details-list.js';
import { formatDateTime, formatNumber, timeTag } from '../components/format.js';
import { textField } from '../components/form-fields.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';
import { postForm } from '../components/post-form.js';
import { safeHref } from '../components/safe-href.js';
import { secretPanel } from '../components/secret-panel.js';
import { enabledBadge } from '../components/status-badge.js';
import type { ClientView, FieldErrors } from '../components/view-models.js';

/** A client secret just issued: shown on the page the create or rotate post answers with, once. */
export interface NewClientSecretView {
  readonly secret: string;
  readonly reason: 'created' | 'rotated';
  /** After a rotation: until when the previous secret still works (ISO); null: it stopped at once. */
  readonly previousValidUntil: string | null;
}

/** Where the client page's links and forms go. */
export interface ClientPageLinks {
  readonly listHref: string;
  /** POST: the edit form (`clientFields` names, without `clientId`). */
  readonly updateAction: string;
  /** POST: rotate the secret (`graceMinutes`). */
  readonly rotateAction: string;
  /** GET: the confirmation page of disabling (shown while enabled). */
  readonly disableHref: string;
  /** POST: enable again (shown while disabled; no fields). */
  readonly enableAction: string;
  /** The portals list filtered to this client. */
  readonly portalsHref: string;
  /** GET: the confirmation page of removal; null hides it. */
  readonly removeHref: string | null;
}

/** One client's page. */
export interface ClientPageModel {
  readonly chrome: ConsoleChrome;
  readonly client: ClientView;
  readonly links: ClientPageLinks;
  readonly newSecret: NewClientSecretView | null;
  readonly editForm: { readonly values: ClientFormValues; readonly errors: FieldErrors };
  /** The rotate form: minutes the old secret keeps working ('' = the default, 60). */
  readonly rotateForm: { readonly graceMinutes: string; readonly error?: string | undefined };
}

/** The form id of the client edit form; its fields are `edit-client-<name>`. */
export const EDIT_CLIENT_FORM_ID = 'edit-client';

/** Secret panel (once), details, edit form, secret rotation, disable/enable and removal. */
export function clientPage(model: ClientPageModel): string {
  const c = model.client;
  const csrf = model.chrome.csrfToken;
  const body = html`${pageHeading({
    title: c.name,
    meta: enabledBadge(c.disabled),
    description: html`Client id <span class="code">${c.clientId}</span>`,
    breadcrumbs: [{ label: 'Clients', href: model.links.listHref }],
  })}
${newSecret(c, model.newSecret)}
<div class="grid-main-side">
${panel({
  id: 'edit',
  title: 'Settings',
  description: 'Scopes replace the whole list; changes apply to the next call.',
  body: postForm({
    action: model.links.updateAction,
    csrfToken: csrf,
    id: EDIT_CLIENT_FORM_ID,
    noValidate: true,
    body: html`${clientFields({ formId: EDIT_CLIENT_FORM_ID, values: model.editForm.values, errors: model.editForm.errors, withClientId: false })}
<div class="form-actions"><button type="submit" class="button button-primary">Save changes</button></div>`,
  }),
})}
<div class="stack-panels">
${panel({
  id: 'details',
  title: 'Details',
  body: detailsList([
    { term: 'Client id', value: c.clientId, code: true },
    { term: 'Created', value: timeTag(c.created) },
    { term: 'Secret rotated', value: timeTag(c.secretRotated) },
    {
      term: 'Portals',
      value: html`<a href="${safeHref(model.links.portalsHref)}">${formatNumber(c.portalCount)}${c.maxPortals !== null ? ` of ${formatNumber(c.maxPortals)}` : ''}</a>`,
    },
    { term: 'Rate limit', value: c.rateLimit === null ? 'No limit' : `${formatNumber(c.rateLimit)} calls/min` },
    { term: 'Partner id', value: c.partnerId, code: true },
  ]),
})}
${panel({
  id: 'rotate',
  title: 'Rotate secret',
  description:
    'Issues a new secret. The old one keeps working for the grace period, so the client can switch without downtime.',
  body: postForm({
    action: model.links.rotateAction,
    csrfToken: csrf,
    id: 'rotate-form',
    body: html`${textField({
      id: 'rotate-form-graceMinutes',
      name: 'graceMinutes',
      label: 'Grace period (minutes)',
      type: 'number',
      min: 0,
      max: 10080,
      inputMode: 'numeric',
      value: model.rotateForm.graceMinutes === '' ? '60' : model.rotateForm.graceMinutes,
      error: model.rotateForm.error,
      width: 'short',
      hint: '0 to 10080 (a week). 0 ends the old secret at once. Rotating again ends an earlier grace period.',
    })}
<div class="form-actions"><button type="submit" class="button button-secondary">Rotate secret</button></div>`,
  }),
})}
${
  c.disabled
    ? panel({
        id: 'state',
        title: 'Enable client',
        body: html`<p>The client is disabled: its tokens are refused and its webhook endpoints are paused.</p>
${postForm({ action: model.links.enableAction, csrfToken: csrf, body: html`<button type="submit" class="button button-primary">Enable client</button>` })}`,
      })
    : panel({
        id: 'state',
        title: 'Disable client',
        tone: 'danger',
        body: html`<p>Its tokens are refused at once and its webhook endpoints are paused. Its portals keep working.</p>
<a class="button button-danger-outline" href="${safeHref(model.links.disableHref)}">Disable client…</a>
${model.links.removeHref !== null ? html`<a class="button button-quiet" href="${safeHref(model.links.removeHref)}">Remove client…</a>` : html``}`,
      })
}
</div>
</div>`;
  return consoleLayout(model.chrome, { title: `Client ${c.name}`, body });
}

function newSecret(client: ClientView, secret: NewClientSecretView | null): SafeHtml {
  if (secret === null) return html``;
  return secretPanel({
    id: 'new-secret',
    title: secret.reason === 'created' ? 'Client created' : 'Secret rotated',
    label: 'Client secret',
    value: secret.secret,
    warning:
      'It is shown only this once and cannot be read again: the server keeps it encrypted. If it is lost, rotate the secret.',
    details: [
      { term: 'Client id', value: client.clientId, code: true },
      { term: 'Token', value: html`<code>ASC ${client.clientId}:&lt;datetime&gt;:&lt;hash&gt;</code>` },
      ...(secret.reason === 'rotated'
        ? [
            {
              term: 'Previous secret',
              value:
                secret.previousValidUntil !== null
                  ? `works until ${formatDateTime(secret.previousValidUntil)}`
                  : 'stopped working',
            },
          ]
        : []),
    ],
  });
}
