import { html, type SafeHtml } from '../../../html.js';
import type { SelectOption } from './view-models.js';

/**
 * Labelled form controls. Every control has a real `<label for>`; its hint and its error text
 * are tied to it with `aria-describedby`, and a control with an error is `aria-invalid`.
 * Ids are `<form id>-<field name>` so an error summary can link to them.
 */

/** What every field has. */
export interface FieldModel {
  readonly id: string;
  readonly name: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  readonly required?: boolean;
  /** Mark the label "(optional)" (forms where most fields are required). */
  readonly optional?: boolean;
  /** Narrow controls for short values (numbers, dates). */
  readonly width?: 'short' | 'medium' | 'full';
}

/** A one-line input. */
export interface TextFieldModel extends FieldModel {
  readonly type?: 'text' | 'email' | 'password' | 'number' | 'url' | 'date' | 'search';
  readonly value?: string | number | null | undefined;
  readonly autocomplete?: string;
  readonly placeholder?: string;
  readonly min?: number;
  readonly max?: number;
  readonly inputMode?: 'numeric' | 'email' | 'url' | 'text';
  /** Codes and ids: a monospace control without spell checking. */
  readonly code?: boolean;
}

/** A labelled `<input>` with its hint and error text. */
export function textField(model: TextFieldModel): SafeHtml {
  const type = model.type ?? 'text';
  return field(
    model,
    html`<input id="${model.id}" name="${model.name}" type="${type}"${valueAttr(model.value)}${describedBy(model)}${invalid(model)}${model.required === true ? html` required` : html``}${opt('autocomplete', model.autocomplete)}${opt('placeholder', model.placeholder)}${opt('min', model.min)}${opt('max', model.max)}${opt('inputmode', model.inputMode)}${model.code === true ? html` spellcheck="false" autocapitalize="off"` : html``} class="input${model.code === true ? ' input-code' : ''}">`,
  );
}

/** A multi-line text box. */
export interface TextareaFieldModel extends FieldModel {
  readonly value?: string | null | undefined;
  readonly rows?: number;
  readonly maxLength?: number;
}

/** A labelled `<textarea>` with its hint and error text. */
export function textareaField(model: TextareaFieldModel): SafeHtml {
  return field(
    model,
    html`<textarea id="${model.id}" name="${model.name}" rows="${model.rows ?? 3}"${opt('maxlength', model.maxLength)}${describedBy(model)}${invalid(model)}${model.required === true ? html` required` : html``} class="input">${model.value ?? ''}</textarea>`,
  );
}

/** A select box; `value` chooses the selected option. */
export interface SelectFieldModel extends FieldModel {
  readonly options: readonly SelectOption[];
  readonly value: string | null | undefined;
}

/** A labelled `<select>` with its hint and error text. */
export function selectField(model: SelectFieldModel): SafeHtml {
  return field(
    model,
    html`<select id="${model.id}" name="${model.name}"${describedBy(model)}${invalid(model)}${model.required === true ? html` required` : html``} class="input select">${selectOptions(model.options, model.value)}</select>`,
  );
}

/** The options of a select box, with `value` selected. */
export function selectOptions(options: readonly SelectOption[], value: string | null | undefined): SafeHtml[] {
  return options.map(
    (o) => html`<option value="${o.value}"${o.value === (value ?? '') ? html` selected` : html``}>${o.label}</option>`,
  );
}

/** One checkbox of a group, with an optional line of explanation. */
export interface CheckboxOption extends SelectOption {
  readonly description?: string;
}

/** A group of checkboxes sharing one name (a list value such as scopes or event types). */
export interface CheckboxGroupModel {
  /** The group's id; each box's id is `<id>-<index>` and the first box is `<id>` (for error links). */
  readonly id: string;
  readonly name: string;
  readonly legend: string;
  readonly options: readonly CheckboxOption[];
  readonly checked: readonly string[];
  readonly hint?: string | undefined;
  readonly error?: string | undefined;
  /** Lay the boxes out in columns (short labels). */
  readonly columns?: boolean;
}

/** A `<fieldset>` of checkboxes with a legend; hint and error tied to the group. */
export function checkboxGroup(model: CheckboxGroupModel): SafeHtml {
  const describedIds = [
    model.hint !== undefined ? `${model.id}-hint` : '',
    model.error !== undefined ? `${model.id}-error` : '',
  ].filter((s) => s !== '');
  const boxes = model.options.map((o, i) => {
    const id = i === 0 ? model.id : `${model.id}-${i}`;
    const descriptionId = `${id}-description`;
    return html`<div class="check">
<input type="checkbox" id="${id}" name="${model.name}" value="${o.value}"${model.checked.includes(o.value) ? html` checked` : html``}${o.description !== undefined ? html` aria-describedby="${descriptionId}"` : html``}>
<label for="${id}"><span class="check-label">${o.label}</span>${o.description !== undefined ? html`<span class="check-description" id="${descriptionId}">${o.description}</span>` : html``}</label>
</div>`;
  });
  return html`<fieldset class="field fieldset${model.error !== undefined ? ' has-error' : ''}"${describedIds.length > 0 ? html` aria-describedby="${describedIds.join(' ')}"` : html``}>
<legend class="label">${model.legend}</legend>
${model.hint !== undefined ? html`<p class="hint" id="${model.id}-hint">${model.hint}</p>` : html``}
${errorText(model.id, model.error)}
<div class="checks${model.columns === true ? ' checks-columns' : ''}">${boxes}</div>
</fieldset>`;
}

/** The error line under a field, read with it by screen readers. */
export function errorText(id: string, error: string | undefined): SafeHtml {
  return error === undefined
    ? html``
    : html`<p class="field-error" id="${id}-error"><span class="visually-hidden">Error: </span>${error}</p>`;
}

function field(model: FieldModel, control: SafeHtml): SafeHtml {
  const classes = ['field', `field-${model.width ?? 'full'}`, model.error !== undefined ? 'has-error' : '']
    .filter((c) => c !== '')
    .join(' ');
  return html`<div class="${classes}">
<label class="label" for="${model.id}">${model.label}${model.optional === true ? html` <span class="optional">(optional)</span>` : html``}</label>
${control}
${model.hint !== undefined ? html`<p class="hint" id="${model.id}-hint">${model.hint}</p>` : html``}
${errorText(model.id, model.error)}
</div>`;
}

function describedBy(model: FieldModel): SafeHtml {
  const ids = [
    model.hint !== undefined ? `${model.id}-hint` : '',
    model.error !== undefined ? `${model.id}-error` : '',
  ].filter((s) => s !== '');
  return ids.length === 0 ? html`` : html` aria-describedby="${ids.join(' ')}"`;
}

function invalid(model: FieldModel): SafeHtml {
  return model.error !== undefined ? html` aria-invalid="true"` : html``;
}

function valueAttr(value: string | number | null | undefined): SafeHtml {
  return value === null || value === undefined ? html`` : html` value="${value}"`;
}

function opt(name: string, value: string | number | undefined): SafeHtml {
  return value === undefined ? html`` : html` ${name}="${value}"`;
}
