import { en, type Catalog, type Message, type MessageKey } from '../../src/i18n/index.js';

/**
 * Pseudo-locales made from the English catalog, for proving that pages and mails survive
 * translation before any translator has seen them:
 *
 * - en-XA, accented: every letter accented, the text padded to at least 40 % longer and wrapped
 *   in brackets, "Sign in" → "[Šîĝñ îñ öñé]". A cut-off bracket shows a truncated text, plain
 *   ASCII shows a string that never went through the catalog, and the padding finds layouts
 *   that only fit English.
 * - ar-XB, right to left: every word shown mirrored between right-to-left marks, as an
 *   Arabic reader's text flows, with Arabic's six plural forms, so direction and `dir`
 *   handling can be checked without reading Arabic.
 *
 * Placeholders are left exactly as they are, so a pseudo catalog renders with the same values.
 */

/** The tag of the accented, longer pseudo-locale. */
export const PSEUDO_ACCENTED = 'en-XA';

/** The tag of the right-to-left pseudo-locale (its language is Arabic, so it is rtl and has Arabic plurals). */
export const PSEUDO_RTL = 'ar-XB';

/** How much longer than English every pseudo-accented message is, at least. */
export const EXPANSION = 1.4;

/** The en-XA catalog: accented, at least 40 % longer, bracketed. */
export function pseudoAccented(source: Catalog = en): Catalog {
  return mapCatalog(source, PSEUDO_ACCENTED, accentAndPad);
}

/** The ar-XB catalog: every word mirrored between right-to-left marks. */
export function pseudoRtl(source: Catalog = en): Catalog {
  return mapCatalog(source, PSEUDO_RTL, mirrorWords);
}

/** `{name}` placeholders; everything between them is text to transform. */
const PLACEHOLDER = /(\{[A-Za-z][A-Za-z0-9_]*\})/;

/** Right-to-left mark, right-to-left override and pop directional formatting. */
export const RLM = '\u200f';
export const RLO = '\u202e';
export const PDF = '\u202c';

function mapCatalog(source: Catalog, tag: string, transform: (text: string) => string): Catalog {
  const categories = new Intl.PluralRules(tag).resolvedOptions().pluralCategories;
  const entries = Object.entries(source).map(([key, message]: [string, Message]) => {
    if (typeof message === 'string') return [key, transform(message)];
    // Every form the target language's rules can ask for, from the nearest English one.
    const forms = Object.fromEntries(
      categories.map((category) => [category, transform(message[category] ?? message.other)]),
    );
    return [key, forms];
  });
  // The shape is the source's, key for key: the cast only restores what Object.entries forgets.
  return Object.fromEntries(entries) as Record<MessageKey, Message> as Catalog;
}

function accentAndPad(text: string): string {
  const target = Math.ceil(text.length * EXPANSION);
  let padded = outsidePlaceholders(text, accent);
  // Padding words are accented too: any plain ASCII left on a page is a string we missed.
  for (let i = 0; padded.length + 2 < target; i += 1) padded += ` ${accent(PADDING[i % PADDING.length] ?? '')}`;
  return `[${padded}]`;
}

function mirrorWords(text: string): string {
  return outsidePlaceholders(text, (part) => part.replace(/\S+/g, (word) => `${RLM}${RLO}${word}${PDF}${RLM}`));
}

function outsidePlaceholders(text: string, transform: (part: string) => string): string {
  return text
    .split(PLACEHOLDER)
    .map((part) => (PLACEHOLDER.test(part) ? part : transform(part)))
    .join('');
}

function accent(text: string): string {
  return [...text].map((c) => ACCENTS[c] ?? c).join('');
}

/** Padding words: real words wrap like real text, a run of one character would not. */
const PADDING = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

/** Each ASCII letter and an accented look-alike, a–z then A–Z. */
const PLAIN = [...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'];
const ACCENTED = [...'àƀçðéƒĝĥîĵķļɱñöþǫŕšţûṽŵẋýžÅƁÇÐÉƑĜĤÎĴĶĻṀÑÖÞǪŔŠŢÛṼŴẊÝŽ'];
const ACCENTS: Readonly<Record<string, string>> = Object.fromEntries(PLAIN.map((c, i) => [c, ACCENTED[i] ?? c]));
