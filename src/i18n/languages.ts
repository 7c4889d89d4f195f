import { CATALOGS } from './catalogs.js';
import { direction, type TextDirection } from './direction.js';
import type { Catalogs } from './translator.js';

/** One entry of a language switcher. */
export interface LanguageOption {
  /** The tag to ask for (`pt-BR`), as the catalogs are keyed. */
  readonly tag: string;
  /** The language's name in itself ("Deutsch", "日本語"): readers look for their own language. */
  readonly name: string;
  /** For `dir` on the entry, so an Arabic name reads right even in an English page. */
  readonly direction: TextDirection;
}

/** The languages a switcher offers, in the catalogs' order, each named in its own language. */
export function languageList(catalogs: Catalogs = CATALOGS): readonly LanguageOption[] {
  return [...catalogs].map(([tag, catalog]) => {
    const own = catalog['language.name'];
    // A catalog still being written may lack its own name: ICU knows most, in lower case at worst.
    const name =
      typeof own === 'string' && own !== '' ? own : (new Intl.DisplayNames([tag], { type: 'language' }).of(tag) ?? tag);
    return { tag, name, direction: direction(tag) };
  });
}
