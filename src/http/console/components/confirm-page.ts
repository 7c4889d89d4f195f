import { html } from '../../../html.js';
import { confirmPanel, type ConfirmPanelModel } from './confirm-panel.js';
import { consoleLayout, type ConsoleChrome } from './layout.js';
import { pageHeading, type Breadcrumb } from './page-heading.js';

/**
 * The confirmation page of a destructive action (remove a portal, disable or remove a client,
 * remove a webhook endpoint): the record's page links here, and this page's form does it.
 */
export interface ConfirmPageModel {
  readonly chrome: ConsoleChrome;
  /** "Remove portal acme?" */
  readonly title: string;
  readonly breadcrumbs: readonly Breadcrumb[];
  /** The panel; its CSRF token comes from the chrome. */
  readonly confirm: Omit<ConfirmPanelModel, 'csrfToken'>;
}

/** A page holding one confirm panel. */
export function confirmPage(model: ConfirmPageModel): string {
  return consoleLayout(model.chrome, {
    title: model.title,
    body: html`${pageHeading({ title: model.title, breadcrumbs: model.breadcrumbs })}
<div class="narrow">${confirmPanel({ ...model.confirm, csrfToken: model.chrome.csrfToken })}</div>`,
  });
}
