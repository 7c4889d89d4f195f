import { html, type HtmlValue, type SafeHtml } from '../../../html.js';

/** One column of a data table: its header and how a row fills its cell. */
export interface Column<Row> {
  readonly header: string;
  readonly cell: (row: Row) => HtmlValue;
  /** Numbers and dates align to the end so their digits line up. */
  readonly align?: 'start' | 'end';
  /** This column names the row: its cells are `<th scope="row">`. */
  readonly rowHeader?: boolean;
  /** Keep the cell on one line (dates, ids, counts). */
  readonly nowrap?: boolean;
  /** The header is read by screen readers only (a column of buttons). */
  readonly headerHidden?: boolean;
}

/** A table of records with a caption; `empty` is shown instead when there are no rows. */
export interface DataTableModel<Row> {
  readonly id: string;
  readonly caption: string;
  /** Hide the caption visually when a heading above already says the same. */
  readonly captionHidden?: boolean;
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly empty: SafeHtml;
}

/**
 * A readable, accessible table: caption, `<th scope="col">` headers, a row header per row, digits
 * aligned; on narrow screens it scrolls sideways inside a focusable, named region (so a keyboard
 * can scroll it too) instead of squeezing the columns.
 */
export function dataTable<Row>(model: DataTableModel<Row>): SafeHtml {
  if (model.rows.length === 0) return model.empty;
  const captionId = `${model.id}-caption`;
  const head = model.columns.map(
    (c) =>
      html`<th scope="col"${cellClass(c)}>${c.headerHidden === true ? html`<span class="visually-hidden">${c.header}</span>` : c.header}</th>`,
  );
  const body = model.rows.map(
    (row) =>
      html`<tr>${model.columns.map((c) =>
        c.rowHeader === true
          ? html`<th scope="row"${cellClass(c)}>${c.cell(row)}</th>`
          : html`<td${cellClass(c)}>${c.cell(row)}</td>`,
      )}</tr>`,
  );
  return html`<div class="table-wrap" role="region" aria-labelledby="${captionId}" tabindex="0">
<table class="table" id="${model.id}">
<caption id="${captionId}"${model.captionHidden === true ? html` class="visually-hidden"` : html``}>${model.caption}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
</div>`;
}

function cellClass<Row>(column: Column<Row>): SafeHtml {
  const classes = [column.align === 'end' ? 'num' : '', column.nowrap === true ? 'nowrap' : ''].filter((c) => c !== '');
  return classes.length === 0 ? html`` : html` class="${classes.join(' ')}"`;
}
