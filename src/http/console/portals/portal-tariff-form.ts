import { html, type SafeHtml } from '../../../html.js';
import { errorItems, errorSummary } from '../components/error-summary.js';
import { formatBytes, formatNumber } from '../components/format.js';
import { selectField, textField } from '../components/form-fields.js';
import { postForm } from '../components/post-form.js';
import type { FieldErrors, SelectOption, TariffView } from '../components/view-models.js';

/** The tariff form's values as text: the current tariff, or what was posted when it was refused. */
export interface TariffFormValues {
  readonly plan: string;
  readonly activeUsers: string;
  /** Bytes. */
  readonly maxFileSize: string;
  /** Bytes. */
  readonly maxTotalSize: string;
  /** YYYY-MM-DD, or '' for no due date. */
  readonly dueDate: string;
  readonly features: string;
}

/** The tariff edit form. */
export interface TariffFormModel {
  /** POST target; fields `plan`, `activeUsers`, `maxFileSize`, `maxTotalSize`, `dueDate`, `features`. */
  readonly action: string;
  readonly csrfToken: string;
  readonly planOptions: readonly SelectOption[];
  readonly values: TariffFormValues;
  readonly errors: FieldErrors;
  /** The tariff in force, for the "currently" hints. */
  readonly current: TariffView;
}

/** The ids of the tariff form and its fields (`tariff-form-<name>`). */
export const TARIFF_FORM_ID = 'tariff-form';

/** The tariff form: plan, limits, due date, features; an error summary when a post was refused. */
export function tariffForm(model: TariffFormModel): SafeHtml {
  const v = model.values;
  const e = model.errors;
  const id = (name: string) => `${TARIFF_FORM_ID}-${name}`;
  const planOptions =
    model.planOptions.some((o) => o.value === v.plan) || v.plan === ''
      ? model.planOptions
      : [{ value: v.plan, label: v.plan }, ...model.planOptions];
  return postForm({
    action: model.action,
    csrfToken: model.csrfToken,
    id: TARIFF_FORM_ID,
    noValidate: true,
    body: html`${errorSummary(errorItems(TARIFF_FORM_ID, e, ['plan', 'activeUsers', 'maxFileSize', 'maxTotalSize', 'dueDate', 'features']), `${TARIFF_FORM_ID}-errors`)}
<div class="form-grid">
${selectField({
  id: id('plan'),
  name: 'plan',
  label: 'Plan',
  options: planOptions,
  value: v.plan,
  error: e.plan,
  hint: 'A new plan sets its limits first; limits you change below apply on top of it.',
})}
${textField({ id: id('activeUsers'), name: 'activeUsers', label: 'Active users', type: 'number', min: 0, inputMode: 'numeric', value: v.activeUsers, error: e.activeUsers, width: 'short', hint: `Currently ${formatNumber(model.current.activeUsers)}` })}
${textField({ id: id('maxFileSize'), name: 'maxFileSize', label: 'Max file size (bytes)', type: 'number', min: 0, inputMode: 'numeric', value: v.maxFileSize, error: e.maxFileSize, width: 'medium', hint: `Currently ${formatBytes(model.current.maxFileSize)}` })}
${textField({ id: id('maxTotalSize'), name: 'maxTotalSize', label: 'Storage quota (bytes)', type: 'number', min: 0, inputMode: 'numeric', value: v.maxTotalSize, error: e.maxTotalSize, width: 'medium', hint: `Currently ${formatBytes(model.current.maxTotalSize)}` })}
${textField({ id: id('dueDate'), name: 'dueDate', label: 'Due date', type: 'date', value: v.dueDate, error: e.dueDate, width: 'short', optional: true, hint: 'Leave empty for no due date.' })}
${textField({ id: id('features'), name: 'features', label: 'Features', value: v.features, error: e.features, optional: true, code: true, hint: 'Comma-separated feature flags, as the plans define them.' })}
</div>
<div class="form-actions"><button type="submit" class="button button-primary">Save tariff</button></div>`,
  });
}
