import { canonicalTag } from './negotiate.js';

/** The writing direction of a language: what `<html dir>` needs. */
export type TextDirection = 'ltr' | 'rtl';

/**
 * The direction a language is written in: right to left for Arabic, Hebrew, Persian, Urdu and
 * the other languages written in a right-to-left script, or for any tag naming such a script
 * (`pa-Arab`); left to right otherwise, and for anything that is not a tag.
 */
export function direction(tag: string): TextDirection {
  const canonical = canonicalTag(tag);
  if (canonical === undefined) return 'ltr';
  const locale = new Intl.Locale(canonical);
  // A written script decides (az-Arab is rtl, though Azerbaijani is usually written in Latin).
  if (locale.script !== undefined) return RTL_SCRIPTS.has(locale.script) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(locale.language) ? 'rtl' : 'ltr';
}

/**
 * Fixed lists rather than Intl.Locale's text info: that property is missing from TypeScript's
 * library and is being renamed across engines, and these lists change about never.
 */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'ks',
  'ps',
  'sd',
  'ug',
  'ur',
  'yi',
]);
const RTL_SCRIPTS: ReadonlySet<string> = new Set([
  'Adlm',
  'Arab',
  'Hebr',
  'Mand',
  'Nkoo',
  'Rohg',
  'Samr',
  'Syrc',
  'Thaa',
]);
