import { DEFAULT_SCOPES, SCOPES, type ScopeName } from '../../../wire/vocabulary.js';
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

/** What each scope allows, in the console's words: a scope added to the API without one does not compile. */
const SCOPE_DESCRIPTIONS: Readonly<Record<ScopeName, string>> = {
  'portals:read': 'List and read its portals, tariffs, people and settings.',
  'portals:write': 'Register, suspend, resume and remove its portals.',
  billing: 'Change tariffs (tariff/set).',
  usage: 'Report storage and user counts.',
  loginlink: 'Sign in as a portal owner. Grant it deliberately.',
  settings: 'Save settings of its own portals.',
  webhooks: 'Manage its own webhook endpoints.',
  'audit:read': 'Read the audit log of its portals and actions.',
};

/** Every scope a client can be granted, in the API's order, with what it allows. */
export const CLIENT_SCOPES: readonly CheckboxOption[] = SCOPES.map((scope) => ({
  value: scope,
  label: scope,
  description: SCOPE_DESCRIPTIONS[scope],
}));

/** The scopes a new client gets unless the operator chooses others (the API's defaults). */
export const DEFAULT_CLIENT_SCOPES: readonly string[] = DEFAULT_SCOPES;

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
