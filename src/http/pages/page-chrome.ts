import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Brand } from '../../domain/brand/brand.js';
import { CATALOGS, negotiateLanguage, parseAcceptLanguage, translator, type Translator } from '../../i18n/index.js';
import { readCookie, serializeCookie } from '../web/cookies.js';

/**
 * What frames every owner page: the reader's language and the portal's brand. The language is the
 * one the owner chose on a page (`?lang=`, then remembered in a cookie), else the portal's own
 * (from registration); a page that belongs to no portal follows the browser.
 */
export interface PageChrome {
  readonly t: Translator;
  readonly brand: Brand;
  /** The address of this page without `lang`, for the language links (GET pages keep their query). */
  readonly here: string;
  /** Where the style sheets are served: '' on a portal's host; the console's previews serve them elsewhere. */
  readonly assetBase?: string;
}

/** The cookie that remembers the owner's choice of language on this portal host. */
export const LANGUAGE_COOKIE = 'portal_lang';

/** A year: a language choice is kept like a preference, not like a session. */
const LANGUAGE_COOKIE_SECONDS = 365 * 24 * 3600;

/**
 * The translator for a request: `?lang=` when it names one of our languages (and the cookie is
 * set to it), else the cookie, else `fallback` (the portal's language), else the browser's
 * Accept-Language. Anything unknown is skipped, so English is the floor.
 */
export function pageTranslator(
  request: FastifyRequest,
  reply: FastifyReply,
  fallback: string | undefined,
  secure: boolean,
): Translator {
  const query = request.query as Record<string, unknown> | undefined;
  const asked = typeof query?.lang === 'string' ? query.lang : undefined;
  const chosen = asked === undefined ? undefined : ourLanguage(asked);
  if (chosen !== undefined) {
    reply.header(
      'set-cookie',
      serializeCookie(LANGUAGE_COOKIE, chosen, { maxAgeSeconds: LANGUAGE_COOKIE_SECONDS, secure }),
    );
  }
  const remembered = ourLanguage(readCookie(request.headers.cookie, LANGUAGE_COOKIE));
  const wanted = [chosen, remembered, fallback].filter((tag): tag is string => tag !== undefined);
  return translator(wanted.length > 0 ? wanted : parseAcceptLanguage(request.headers['accept-language']));
}

/** The address of the request without `lang` (the language links add their own). */
export function addressWithoutLanguage(request: FastifyRequest): string {
  const url = new URL(request.url, 'http://portal.invalid');
  url.searchParams.delete('lang');
  const query = url.searchParams.toString();
  return query === '' ? url.pathname : `${url.pathname}?${query}`;
}

/** `href` with `lang` set to `tag`. */
export function withLanguage(href: string, tag: string): string {
  const url = new URL(href, 'http://portal.invalid');
  url.searchParams.set('lang', tag);
  return `${url.pathname}?${url.searchParams.toString()}`;
}

/** The catalog's tag when `tag` names exactly one of our languages (any spelling), else undefined. */
function ourLanguage(tag: string | undefined): string | undefined {
  if (tag === undefined || tag.length > 35) return undefined;
  const negotiated = negotiateLanguage(tag, CATALOGS.keys());
  // negotiateLanguage falls back to English; only an actual English request picks English here.
  if (negotiated.language === 'en' && !/^en\b/i.test(tag.trim())) return undefined;
  return negotiated.language;
}
