import type { en } from './locales/en.js';
import type { Message, ParamValue, PluralMessage } from './message.js';

/**
 * The shape of a catalog, derived from the English one: English is the source, so adding a key
 * there makes every other language fail to compile until it has the key too.
 */
type English = typeof en;

/** The name of a message: every key of the English catalog. */
export type MessageKey = keyof English;

/**
 * A complete translation: every key, and a plural object exactly where English has one (only
 * English-plural messages get a `count`, so a plural elsewhere could never be selected).
 */
export type Catalog = { readonly [K in MessageKey]: English[K] extends string ? string : PluralMessage };

/**
 * A catalog that may lack messages: what the translator accepts, so a language can be shipped
 * or tried before it is complete. Missing messages read in English.
 */
export type PartialCatalog = { readonly [K in MessageKey]?: Message };

/** The placeholder names a key's English text uses; a plural message also takes `count`. */
export type PlaceholderOf<K extends MessageKey> = English[K] extends string
  ? NamesIn<English[K]>
  : NamesIn<English[K][keyof English[K]]> | 'count';

/** The values a key needs: one per placeholder, `count` a number (it selects the plural form). */
export type MessageParams<K extends MessageKey> = {
  readonly [N in PlaceholderOf<K>]: N extends 'count' ? number : ParamValue;
};

/** The rest parameters of `t(key, …)`: nothing for a message without placeholders, else its values. */
export type ParamsArg<K extends MessageKey> = [PlaceholderOf<K>] extends [never] ? [] : [params: MessageParams<K>];

/** The `{name}` placeholders of a literal string type, as a union of names. */
type NamesIn<S> = S extends `${string}{${infer Name}}${infer Rest}` ? Name | NamesIn<Rest> : never;
