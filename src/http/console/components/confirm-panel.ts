import { html, type SafeHtml } from '../../../html.js';
import { textField } from './form-fields.js';
import { icon } from './icons.js';
import { postForm } from './post-form.js';
import { safeHref } from './safe-href.js';

/** Typing the record's name to confirm a step that cannot be undone. */
export interface TypeToConfirm {
  /** The text to type, shown in the label (a portal name). */
  readonly expected: string;
  /** What the operator typed when the post was refused. */
  readonly value: string;
  readonly error?: string | undefined;
}

/**
 * The confirmation step of a destructive action: a page section of its own, reached by a link,
 * whose form does the action (no script `confirm()`: it must work with JavaScript off).
 */
export interface ConfirmPanelModel {
  readonly title: string;
  readonly message: string;
  /** What will happen, one line each. */
  readonly consequences: readonly string[];
  readonly action: string;
  readonly csrfToken: string;
  readonly hidden?: Readonly<Record<string, string>>;
  readonly submitLabel: string;
  readonly cancelHref: string;
  /** Posted as `confirm`; the route compares it with `expected`. */
  readonly typeToConfirm?: TypeToConfirm | null;
  /** Extra fields of the action (a reason). */
  readonly fields?: SafeHtml;
}

/** A warning box with what will happen, an optional type-to-confirm field, the action and Cancel. */
export function confirmPanel(model: ConfirmPanelModel): SafeHtml {
  const typed = model.typeToConfirm ?? null;
  return html`<section class="confirm" aria-labelledby="confirm-title">
<div class="confirm-head">${icon('warning', 'confirm-icon')}<h2 id="confirm-title">${model.title}</h2></div>
<p>${model.message}</p>
${model.consequences.length > 0 ? html`<ul class="confirm-list">${model.consequences.map((c) => html`<li>${c}</li>`)}</ul>` : html``}
${postForm({
  action: model.action,
  csrfToken: model.csrfToken,
  hidden: model.hidden ?? {},
  className: 'confirm-form',
  body: html`${model.fields ?? html``}
${
  typed !== null
    ? textField({
        id: 'confirm-confirm',
        name: 'confirm',
        label: `Type “${typed.expected}” to confirm`,
        value: typed.value,
        error: typed.error,
        required: true,
        code: true,
        width: 'medium',
        autocomplete: 'off',
      })
    : html``
}
<div class="form-actions">
<button type="submit" class="button button-danger">${model.submitLabel}</button>
<a class="button button-quiet" href="${safeHref(model.cancelHref)}">Cancel</a>
</div>`,
})}
</section>`;
}
