/**
 * The owner's languages: catalogs of every text an owner reads on a portal's pages and in mail,
 * the translator that picks one for a requested language, and Intl formatting for dates, numbers
 * and sizes. A leaf: it imports nothing from the rest of the server, so pages, mail and the
 * console can all use it. How to add a language: docs/languages.md.
 */
export type { Catalog, MessageKey, MessageParams, PartialCatalog, PlaceholderOf } from './catalog.js';
export { CATALOGS } from './catalogs.js';
export { direction, type TextDirection } from './direction.js';
export { formatBytes } from './format-bytes.js';
export {
  formatDate,
  formatDateTime,
  formatList,
  formatNumber,
  formatPercent,
  formatRelativeDays,
  knownTimeZone,
} from './format.js';
export { languageList, type LanguageOption } from './languages.js';
export { en } from './locales/en.js';
export { placeholderNames, type Message, type MessagePart, type ParamValue, type PluralMessage } from './message.js';
export {
  canonicalTag,
  negotiateLanguage,
  parseAcceptLanguage,
  SOURCE_LANGUAGE,
  type NegotiatedLanguage,
} from './negotiate.js';
export { translator, type Catalogs, type Translator } from './translator.js';
