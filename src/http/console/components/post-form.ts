import { html, type SafeHtml } from '../../../html.js';
import { safeHref } from './safe-href.js';

/** The form field every console POST carries its CSRF token in. */
export const CSRF_FIELD_NAME = '_csrf';

/** A form that changes something: its action, the session's CSRF token and its content. */
export interface PostFormModel {
  readonly action: string;
  readonly csrfToken: string;
  readonly body: SafeHtml;
  /** Extra hidden fields (ids of the record acted on, the page to return to). */
  readonly hidden?: Readonly<Record<string, string>>;
  readonly id?: string;
  readonly className?: string;
  /** Set when the form has fields whose errors are listed in a summary. */
  readonly noValidate?: boolean;
}

/**
 * A POST form with the hidden `_csrf` field: the one way the console's views write a form that
 * changes something, so none can forget the token. Works without JavaScript. Forms stay unnamed:
 * a named form is a landmark, and a page of one-button forms would drown the landmark list; the
 * panel around a form names it.
 */
export function postForm(model: PostFormModel): SafeHtml {
  const hidden = Object.entries(model.hidden ?? {}).map(([name, value]) => hiddenField(name, value));
  return html`<form method="post" action="${safeHref(model.action)}"${attr('id', model.id)}${attr('class', model.className)}${model.noValidate === true ? html` novalidate` : html``}>
<input type="hidden" name="${CSRF_FIELD_NAME}" value="${model.csrfToken}">${hidden}
${model.body}
</form>`;
}

/** A hidden input. */
export function hiddenField(name: string, value: string): SafeHtml {
  return html`<input type="hidden" name="${name}" value="${value}">`;
}

function attr(name: string, value: string | undefined): SafeHtml {
  return value === undefined ? html`` : html` ${name}="${value}"`;
}
