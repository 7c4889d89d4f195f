import { html } from '../../../html.js';
import { detailsList } from '../components/details-list.js';
import { selectField } from '../components/form-fields.js';
import type { SelectOption } from '../components/view-models.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';

/** The previews page: what to show (a mail or a page), in which language and brand, and the result. */
export interface PreviewPageModel {
  readonly chrome: ConsoleChrome;
  /** The form's target (GET) and the chosen values. */
  readonly action: string;
  readonly subjects: readonly SelectOption[];
  readonly languages: readonly SelectOption[];
  readonly brands: readonly SelectOption[];
  readonly subject: string;
  readonly language: string;
  readonly brand: string;
  /** Where the sandboxed frame loads the HTML (the mail's HTML part, or the page). */
  readonly frameSrc: string;
  /** A mail's headers and text part; undefined for a page. */
  readonly mail?: { readonly headers: ReadonlyArray<readonly [string, string]>; readonly text: string } | undefined;
}

/** Read-only previews of what owners receive and see, with sample data. */
export function previewPage(model: PreviewPageModel): string {
  const form = html`<form method="get" action="${model.action}" class="preview-form">
${selectField({ id: 'preview-subject', name: 'subject', label: 'Mail or page', options: model.subjects, value: model.subject })}
${selectField({ id: 'preview-language', name: 'language', label: 'Language', options: model.languages, value: model.language })}
${selectField({ id: 'preview-brand', name: 'brand', label: 'Brand', options: model.brands, value: model.brand })}
<div class="form-actions"><button type="submit" class="button button-primary">Show</button></div>
</form>`;
  const mail = model.mail;
  return consoleLayout(model.chrome, {
    title: 'Previews',
    body: html`${pageHeading({
      title: 'Previews',
      description:
        'What portal owners receive and see, with a sample owner and portal, in any language and brand. Nothing is sent.',
      breadcrumbs: [{ label: 'Settings', href: model.chrome.nav.settings ?? '/console/settings' }],
    })}
${panel({ id: 'preview-choice', title: 'Show', body: form })}
${
  mail === undefined
    ? ''
    : panel({
        id: 'preview-headers',
        title: 'Headers',
        body: detailsList(mail.headers.map(([term, value]) => ({ term, value, code: true }))),
      })
}
${panel({
  id: 'preview-html',
  title: mail === undefined ? 'Page' : 'HTML part',
  body: html`<iframe class="preview-iframe" title="${mail === undefined ? 'The page' : 'The HTML part of the mail'}" sandbox src="${model.frameSrc}" width="100%" height="720"></iframe>`,
})}
${
  mail === undefined
    ? ''
    : panel({ id: 'preview-text', title: 'Text part', body: html`<pre class="preview-text">${mail.text}</pre>` })
}`,
  });
}
