import { html, type HtmlValue, type SafeHtml } from '../../../html.js';

/** One term and its value; a null value is shown as a dash ("not set"). */
export interface DetailItem {
  readonly term: string;
  readonly value: HtmlValue;
  /** Ids, keys, e-mail addresses: monospace, breaking anywhere. */
  readonly code?: boolean;
}

/** A definition list of a record's fields: terms in a column, values beside them. */
export function detailsList(items: readonly DetailItem[], className = ''): SafeHtml {
  return html`<dl class="details${className === '' ? '' : ` ${className}`}">${items.map(
    (item) =>
      html`<div class="details-row"><dt>${item.term}</dt><dd${item.code === true ? html` class="code"` : html``}>${isEmpty(item.value) ? html`<span class="muted" title="Not set">—</span>` : item.value}</dd></div>`,
  )}</dl>`;
}

function isEmpty(value: HtmlValue): boolean {
  return value === null || value === undefined || value === '';
}
