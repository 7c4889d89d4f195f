import { html, type SafeHtml } from '../../../html.js';
import type { FieldErrors } from './view-models.js';

/** One problem of a posted form, linking to the field that has it. */
export interface ErrorSummaryItem {
  readonly fieldId: string;
  readonly message: string;
}

/**
 * The box at the top of a form that failed validation: announced as an alert, focused when the
 * page loads (no script needed), listing every problem as a link that moves focus to its field.
 * Nothing when there are no problems.
 */
export function errorSummary(items: readonly ErrorSummaryItem[], id = 'error-summary'): SafeHtml {
  if (items.length === 0) return html``;
  return html`<div class="error-summary" role="alert" aria-labelledby="${id}-title" tabindex="-1" id="${id}" autofocus>
<h2 class="error-summary-title" id="${id}-title">${items.length === 1 ? 'There is a problem' : `There are ${items.length} problems`}</h2>
<ul>${items.map((item) => html`<li><a href="#${item.fieldId}">${item.message}</a></li>`)}</ul>
</div>`;
}

/**
 * The summary items of a form's field errors, in the order its fields appear; field ids follow
 * the `<form id>-<field name>` convention of the form fields.
 */
export function errorItems(formId: string, errors: FieldErrors, fieldOrder: readonly string[]): ErrorSummaryItem[] {
  const known = fieldOrder.flatMap((name) => {
    const message = errors[name];
    return message === undefined ? [] : [{ fieldId: `${formId}-${name}`, message }];
  });
  // An error on a field the form does not show (a route's mistake) still reaches the operator.
  const others = Object.entries(errors).flatMap(([name, message]) =>
    fieldOrder.includes(name) || message === undefined ? [] : [{ fieldId: formId, message }],
  );
  return [...known, ...others];
}
