import { html, type SafeHtml } from '../../../html.js';
import { errorItems, errorSummary } from '../components/error-summary.js';
import { checkboxGroup, textField, type CheckboxOption } from '../components/form-fields.js';
import type { FieldErrors } from '../components/view-models.js';

/** The client form's values as text: a client's current values, or a refused post. */
export interface ClientFormValues {
  readonly name: string;
  /** Only on the create form: '' lets the server generate one. */
  readonly clientId: string;
  readonly scopes: readonly string[];
  /** '' = no limit. */
  readonly maxPortals: string;
  /** Signed calls per minute; '' = no limit. */
  readonly rateLimit: string;
  readonly partnerId: string;
}

/** Every scope a client can be granted, with what it allows (API §12.3). */
export const CLIENT_SCOPES: readonly CheckboxOption[] = [
  {
    value: 'portals:read',
    label: 'portals:read',
    description: 'List and read its portals, tariffs, people and settings.',
  },
  { value: 'portals:write', label: 'portals:write', description: 'Register, suspend, resume and remove its portals.' },
  { value: 'billing', label: 'billing', description: 'Change tariffs (tariff/set).' },
  { value: 'usage', label: 'usage', description: 'Report storage and user counts.' },
  { value: 'loginlink', label: 'loginlink', description: 'Sign in as a portal owner. Grant it deliberately.' },
  { value: 'settings', label: 'settings', description: 'Save settings of its own portals.' },
  { value: 'webhooks', label: 'webhooks', description: 'Manage its own webhook endpoints.' },
  { value: 'audit:read', label: 'audit:read', description: 'Read the audit log of its portals and actions.' },
];

/** The scopes a new client gets unless the operator chooses others (what a billing panel needs). */
export const DEFAULT_CLIENT_SCOPES: readonly string[] = ['portals:read', 'portals:write', 'billing'];

/** The fields of the client create and edit forms. */
export interface ClientFieldsModel {
  /** The form's id; fields are `<formId>-<name>`. */
  readonly formId: string;
  readonly values: ClientFormValues;
  readonly errors: FieldErrors;
  /** The create form asks for an optional client id; an existing client's id cannot change. */
  readonly withClientId: boolean;
}

/**
 * Error summary, name, client id (create only), scopes, quotas and partner id. Field names are
 * the API's parameter names: `name`, `clientId`, `scopes` (repeated), `maxPortals`, `rateLimit`,
 * `partnerId`.
 */
export function clientFields(model: ClientFieldsModel): SafeHtml {
  const v = model.values;
  const e = model.errors;
  const id = (name: string) => `${model.formId}-${name}`;
  const order = ['name', ...(model.withClientId ? ['clientId'] : []), 'scopes', 'maxPortals', 'rateLimit', 'partnerId'];
  return html`${errorSummary(errorItems(model.formId, e, order), `${model.formId}-errors`)}
${textField({ id: id('name'), name: 'name', label: 'Name', value: v.name, error: e.name, required: true, width: 'medium', hint: 'Who this client is, e.g. “Billing panel” or a reseller’s name. Up to 100 characters.' })}
${
  model.withClientId
    ? textField({
        id: id('clientId'),
        name: 'clientId',
        label: 'Client id',
        value: v.clientId,
        error: e.clientId,
        optional: true,
        code: true,
        width: 'medium',
        hint: 'Lower-case letters, digits and hyphens, 3–63 characters. Leave empty to generate one. It can never be reused.',
      })
    : html``
}
${checkboxGroup({
  id: id('scopes'),
  name: 'scopes',
  legend: 'Scopes',
  options: CLIENT_SCOPES,
  checked: v.scopes,
  error: e.scopes,
  hint: 'What the client may call. New clients get portals:read, portals:write and billing.',
  columns: true,
})}
<div class="form-grid">
${textField({ id: id('maxPortals'), name: 'maxPortals', label: 'Max portals', type: 'number', min: 0, inputMode: 'numeric', value: v.maxPortals, error: e.maxPortals, optional: true, width: 'short', hint: 'Portals not removed. Empty: no limit.' })}
${textField({ id: id('rateLimit'), name: 'rateLimit', label: 'Rate limit', type: 'number', min: 1, inputMode: 'numeric', value: v.rateLimit, error: e.rateLimit, optional: true, width: 'short', hint: 'Signed calls per minute. Empty: no limit.' })}
${textField({ id: id('partnerId'), name: 'partnerId', label: 'Partner id', value: v.partnerId, error: e.partnerId, optional: true, code: true, width: 'medium', hint: 'Stored on its portals unless a registration names another.' })}
</div>`;
}
