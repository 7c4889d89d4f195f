import { BRAND_LIMITS } from '../../../domain/brand/brand-fields.js';
import { html, type SafeHtml } from '../../../html.js';
import { errorItems, errorSummary } from '../components/error-summary.js';
import { selectField, textareaField, textField } from '../components/form-fields.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';
import { CSRF_FIELD_NAME, hiddenField } from '../components/post-form.js';
import { safeHref } from '../components/safe-href.js';
import type { FieldErrors } from '../components/view-models.js';
import type { BrandPreview } from './brand-preview.js';

/** The brand form's text fields, in the order the page shows them. */
export const BRAND_FORM_FIELDS = [
  'productName',
  'primaryColor',
  'supportEmail',
  'supportUrl',
  'legalFooter',
  'mailFromName',
  'mailFromAddress',
] as const;
export type BrandFormField = (typeof BRAND_FORM_FIELDS)[number];

/** The form's values as text (empty: unset). */
export type BrandFormValues = Readonly<Record<BrandFormField, string>>;

/** The Branding page. */
export interface BrandingPageModel {
  readonly chrome: ConsoleChrome;
  /** The GET target of the chooser and the POST target of the form. */
  readonly action: string;
  /** The brand shown: '' the operator's, else a client's id. */
  readonly clientId: string;
  /** Every client that is not removed, to choose from. */
  readonly clients: ReadonlyArray<{ readonly clientId: string; readonly name: string }>;
  readonly values: BrandFormValues;
  /** For a client's brand: what each unset field falls back to (the operator's, or the default). */
  readonly fallbacks?: Partial<BrandFormValues> | undefined;
  /** The saved logo's address, if any. */
  readonly currentLogo?: string | undefined;
  /** A checked upload not saved yet (a data URL), carried from a preview to the save. */
  readonly pendingLogo?: string | undefined;
  readonly removeLogo?: boolean;
  readonly errors?: FieldErrors;
  readonly preview: BrandPreview;
  /** True when the preview shows posted values that are not saved yet. */
  readonly previewUnsaved?: boolean;
}

export const BRAND_FORM_ID = 'brand';

const LABELS: Readonly<Record<BrandFormField, string>> = {
  productName: 'Product name',
  primaryColor: 'Primary colour',
  supportEmail: 'Support e-mail',
  supportUrl: 'Support URL',
  legalFooter: 'Legal footer',
  mailFromName: 'Mail sender name',
  mailFromAddress: 'Mail sender address',
};

const HINTS: Readonly<Record<BrandFormField, string>> = {
  productName: `What owners read on their portal's pages and in mails (at most ${BRAND_LIMITS.productName} characters).`,
  primaryColor:
    'Written #rrggbb. It must have at least 4.5:1 contrast with white (WCAG AA): links on the white page and white text on buttons.',
  supportEmail: 'Shown to owners who need help.',
  supportUrl: 'An https address of your help pages.',
  legalFooter: `Plain text under every page and mail (at most ${BRAND_LIMITS.legalFooter} characters).`,
  mailFromName: 'The name owners see as the sender.',
  mailFromAddress: 'The sender address; your mail relay must be allowed to send for its domain (SPF, DKIM).',
};

/** The Branding page: whose brand, its form with a logo upload, and a preview. */
export function brandingPage(model: BrandingPageModel): string {
  const errors = model.errors ?? {};
  const who =
    model.clientId === ''
      ? 'the operator'
      : (model.clients.find((c) => c.clientId === model.clientId)?.name ?? model.clientId);
  const fields = BRAND_FORM_FIELDS.map((name) => {
    const fallback = model.fallbacks?.[name];
    const hint =
      model.clientId === ''
        ? HINTS[name]
        : `${HINTS[name]} Empty: ${fallback === undefined || fallback === '' ? 'not shown' : fallback} (the operator's).`;
    const common = {
      id: `${BRAND_FORM_ID}-${name}`,
      name,
      label: LABELS[name],
      hint,
      error: errors[name],
      optional: true,
      value: model.values[name],
    };
    if (name === 'legalFooter') return textareaField({ ...common, rows: 3, maxLength: BRAND_LIMITS.legalFooter });
    return textField({
      ...common,
      type: name === 'supportEmail' || name === 'mailFromAddress' ? 'email' : name === 'supportUrl' ? 'url' : 'text',
      width: name === 'primaryColor' ? 'short' : 'full',
      code: name === 'primaryColor',
      placeholder: name === 'primaryColor' ? '#1d5fb4' : undefined,
    });
  });
  return consoleLayout(model.chrome, {
    title: 'Branding',
    body: html`${pageHeading({
      title: 'Branding',
      description:
        "How portals present themselves to their owners. A client's brand applies to the portals it registered; each field it leaves empty falls back to the operator's.",
    })}
<div class="grid-main-side">
<div>
${panel({
  id: 'brand-choose',
  title: 'Whose brand',
  body: html`<form method="get" action="${safeHref(model.action)}" class="inline-form">
${selectField({
  id: 'brand-choose-client',
  name: 'client',
  label: 'Brand of',
  value: model.clientId,
  options: [
    { value: '', label: "The operator's (every portal without a client brand)" },
    ...model.clients.map((c) => ({ value: c.clientId, label: `${c.name} (${c.clientId})` })),
  ],
})}
<div class="form-actions"><button type="submit" class="button">Show</button></div>
</form>`,
})}
${panel({
  id: 'brand-form-panel',
  title: `Brand of ${who}`,
  body: html`<form method="post" action="${safeHref(model.action)}" enctype="multipart/form-data" id="${BRAND_FORM_ID}" novalidate>
<input type="hidden" name="${CSRF_FIELD_NAME}" value="${model.chrome.csrfToken}">
${hiddenField('client', model.clientId)}
${model.pendingLogo === undefined ? html`` : hiddenField('pendingLogo', model.pendingLogo)}
${errorSummary(errorItems(BRAND_FORM_ID, errors, [...BRAND_FORM_FIELDS, 'logo']), `${BRAND_FORM_ID}-errors`)}
${fields}
${logoField(model, errors.logo)}
<div class="form-actions">
<button type="submit" name="intent" value="save" class="button button-primary">Save brand</button>
<button type="submit" name="intent" value="preview" class="button">Preview</button>
</div>
</form>`,
})}
</div>
${panel({
  id: 'brand-preview-panel',
  title: 'Preview',
  description: model.previewUnsaved === true ? 'With the values above — not saved yet.' : 'As owners see it now.',
  body: model.preview.body,
})}
</div>`,
  });
}

function logoField(model: BrandingPageModel, error: string | undefined): SafeHtml {
  const id = `${BRAND_FORM_ID}-logo`;
  const described = [`${id}-hint`, error === undefined ? '' : `${id}-error`].filter((s) => s !== '').join(' ');
  const shown = model.pendingLogo ?? model.currentLogo;
  return html`<div class="field field-full${error === undefined ? '' : ' has-error'}">
<label class="label" for="${id}">Logo <span class="optional">(optional)</span></label>
${shown === undefined ? html`` : html`<p class="brand-logo-current"><img src="${shown}" alt="The ${model.pendingLogo === undefined ? 'saved' : 'chosen'} logo"></p>`}
<input id="${id}" name="logo" type="file" accept="image/png,image/webp,image/svg+xml" class="input" aria-describedby="${described}"${error === undefined ? html`` : html` aria-invalid="true"`}>
<p class="hint" id="${id}-hint">PNG, WebP or SVG, at most 256 KB. SVGs with scripts, event handlers, foreignObject or references to other sites are refused.</p>
${error === undefined ? html`` : html`<p class="field-error" id="${id}-error"><span class="visually-hidden">Error: </span>${error}</p>`}
${
  model.currentLogo === undefined && model.pendingLogo === undefined
    ? html``
    : html`<div class="check"><input type="checkbox" id="${id}-remove" name="removeLogo" value="on"${model.removeLogo === true ? html` checked` : html``}><label for="${id}-remove"><span class="check-label">Remove the logo</span></label></div>`
}
</div>`;
}
