import type { MessageKey, ParamsArg, PartialCatalog } from './catalog.js';
import { CATALOGS } from './catalogs.js';
import { direction, type TextDirection } from './direction.js';
import { en } from './locales/en.js';
import { fillPlaceholders, joinParts, pickForm, type Message, type MessagePart, type Params } from './message.js';
import { negotiateLanguage, SOURCE_LANGUAGE } from './negotiate.js';

/** Catalogs by language tag: the shipped ones (CATALOGS), or those plus a language being tried. */
export type Catalogs = ReadonlyMap<string, PartialCatalog>;

/**
 * The owner's texts in one language. The result is plain text, never escaped: a page or mail
 * puts it through its HTML template (`html\`…\``), which escapes it with the values in it.
 */
export interface Translator {
  /** The catalog's tag (`de`, `pt-BR`): the language of the text, for `<html lang>` and the switcher. */
  readonly language: string;
  /** The tag for dates and numbers (`de-AT` for an Austrian reader of the German text); see negotiate.ts. */
  readonly locale: string;
  /** The writing direction of the text, for `<html dir>`. */
  readonly direction: TextDirection;
  /** The message `key` with its placeholders filled in; numbers are formatted for `locale`. */
  t<K extends MessageKey>(key: K, ...params: ParamsArg<K>): string;
  /** The same message as literal text and placeholder values, so a template can mark the values up. */
  parts<K extends MessageKey>(key: K, ...params: ParamsArg<K>): readonly MessagePart[];
}

/**
 * A translator for the best catalog for `requested` (a tag or tags in order of preference, see
 * negotiateLanguage). A message the catalog lacks, or a plural form it lacks for a count, is
 * taken from English: a reader sees English words rather than a blank or a key.
 */
export function translator(
  requested: string | readonly string[] | undefined,
  catalogs: Catalogs = CATALOGS,
): Translator {
  const { language, locale } = negotiateLanguage(requested, catalogs.keys());
  const catalog = catalogs.get(language) ?? {};
  // Made on first use: most messages have no number, and a page asks for a translator per request.
  const rules = once(() => new Intl.PluralRules(language));
  const englishRules = once(() => new Intl.PluralRules(SOURCE_LANGUAGE));
  const numbers = once(() => new Intl.NumberFormat(locale));
  const formatNumber = (value: number): string => numbers().format(value);

  const render = (key: MessageKey, params: Params): readonly MessagePart[] => {
    const own: Message | undefined = catalog[key];
    const text =
      (own === undefined ? undefined : pickForm(own, rules, params.count)) ??
      // English plural forms are chosen by English rules: a Russian "few" has no English twin.
      pickForm(englishMessage(key), englishRules, params.count);
    // Only reachable by bypassing the types with a key English lacks, or an empty English text.
    if (text === undefined) throw new Error(`no English text for the message ${key}`);
    return fillPlaceholders(text, params, formatNumber);
  };
  // The tuple types check the values at the call; inside, they are one record of values.
  const valuesOf = (params: readonly unknown[]): Params => (params[0] ?? {}) as Params;

  return {
    language,
    locale,
    direction: direction(language),
    t: (key, ...params) => joinParts(render(key, valuesOf(params))),
    parts: (key, ...params) => render(key, valuesOf(params)),
  };
}

/** A value computed on the first call and kept. */
function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

/** The English message for a key; a type's promise, checked at run time for callers that bypass types. */
function englishMessage(key: MessageKey): Message {
  const message: Message | undefined = Object.hasOwn(en, key) ? en[key] : undefined;
  if (message === undefined) throw new Error(`no English text for the message ${key}`);
  return message;
}
