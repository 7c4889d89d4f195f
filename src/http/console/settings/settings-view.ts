import { html } from '../../../html.js';
import { errorItems, errorSummary } from '../components/error-summary.js';
import { textField } from '../components/form-fields.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';
import { postForm } from '../components/post-form.js';

/** The global settings page. */
export interface SettingsPageModel {
  readonly chrome: ConsoleChrome;
  /** POST target of the base-domain form (field `baseDomain`). */
  readonly baseDomainAction: string;
  /** The value in force (from settings, else from the configuration). */
  readonly currentBaseDomain: string;
  /** Where the value in force comes from, for the hint: "the BASE_DOMAIN setting" or "saved in the console". */
  readonly baseDomainSource: string;
  /** The previews of the owner's mails and pages. */
  readonly previewsHref: string;
  /** The form's value: the current one, or what was posted when it was refused. */
  readonly baseDomain: string;
  readonly baseDomainError?: string | undefined;
}

/** The id of the base-domain form; its field is `base-domain-baseDomain`. */
export const BASE_DOMAIN_FORM_ID = 'base-domain';

/** Global settings: the base domain of new portals, with its field error. */
export function settingsPage(model: SettingsPageModel): string {
  const errors = model.baseDomainError !== undefined ? { baseDomain: model.baseDomainError } : {};
  return consoleLayout(model.chrome, {
    title: 'Settings',
    body: html`${pageHeading({
      title: 'Settings',
      description: 'Settings of the whole service. Portal settings are changed through the API.',
      actions: html`<a class="button button-secondary" href="${model.previewsHref}">Previews of owner mails and pages</a>`,
    })}
<div class="narrow">
${panel({
  id: 'base-domain-panel',
  title: 'Base domain',
  description: html`New portals get the address <span class="code">&lt;name&gt;.${model.currentBaseDomain}</span>. Existing portals keep theirs.`,
  body: postForm({
    action: model.baseDomainAction,
    csrfToken: model.chrome.csrfToken,
    id: BASE_DOMAIN_FORM_ID,
    noValidate: true,
    body: html`${errorSummary(errorItems(BASE_DOMAIN_FORM_ID, errors, ['baseDomain']), `${BASE_DOMAIN_FORM_ID}-errors`)}
${textField({
  id: `${BASE_DOMAIN_FORM_ID}-baseDomain`,
  name: 'baseDomain',
  label: 'Base domain',
  value: model.baseDomain,
  error: model.baseDomainError,
  required: true,
  code: true,
  width: 'medium',
  placeholder: 'portals.example.com',
  hint: `A DNS host name such as portals.example.com. Now: ${model.currentBaseDomain} (${model.baseDomainSource}).`,
})}
<div class="form-actions"><button type="submit" class="button button-primary">Save base domain</button></div>`,
  }),
})}
</div>`,
  });
}
