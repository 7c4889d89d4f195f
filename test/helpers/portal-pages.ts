import assert from 'node:assert/strict';
import type { TestServer } from './test-server.js';

/**
 * Driving the owner's pages over HTTP without a browser: a request with the portal's Host header
 * (the page host is how a portal is found), its cookies, and its form fields.
 */

export interface PageResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly location: string | undefined;
  readonly setCookies: string[];
}

export interface PageRequest {
  readonly host: string;
  readonly cookie?: string;
  readonly form?: Record<string, string>;
  /** Origin header; defaults to the host itself for POSTs (a same-origin browser form); null: none. */
  readonly origin?: string | null;
  readonly headers?: Record<string, string>;
}

/** One request to the portal pages. */
export async function page(
  server: TestServer,
  method: 'GET' | 'POST',
  url: string,
  request: PageRequest,
): Promise<PageResponse> {
  const headers: Record<string, string> = { ...request.headers, host: request.host };
  if (request.cookie !== undefined) headers.cookie = request.cookie;
  if (method === 'POST') {
    const origin = request.origin === undefined ? `http://${request.host}` : request.origin;
    if (origin !== null) headers.origin = origin;
    headers['content-type'] = 'application/x-www-form-urlencoded';
  }
  const res = await server.app.inject({
    method,
    url,
    headers,
    ...(request.form === undefined ? {} : { payload: new URLSearchParams(request.form).toString() }),
  });
  const raw = res.headers['set-cookie'];
  const setCookies = raw === undefined ? [] : Array.isArray(raw) ? raw : [String(raw)];
  const location = res.headers.location === undefined ? undefined : String(res.headers.location);
  return { status: res.statusCode, body: res.body, headers: res.headers, location, setCookies };
}

/** `name=value` of a Set-Cookie line, ready for a Cookie header. */
export function cookiePair(setCookies: readonly string[], name: string): string {
  const line = setCookies.find((c) => c.startsWith(`${name}=`));
  assert.ok(line, `expected a ${name} cookie, got ${JSON.stringify(setCookies)}`);
  return line.split(';')[0] ?? '';
}

/** The value of a hidden form field in a page. */
export function hidden(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  assert.ok(match, `no field ${name} in the page`);
  return (match[1] ?? '').replace(/&amp;/g, '&');
}

/** The path and query of a link, as a page request's url. */
export function pathOf(link: string): string {
  const url = new URL(link);
  return url.pathname + url.search;
}
