import { html, type SafeHtml } from '../../../html.js';
import { detailsList, type DetailItem } from './details-list.js';
import { icon } from './icons.js';

/** A secret (or one-time link) just created, shown on this page only. */
export interface SecretPanelModel {
  /** Unique on the page; the field's id is `<id>-value`. */
  readonly id: string;
  readonly title: string;
  /** The label of the value: "Client secret", "Signing secret", "Login link". */
  readonly label: string;
  readonly value: string;
  /** Why it must be copied now: "It is shown only once…". */
  readonly warning: string;
  /** Facts that go with it: client id, expiry, grace period of the old secret. */
  readonly details?: readonly DetailItem[];
}

/**
 * The "shown once" box: a clear warning, then the value in a read-only monospace box, wrapped
 * whole (select it and copy; nothing depends on JavaScript), then what goes with it.
 */
export function secretPanel(model: SecretPanelModel): SafeHtml {
  const valueId = `${model.id}-value`;
  return html`<section class="secret" id="${model.id}" aria-labelledby="${model.id}-title">
<div class="secret-head">${icon('key', 'secret-icon')}<h2 id="${model.id}-title">${model.title}</h2></div>
<p class="secret-warning" id="${model.id}-warning"><strong>Copy it now.</strong> ${model.warning}</p>
<label class="label" for="${valueId}">${model.label}</label>
<textarea class="input input-code secret-value" id="${valueId}" rows="${Math.max(1, Math.ceil(model.value.length / 72))}" readonly spellcheck="false" autocomplete="off" aria-describedby="${model.id}-warning">${model.value}</textarea>
${model.details !== undefined && model.details.length > 0 ? detailsList(model.details, 'details-compact') : html``}
</section>`;
}
