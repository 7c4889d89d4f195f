/**
 * What a message is and how it becomes text: `{name}` placeholders, and plural objects keyed by
 * the categories of Intl.PluralRules. Deliberately not ICU MessageFormat: the owner's texts need
 * only these two features, and a translator can read and write them without learning a syntax.
 */

/** A plural category as Intl.PluralRules names it (zero, one, two, few, many, other). */
export type PluralCategory = Intl.LDMLPluralRule;

/**
 * A message whose wording depends on a number, selected by the `count` parameter. `other` is
 * always there: every language has it, and it is the form for a missing or non-numeric count.
 */
export type PluralMessage = { readonly [C in Exclude<PluralCategory, 'other'>]?: string } & {
  readonly other: string;
};

/** One message of a catalog: plain text, or a plural object. */
export type Message = string | PluralMessage;

/** A value for a placeholder: text is inserted as it is, a number is formatted for the language. */
export type ParamValue = string | number;

/** Placeholder values by name, as the translator receives them. */
export type Params = Readonly<Record<string, ParamValue>>;

/** A piece of a rendered message: literal text, or the value of a named placeholder. */
export type MessagePart = { readonly text: string } | { readonly name: string; readonly value: string };

/** The placeholder names written in a message, in the order they first appear (plural forms merged). */
export function placeholderNames(message: Message): readonly string[] {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  const names = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(PLACEHOLDER)) names.add(match[1] ?? '');
  return [...names];
}

/**
 * The text of `message` for `count` in a language whose plural rules `rules` gives, or undefined
 * when the message has no usable text for it (an empty string, a missing category): the caller
 * then falls back to English rather than show a blank.
 */
export function pickForm(
  message: Message,
  rules: () => Intl.PluralRules,
  count: ParamValue | undefined,
): string | undefined {
  if (typeof message === 'string') return message === '' ? undefined : message;
  const category = typeof count === 'number' && Number.isFinite(count) ? rules().select(count) : 'other';
  const form = message[category];
  return form === undefined || form === '' ? undefined : form;
}

/**
 * Splits `text` at its placeholders, filling in each value (numbers through `formatNumber`). A
 * placeholder without a value stays visible as `{name}`: a visible gap is found and fixed, an
 * empty one is not.
 */
export function fillPlaceholders(
  text: string,
  params: Params,
  formatNumber: (value: number) => string,
): readonly MessagePart[] {
  const parts: MessagePart[] = [];
  let last = 0;
  for (const match of text.matchAll(PLACEHOLDER)) {
    const start = match.index ?? 0;
    if (start > last) parts.push({ text: text.slice(last, start) });
    const name = match[1] ?? '';
    const value = Object.hasOwn(params, name) ? params[name] : undefined;
    if (value === undefined) parts.push({ text: match[0] });
    else parts.push({ name, value: typeof value === 'number' ? formatNumber(value) : value });
    last = start + match[0].length;
  }
  if (last < text.length) parts.push({ text: text.slice(last) });
  return parts;
}

/** The parts of a message joined into plain text. */
export function joinParts(parts: readonly MessagePart[]): string {
  return parts.map((part) => ('text' in part ? part.text : part.value)).join('');
}

/** `{name}`: a letter, then letters, digits or underscores. Other braces are plain text. */
const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9_]*)\}/g;
