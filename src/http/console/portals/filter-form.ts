import { html, type SafeHtml } from '../../../html.js';
import { selectField, textField } from '../components/form-fields.js';
import { safeHref } from '../components/safe-href.js';
import type { SelectOption } from '../components/view-models.js';

/** A free-text or date filter. */
export interface FilterInput {
  readonly kind: 'search' | 'text' | 'date';
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly placeholder?: string;
  readonly hint?: string;
  readonly error?: string;
}

/** A choice among fixed values; the first option is usually "Any". */
export interface FilterSelect {
  readonly kind: 'select';
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly options: readonly SelectOption[];
}

/** A filter/search form: GET, so a filtered list is a link that can be shared and reloaded. */
export interface FilterFormModel {
  readonly id: string;
  readonly action: string;
  /** The form's accessible name: "Filter portals". */
  readonly label: string;
  readonly fields: readonly (FilterInput | FilterSelect)[];
  /** The unfiltered list; the "Clear" link shows only when a filter is set. */
  readonly resetHref: string | null;
  readonly submitLabel?: string;
}

/** The filter bar above a list: labelled fields in a row that wraps, then Apply and Clear. */
export function filterForm(model: FilterFormModel): SafeHtml {
  const fields = model.fields.map((f) => {
    const id = `${model.id}-${f.name}`;
    if (f.kind === 'select')
      return selectField({ id, name: f.name, label: f.label, options: f.options, value: f.value, width: 'medium' });
    return textField({
      id,
      name: f.name,
      label: f.label,
      // A date the route could not read is shown as typed: a date control would show it blank.
      type: f.kind === 'date' && f.error !== undefined ? 'text' : f.kind,
      value: f.value,
      placeholder: f.placeholder,
      hint: f.hint,
      error: f.error,
      width: f.kind === 'search' ? 'full' : 'medium',
    });
  });
  const active = model.fields.some((f) => f.value !== '');
  return html`<form class="filters" method="get" action="${safeHref(model.action)}" id="${model.id}" role="search" aria-label="${model.label}">
<div class="filters-fields">${fields}</div>
<div class="filters-actions">
<button type="submit" class="button button-secondary">${model.submitLabel ?? 'Apply filters'}</button>
${active && model.resetHref !== null ? html`<a class="button button-quiet" href="${safeHref(model.resetHref)}">Clear</a>` : html``}
</div>
</form>`;
}
