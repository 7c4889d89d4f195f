import { html, type HtmlValue, type SafeHtml } from '../../../html.js';
import { safeHref } from './safe-href.js';

/** A link in the breadcrumb trail above a page's title. */
export interface Breadcrumb {
  readonly label: string;
  readonly href: string;
}

/** The top of a page: where it sits, its one `<h1>`, a line about it, badges and actions. */
export interface PageHeadingModel {
  readonly title: string;
  readonly description?: HtmlValue;
  readonly breadcrumbs?: readonly Breadcrumb[];
  /** Badges beside the title (a portal's status). */
  readonly meta?: SafeHtml;
  /** Buttons or links on the right (GET links, or POST forms). */
  readonly actions?: SafeHtml;
}

/** A page heading with optional breadcrumbs (the current page is the title, marked current). */
export function pageHeading(model: PageHeadingModel): SafeHtml {
  const crumbs = model.breadcrumbs ?? [];
  return html`<div class="page-heading">
${
  crumbs.length > 0
    ? html`<nav class="breadcrumbs" aria-label="Breadcrumb"><ol>${crumbs.map((c) => html`<li><a href="${safeHref(c.href)}">${c.label}</a></li>`)}<li><span aria-current="page">${model.title}</span></li></ol></nav>`
    : html``
}
<div class="page-heading-row">
<div class="page-heading-text">
<h1>${model.title}${model.meta !== undefined ? html` <span class="heading-meta">${model.meta}</span>` : html``}</h1>
${model.description !== undefined ? html`<p class="page-description">${model.description}</p>` : html``}
</div>
${model.actions !== undefined ? html`<div class="page-actions">${model.actions}</div>` : html``}
</div>
</div>`;
}
