import { html, type SafeHtml } from '../../../html.js';
import { icon } from './icons.js';
import { safeHref } from './safe-href.js';

/** What a list shows when it has nothing: what is missing, why, and what to do next. */
export interface EmptyStateModel {
  readonly title: string;
  readonly text?: string;
  readonly action?: { readonly href: string; readonly label: string } | null;
  /** Smaller, for a section inside a page. */
  readonly compact?: boolean;
}

/** An empty state box. */
export function emptyState(model: EmptyStateModel): SafeHtml {
  const action = model.action ?? null;
  return html`<div class="empty${model.compact === true ? ' empty-compact' : ''}">
${icon('empty', 'empty-icon')}
<p class="empty-title">${model.title}</p>
${model.text !== undefined ? html`<p class="empty-text">${model.text}</p>` : html``}
${action !== null ? html`<a class="button button-secondary" href="${safeHref(action.href)}">${action.label}</a>` : html``}
</div>`;
}
