import { WEBHOOK_EVENT_TYPES } from '../../../wire/vocabulary.js';
import { html, type SafeHtml } from '../../../html.js';
import { errorItems, errorSummary } from '../components/error-summary.js';
import { checkboxGroup, textField, textareaField, type CheckboxOption } from '../components/form-fields.js';
import type { FieldErrors } from '../components/view-models.js';

/** The webhook form's values: an endpoint's current values, or a refused post. */
export interface WebhookFormValues {
  readonly url: string;
  /** Event types, or `*` for all. */
  readonly events: readonly string[];
  readonly description: string;
}

/** The event types an endpoint can subscribe to (docs/webhooks.md), `*` first. */
export const WEBHOOK_EVENT_OPTIONS: readonly CheckboxOption[] = [
  { value: '*', label: 'All events', description: 'Every type below, and types added later.' },
  ...WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: type })),
];

/** The fields of the webhook create and edit forms. */
export interface WebhookFieldsModel {
  /** The form's id; fields are `<formId>-<name>`. */
  readonly formId: string;
  readonly values: WebhookFormValues;
  readonly errors: FieldErrors;
}

/**
 * Error summary, URL, events and description. Field names are the API's: `url`, `events`
 * (repeated; `*` for all — when `*` is checked with others, `*` wins), `description`.
 */
export function webhookFields(model: WebhookFieldsModel): SafeHtml {
  const v = model.values;
  const e = model.errors;
  const id = (name: string) => `${model.formId}-${name}`;
  return html`${errorSummary(errorItems(model.formId, e, ['url', 'events', 'description']), `${model.formId}-errors`)}
${textField({
  id: id('url'),
  name: 'url',
  label: 'Endpoint URL',
  type: 'url',
  value: v.url,
  error: e.url,
  required: true,
  code: true,
  placeholder: 'https://billing.example.com/hooks/portals',
  hint: 'http or https, without user name or password. Private and loopback addresses are refused.',
})}
${checkboxGroup({
  id: id('events'),
  name: 'events',
  legend: 'Events',
  options: WEBHOOK_EVENT_OPTIONS,
  checked: v.events,
  error: e.events,
  hint: 'Nothing checked means all events.',
  columns: true,
})}
${textareaField({ id: id('description'), name: 'description', label: 'Description', value: v.description, error: e.description, rows: 2, optional: true, hint: 'What receives these events, for whoever looks next.' })}`;
}
