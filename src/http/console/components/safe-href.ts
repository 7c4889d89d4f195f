/**
 * A link target fit for an `href`: console paths (`/…`, `?…`, `#…`) and http(s) URLs pass;
 * anything else — `javascript:`, `data:`, protocol-relative `//host` — becomes `#`. Escaping
 * keeps data from breaking out of the attribute; this keeps it from choosing the scheme.
 */
export function safeHref(url: string): string {
  if (/^\/(?![/\\])/.test(url) || url.startsWith('?') || url.startsWith('#')) return url;
  if (/^https?:\/\/[^\s]+$/i.test(url)) return url;
  return '#';
}
