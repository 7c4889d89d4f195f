/**
 * Which of our languages a request gets. A portal's language, a browser's Accept-Language or a
 * switcher's choice arrive as tags in any spelling (`pt_br`, `EN-us`, `zh-Hans`); each is matched
 * to a catalog by its language alone when no catalog has the exact tag, because a German text
 * serves an Austrian reader better than an English one.
 */

/** The outcome of negotiation: the catalog to read, and the tag to format dates and numbers with. */
export interface NegotiatedLanguage {
  /** The catalog's tag, e.g. `de`, `pt-BR`: the language of the text, for `<html lang>`. */
  readonly language: string;
  /**
   * The requested tag when it is a regional variant of `language` in the same script (`de-AT`,
   * `en-GB`, `pt-PT`): an Austrian reader gets Austrian dates with the German text. Otherwise
   * `language` itself (`zh-TW` reads the Simplified Chinese text, so it is formatted as zh-CN).
   */
  readonly locale: string;
}

/** The tag that everything falls back to, and the language the source catalog is written in. */
export const SOURCE_LANGUAGE = 'en';

/**
 * The best of `available` for `requested` (one tag, or several in order of preference): the
 * first requested tag that a catalog has exactly, or else shares its language with; English
 * when none does. Case and `_` for `-` do not matter; tags that are not tags are skipped.
 * `available` is a list from code (the catalogs' tags), parsed once and remembered.
 */
export function negotiateLanguage(
  requested: string | readonly string[] | undefined,
  available: Iterable<string>,
): NegotiatedLanguage {
  const tags = parsedTags([...available]);
  const wanted = requested === undefined ? [] : typeof requested === 'string' ? [requested] : requested;
  for (const raw of wanted) {
    const canonical = canonicalTag(raw);
    if (canonical === undefined) continue;
    const exact = tags.find((t) => t.canonical === canonical);
    if (exact !== undefined) return { language: exact.tag, locale: canonical };
    const language = new Intl.Locale(canonical).language;
    // The plain language (de) before a regional catalog of it (a pseudo-locale like en-XA).
    const match = tags.find((t) => t.canonical === language) ?? tags.find((t) => t.language === language);
    if (match === undefined) continue;
    const sameScript = new Intl.Locale(canonical).maximize().script === match.script;
    return { language: match.tag, locale: sameScript ? canonical : match.tag };
  }
  return { language: SOURCE_LANGUAGE, locale: SOURCE_LANGUAGE };
}

/**
 * The tags of an Accept-Language header, most wanted first (`de-CH, de;q=0.9, en;q=0.5` →
 * de-CH, de, en). Tags with q=0 are refused, not wanted; `*` says nothing and is dropped. At most
 * MAX_ACCEPTED tags are read: the header comes from anyone.
 */
export function parseAcceptLanguage(header: string | undefined): readonly string[] {
  if (header === undefined) return [];
  const entries = header
    .split(',')
    .slice(0, MAX_ACCEPTED)
    .flatMap((item, index) => {
      const [tag = '', ...options] = item.split(';').map((part) => part.trim());
      const q = options.find((option) => /^q\s*=/i.test(option));
      const weight = q === undefined ? 1 : Number(q.replace(/^q\s*=\s*/i, ''));
      return tag === '' || tag === '*' || !(weight > 0) ? [] : [{ tag, weight, index }];
    });
  // Equal weights keep the header's order.
  return entries.sort((a, b) => b.weight - a.weight || a.index - b.index).map((entry) => entry.tag);
}

/** The canonical spelling of a language tag (`pt_br` → `pt-BR`), or undefined if it is not one. */
export function canonicalTag(tag: string): string | undefined {
  const cleaned = tag.trim().replace(/_/g, '-');
  if (cleaned === '') return undefined;
  try {
    return Intl.getCanonicalLocales(cleaned)[0];
  } catch {
    // Not a well-formed tag: the caller moves on to its next choice or to English.
    return undefined;
  }
}

/** A catalog's tag with its canonical spelling and language subtag, parsed once. */
interface AvailableTag {
  readonly tag: string;
  readonly canonical: string;
  readonly language: string;
  /** The script it is written in, filled in when the tag leaves it out (zh-CN: Hans). */
  readonly script: string | undefined;
}

/**
 * The catalogs' tags, parsed once per list: parsing 14 tags is most of a negotiation's cost.
 * Keyed by the list itself, which comes from code (the shipped catalogs, a test's extra
 * language), never from a request, so the memo stays as small as the number of such lists.
 */
function parsedTags(available: readonly string[]): readonly AvailableTag[] {
  const key = available.join(',');
  const known = PARSED.get(key);
  if (known !== undefined) return known;
  const parsed = available.flatMap((tag) => {
    const canonical = canonicalTag(tag);
    if (canonical === undefined) return [];
    const locale = new Intl.Locale(canonical);
    return [{ tag, canonical, language: locale.language, script: locale.maximize().script }];
  });
  PARSED.set(key, parsed);
  return parsed;
}

const PARSED = new Map<string, readonly AvailableTag[]>();

/** More entries than any browser sends; bounds the work an odd header can cause. */
const MAX_ACCEPTED = 32;
