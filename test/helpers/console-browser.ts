import type { TestServer } from './test-server.js';

/**
 * A minimal browser for the console's HTTP tests: keeps the cookies the server sets, sends
 * forms with the CSRF token of the page they came from and this host's Origin, and does not
 * follow redirects (the tests look at them).
 */
export interface ConsoleBrowser {
  readonly cookies: Map<string, string>;
  get(path: string, headers?: Record<string, string>): Promise<PageResponse>;
  /** Posts a form; `_csrf` is taken from the last page seen unless the form gives one. */
  post(
    path: string,
    form: Record<string, string | readonly string[]>,
    headers?: Record<string, string>,
  ): Promise<PageResponse>;
  /** Signs in through the sign-in page; returns the answer to the POST. */
  /** Opens the sign-in page and signs in; `headers` go with both requests (e.g. X-Forwarded-For). */
  signIn(email: string, password: string, headers?: Record<string, string>): Promise<PageResponse>;
  /** The CSRF token of the last page seen. */
  csrf(): string;
}

export interface PageResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly text: string;
  readonly location: string | null;
}

export function consoleBrowser(server: Pick<TestServer, 'baseUrl'>): ConsoleBrowser {
  const cookies = new Map<string, string>();
  let lastPage = '';
  const request = async (
    method: string,
    path: string,
    body: string | undefined,
    headers: Record<string, string>,
  ): Promise<PageResponse> => {
    const cookie = [...cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(path, server.baseUrl), {
      method,
      redirect: 'manual',
      headers: {
        ...(cookie === '' ? {} : { cookie }),
        ...(body === undefined ? {} : { 'content-type': 'application/x-www-form-urlencoded' }),
        ...headers,
      },
      body,
    });
    for (const line of response.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const eq = pair?.indexOf('=') ?? -1;
      if (pair === undefined || eq < 0) continue;
      const name = pair.slice(0, eq).trim();
      const value = pair.slice(eq + 1).trim();
      if (/Max-Age=0/i.test(line) || value === '') cookies.delete(name);
      else cookies.set(name, value);
    }
    const text = await response.text();
    if ((response.headers.get('content-type') ?? '').startsWith('text/html')) lastPage = text;
    return { status: response.status, headers: response.headers, text, location: response.headers.get('location') };
  };
  const csrf = () => /name="_csrf" value="([^"]+)"/.exec(lastPage)?.[1] ?? '';
  const origin = new URL(server.baseUrl).origin;
  const browser: ConsoleBrowser = {
    cookies,
    csrf,
    get: (path, headers = {}) => request('GET', path, undefined, headers),
    post: (path, form, headers = {}) => {
      const params = new URLSearchParams();
      if (!('_csrf' in form)) params.append('_csrf', csrf());
      for (const [name, value] of Object.entries(form)) {
        for (const one of typeof value === 'string' ? [value] : value) params.append(name, one);
      }
      return request('POST', path, params.toString(), { origin, ...headers });
    },
    signIn: async (email, password, headers = {}) => {
      await browser.get('/console/signin', headers);
      return browser.post('/console/signin', { email, password }, headers);
    },
  };
  return browser;
}

/** The text of an HTML page without its tags, spaces collapsed (for "the page says" checks). */
export function pageText(html: string): string {
  return html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)))
    .replace(/\s+/g, ' ')
    .trim();
}
