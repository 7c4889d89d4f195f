import { html, type SafeHtml } from '../../../html.js';
import { selectField, textareaField } from '../components/form-fields.js';
import { postForm } from '../components/post-form.js';
import type { OwnerView, PortalStatus } from '../components/view-models.js';

/** The suspend/resume form of a portal. */
export interface StatusFormModel {
  /** POST target; fields `status` (Suspended or Active) and `reason`. */
  readonly action: string;
  readonly csrfToken: string;
  readonly status: PortalStatus;
  /** The reason stored with the current status, if any. */
  readonly currentReason: string | null;
  /** The reason typed when the post was refused. */
  readonly reason: string;
  readonly error?: string | undefined;
}

/** Suspend an active portal, or resume a suspended one, with a reason; nothing for a removed one. */
export function statusForm(model: StatusFormModel): SafeHtml {
  if (model.status === 'RemovePending') {
    return html`<p class="muted">A removed portal cannot be suspended or resumed.</p>`;
  }
  const suspend = model.status === 'Active';
  return html`${model.currentReason !== null && !suspend ? html`<p class="note"><span class="note-label">Suspended because:</span> ${model.currentReason}</p>` : html``}
${postForm({
  action: model.action,
  csrfToken: model.csrfToken,
  id: 'status-form',
  hidden: { status: suspend ? 'Suspended' : 'Active' },
  body: html`${textareaField({
    id: 'status-form-reason',
    name: 'reason',
    label: suspend ? 'Reason for suspending' : 'Reason for resuming',
    value: model.reason,
    error: model.error,
    rows: 2,
    maxLength: 1024,
    optional: true,
    hint: suspend
      ? 'Stored with the status and in the audit log. The owner cannot sign in while suspended.'
      : 'Stored with the status and in the audit log.',
  })}
<div class="form-actions"><button type="submit" class="button ${suspend ? 'button-warning' : 'button-primary'}">${suspend ? 'Suspend portal' : 'Resume portal'}</button></div>`,
})}`;
}

/** The owner-access actions: resend the activation mail, create a one-time login link. */
export interface AccessActionsModel {
  readonly csrfToken: string;
  readonly owner: OwnerView;
  readonly status: PortalStatus;
  /** POST target of "Resend activation" (no fields). */
  readonly resendActivationAction: string;
  /** POST target of "Create login link"; field `ttl` (seconds). */
  readonly loginLinkAction: string;
  /** The chosen lifetime when a post was refused ('' = the default). */
  readonly ttl: string;
  readonly ttlError?: string | undefined;
}

/**
 * A not yet activated owner gets the activation mail again; an activated owner of an active
 * portal can be signed in with a one-time link (the API refuses it in every other case, so the
 * form is not offered then).
 */
export function accessActions(model: AccessActionsModel): SafeHtml {
  if (model.status === 'RemovePending')
    return html`<p class="muted">The portal is removed: its owner cannot sign in.</p>`;
  if (!model.owner.activated) {
    return html`<p>The owner has not activated the portal yet. A new activation link is mailed to <span class="email">${model.owner.email}</span>; earlier links stay valid until they expire.</p>
${postForm({
  action: model.resendActivationAction,
  csrfToken: model.csrfToken,
  body: html`<button type="submit" class="button button-secondary">Resend activation mail</button>`,
})}`;
  }
  if (model.status !== 'Active')
    return html`<p class="muted">Login links can be created for active portals only. Resume the portal first.</p>`;
  return html`<p>Create a one-time link that signs you in as the owner. Issuing it is recorded in the audit log.</p>
${postForm({
  action: model.loginLinkAction,
  csrfToken: model.csrfToken,
  id: 'login-link-form',
  body: html`${selectField({
    id: 'login-link-form-ttl',
    name: 'ttl',
    label: 'Valid for',
    value: model.ttl === '' ? '300' : model.ttl,
    error: model.ttlError,
    width: 'medium',
    options: [
      { value: '60', label: '1 minute' },
      { value: '300', label: '5 minutes' },
      { value: '900', label: '15 minutes' },
      { value: '3600', label: '1 hour' },
    ],
  })}
<div class="form-actions"><button type="submit" class="button button-secondary">Create login link</button></div>`,
})}`;
}
