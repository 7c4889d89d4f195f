import type { Catalog } from './catalog.js';
import { en } from './locales/en.js';

/**
 * The shipped languages, in the order the language switcher lists them: English first (the
 * source), then the others. A new language is one file in locales/ and one line here.
 */
export const CATALOGS: ReadonlyMap<string, Catalog> = new Map<string, Catalog>([['en', en]]);
