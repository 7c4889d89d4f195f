/**
 * Escaping HTML templates for the owner's e-mail and the portal pages: every interpolated value
 * is escaped unless it is already `SafeHtml` (the output of another `html` template), so markup
 * can only come from template literals written in this code base, never from data.
 */

/** A fragment of HTML known to be safe: written by us, with every value in it escaped. */
export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** A value a template accepts: text (escaped), safe HTML (kept), or a list of either. */
export type HtmlValue = string | number | SafeHtml | null | undefined | readonly HtmlValue[];

/** Escapes text for use in HTML element content and in double- or single-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'`]/g, (c) => ESCAPES[c] ?? c);
}

/** Tagged template: `html\`<p>${name}</p>\`` escapes `name`; null and undefined render as nothing. */
export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return new SafeHtml(out);
}

function render(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  return escapeHtml(String(value));
}

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
};
