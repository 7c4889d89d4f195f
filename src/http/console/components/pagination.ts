import { html, type SafeHtml } from '../../../html.js';
import { safeHref } from './safe-href.js';

/**
 * Keyset paging links: the routes put the `after=` cursor into the links; the views need no page
 * numbers (counting a million rows for "page 7 of 20 000" is what keyset paging avoids).
 */
export interface PaginationModel {
  /** What is paged, for the navigation's name: "Pages of portals". */
  readonly label: string;
  /** Back to the start (newest first lists: the newest records); null on the first page. */
  readonly firstHref?: string | null;
  /** The page before, when the route can tell (a "newer" cursor); null or absent otherwise. */
  readonly previousHref?: string | null;
  /** The page after (the `next` cursor); null on the last page. */
  readonly nextHref: string | null;
  readonly firstLabel?: string;
  readonly previousLabel?: string;
  readonly nextLabel?: string;
  /** A line such as "50 portals on this page". */
  readonly summary?: string;
}

/** "First / ← Newer / Older →" links under a table; nothing when there is only one page. */
export function pagination(model: PaginationModel): SafeHtml {
  const first = model.firstHref ?? null;
  const previous = model.previousHref ?? null;
  if (first === null && previous === null && model.nextHref === null) {
    return model.summary === undefined ? html`` : html`<p class="pagination-summary">${model.summary}</p>`;
  }
  const links = [
    first !== null
      ? html`<a class="button button-secondary button-small" href="${safeHref(first)}">${model.firstLabel ?? 'First page'}</a>`
      : html``,
    // No previous link at all when the route cannot know the page before (next-only paging).
    model.previousHref === undefined
      ? html``
      : link(previous, html`<span aria-hidden="true">←</span> ${model.previousLabel ?? 'Previous'}`),
    link(model.nextHref, html`${model.nextLabel ?? 'Next'} <span aria-hidden="true">→</span>`),
  ];
  return html`<nav class="pagination" aria-label="${model.label}">
${model.summary !== undefined ? html`<p class="pagination-summary">${model.summary}</p>` : html``}
<div class="pagination-links">${links}</div>
</nav>`;
}

function link(href: string | null, label: SafeHtml): SafeHtml {
  // A page that does not exist is shown greyed, not as a link (keeps the buttons in place).
  return href === null
    ? html`<span class="button button-secondary button-small is-disabled" aria-disabled="true">${label}</span>`
    : html`<a class="button button-secondary button-small" href="${safeHref(href)}">${label}</a>`;
}
