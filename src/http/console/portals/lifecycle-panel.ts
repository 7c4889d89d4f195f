import { html, type SafeHtml } from '../../../html.js';
import { timeTag } from '../components/format.js';
import { postForm } from '../components/post-form.js';
import type { TenantView } from '../components/view-models.js';

/** Where the portal page's lifecycle forms go. */
export interface LifecycleActionsModel {
  readonly tenant: TenantView;
  readonly csrfToken: string;
  /** POST: `protected` true or false. */
  readonly protectionAction: string;
  /** POST: cancel the scheduled removal. */
  readonly cancelRemovalAction: string;
  /** POST: restore the removed portal. */
  readonly restoreAction: string;
}

/**
 * Reversible removal on a portal's page: a removed portal is restored (as it was, until it is
 * purged); a live one shows its scheduled removal (which can be cancelled) and its protection
 * against removal (set or lifted).
 */
export function lifecycleActions(model: LifecycleActionsModel): SafeHtml {
  const t = model.tenant;
  const csrfToken = model.csrfToken;
  if (t.status === 'RemovePending') {
    return html`<p>Restoring brings the portal back as it was — status, owner, tariff and settings — if its name is still free.</p>
${postForm({ action: model.restoreAction, csrfToken, body: html`<button type="submit" class="button button-primary">Restore portal</button>` })}`;
  }
  const scheduled =
    t.removalScheduledAt === null
      ? html``
      : html`<p class="note"><span class="note-label">Removal scheduled:</span> ${timeTag(t.removalScheduledAt)}</p>
${postForm({ action: model.cancelRemovalAction, csrfToken, body: html`<button type="submit" class="button button-secondary">Cancel scheduled removal</button>` })}`;
  const protection = t.protected
    ? html`<p><span class="badge badge-info">Protected</span> The portal cannot be removed — not by an operator, a client, a bulk job or the lifecycle policy — until the protection is lifted.</p>
${postForm({ action: model.protectionAction, csrfToken, hidden: { protected: 'false' }, body: html`<button type="submit" class="button button-secondary">Lift protection</button>` })}`
    : html`<p>Protect the portal against removal (a protected portal’s scheduled removal is cancelled).</p>
${postForm({ action: model.protectionAction, csrfToken, hidden: { protected: 'true' }, body: html`<button type="submit" class="button button-secondary">Protect portal</button>` })}`;
  return html`${scheduled}
${protection}`;
}
