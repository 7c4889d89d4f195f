import { html, type HtmlValue, type SafeHtml } from '../../../html.js';

/** A titled box grouping one subject of a page (owner, tariff, deliveries…). */
export interface PanelModel {
  /** The panel's id; its heading is `<id>-title` and names the section. */
  readonly id: string;
  readonly title: string;
  readonly description?: HtmlValue;
  readonly body: SafeHtml;
  /** Links or small buttons at the right of the heading. */
  readonly actions?: SafeHtml;
  /** `danger` for the panel of destructive actions. */
  readonly tone?: 'default' | 'danger';
  /** Let the content (a table) touch the panel's edges. */
  readonly flush?: boolean;
}

/** A `<section>` named by its `<h2>`. */
export function panel(model: PanelModel): SafeHtml {
  const classes = ['panel', model.tone === 'danger' ? 'panel-danger' : '', model.flush === true ? 'panel-flush' : '']
    .filter((c) => c !== '')
    .join(' ');
  return html`<section class="${classes}" id="${model.id}" aria-labelledby="${model.id}-title">
<div class="panel-header">
<div>
<h2 class="panel-title" id="${model.id}-title">${model.title}</h2>
${model.description !== undefined ? html`<p class="panel-description">${model.description}</p>` : html``}
</div>
${model.actions !== undefined ? html`<div class="panel-actions">${model.actions}</div>` : html``}
</div>
<div class="panel-body">
${model.body}
</div>
</section>`;
}
