import type { Scenario } from './scenarios.js';
import { seededPortalName } from './seed.js';

/**
 * The operator console's portals page at scale (`npm run bench`, scale phase): the first page of
 * the list and a search by name, as a signed-in operator. The server starts with the account
 * below (ADMIN_EMAIL/ADMIN_PASSWORD create it at start), and one sign-in gives the session
 * cookie every request then carries — what a browser sends.
 */

const ACCOUNT = { email: 'bench-operator@bench.example', password: 'Bench-operator-1' };

/** Environment for the server process: the console account to sign in with. */
export const CONSOLE_BENCH_ENV: Readonly<Record<string, string>> = {
  ADMIN_EMAIL: ACCOUNT.email,
  ADMIN_PASSWORD: ACCOUNT.password,
};

/** Signs in through the sign-in form (its CSRF token, cookie and Origin); returns the Cookie header to send. */
export async function consoleSessionCookie(baseUrl: string): Promise<string> {
  const form = await fetch(`${baseUrl}/console/signin`);
  const page = await form.text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1];
  const formCookie = form.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  if (csrf === undefined || formCookie === '')
    throw new Error(`the console sign-in page answered ${form.status} without its form`);
  const signin = await fetch(`${baseUrl}/console/signin`, {
    method: 'POST',
    redirect: 'manual',
    headers: { cookie: formCookie, origin: baseUrl, 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ _csrf: csrf, email: ACCOUNT.email, password: ACCOUNT.password }).toString(),
  });
  await signin.arrayBuffer();
  const session = signin.headers.getSetCookie().find((c) => c.startsWith('console_session='));
  if (signin.status !== 303 || session === undefined) throw new Error(`console sign-in answered ${signin.status}`);
  return session.split(';')[0] ?? '';
}

/** GET /console/portals: the first page of the list (newest first, 50 rows with owner and plan). */
export function consolePortalsPage(cookie: string, portals: number): Scenario {
  return {
    name: 'scale-console-portals',
    title: `GET /console/portals (signed-in console, ${portals.toLocaleString('en-US')} portals)`,
    expectStatus: 200,
    next: () => ({ method: 'GET', path: '/console/portals', headers: { cookie } }),
    check: (status, body) => expectPage(status, body, 50),
  };
}

/** GET /console/portals?q=<name>: a search for a random seeded portal by its name. */
export function consolePortalSearch(cookie: string, portals: number): Scenario {
  return {
    name: 'scale-console-search',
    title: `GET /console/portals?q=<name> (signed-in console, ${portals.toLocaleString('en-US')} portals)`,
    expectStatus: 200,
    next: () => ({
      method: 'GET',
      path: `/console/portals?q=${seededPortalName(1 + Math.floor(Math.random() * portals))}`,
      headers: { cookie },
    }),
    check: (status, body) => expectPage(status, body, 1),
  };
}

function expectPage(status: number, body: unknown, rows: number): string | undefined {
  if (status !== 200) return `status ${status}, not 200`;
  const text = String(body);
  const found = (text.match(/<tr>\s*<th scope="row"/g) ?? []).length;
  return found === rows ? undefined : `expected ${rows} portals on the page, found ${found}: ${text.slice(0, 200)}`;
}
