import { html } from '../../../html.js';
import { consoleLayout, standaloneLayout, type ConsoleChrome } from './layout.js';
import { safeHref } from './safe-href.js';

/** A console error page: not found, not allowed, expired form, server error. */
export interface ErrorPageModel {
  /** The signed-in frame; null before sign-in (the page stands alone). */
  readonly chrome: ConsoleChrome | null;
  readonly productName: string;
  readonly status: number;
  readonly title: string;
  /** What happened and what to do, in plain words; never a stack trace. */
  readonly message: string;
  readonly backHref: string;
  readonly backLabel: string;
  /** The request id, for a report to whoever reads the logs. */
  readonly requestId: string | null;
}

/** The error page, inside the console's frame when signed in. */
export function errorPage(model: ErrorPageModel): string {
  const body = html`<div class="error-page">
<p class="error-code">Error ${model.status}</p>
<h1>${model.title}</h1>
<p class="page-description">${model.message}</p>
${model.requestId !== null ? html`<p class="muted">Request id <span class="code">${model.requestId}</span></p>` : html``}
<p><a class="button button-secondary" href="${safeHref(model.backHref)}">${model.backLabel}</a></p>
</div>`;
  return model.chrome === null
    ? standaloneLayout(model.productName, model.title, body)
    : consoleLayout(model.chrome, { title: model.title, body });
}
