/**
 * How the API's paths are spelled, in one place: every method is served under all three
 * prefixes (real clients use each of them), paths match in any case, with one trailing slash,
 * and with a `.json` suffix (ONLYOFFICE clients differ in all of these).
 */

/** Every method is served under all three prefixes. */
export const API_PREFIXES = ['/api', '/apisystem', '/apisystem/api'] as const;

/** Any of the prefixes at the start of a path (the longest first). */
const PREFIX = /^\/(apisystem\/api|apisystem|api)(?=\/)/i;

/** The method path without the API prefix: /api/x and /apisystem/x are one method. */
export function withoutApiPrefix(path: string): string {
  return path.replace(PREFIX, '');
}

/** Whether a request URL is one of the API's (under any of the prefixes, in any case). */
export function isApiPath(url: string): boolean {
  return PREFIX.test(url.split('?')[0] ?? '');
}

/** A request URL with a `.json` suffix of its path dropped (the query kept). */
export function withoutJsonSuffix(url: string): string {
  const q = url.indexOf('?');
  const path = q < 0 ? url : url.slice(0, q);
  if (!/\.json\/?$/i.test(path)) return url;
  return path.replace(/\.json(\/?)$/i, '$1') + (q < 0 ? '' : url.slice(q));
}

/** Lower-case path without query, trailing slash or `.json`: how routes are matched. */
export function normalizePath(url: string): string {
  const path = withoutJsonSuffix(url.split('?')[0] ?? '')
    .toLowerCase()
    .replace(/\/+$/, '');
  return path === '' ? '/' : path;
}
