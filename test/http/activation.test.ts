import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import type { DomainContext } from '../../src/domain/context.js';
import { signinLink } from '../../src/domain/portal/portal-urls.js';
import { queueActivationMail } from '../../src/mail/activation-mail.js';
import { brandFor } from '../../src/domain/brand/brand-for.js';
import type { RegistrationHook } from '../../src/domain/portal/register-portal.js';
import type { MailMessage, MailTransport } from '../../src/mail/transport.js';
import { findMailTo } from '../../src/store/repositories/outbox.js';
import { createLogger } from '../../src/logger.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { registerPortal } from '../helpers/builders.js';

/** A transport that only records: these tests read the outbox table, not the wire. */
function recordingTransport(): MailTransport & { sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return { sent, send: async (m) => void sent.push(m), close: () => undefined };
}

/** A sender that never polls during a test (the outbox rows stay as registration wrote them). */
const idleMail = () => ({ transport: recordingTransport(), timing: { pollIntervalMs: 3_600_000 } });

interface PageResponse {
  readonly status: number;
  readonly body: string;
  readonly headers: Record<string, string | string[] | number | undefined>;
  readonly location: string | undefined;
  readonly setCookies: string[];
}

interface PageRequest {
  readonly host: string;
  readonly cookie?: string;
  readonly form?: Record<string, string>;
  /** Origin header; defaults to the host itself for POSTs (a same-origin browser form). */
  readonly origin?: string | null;
}

/** A request to the portal pages with a chosen Host header (the page host is how portals are found). */
async function page(
  server: TestServer,
  method: 'GET' | 'POST',
  url: string,
  request: PageRequest,
): Promise<PageResponse> {
  const headers: Record<string, string> = { host: request.host };
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
function cookiePair(setCookies: readonly string[], name: string): string {
  const line = setCookies.find((c) => c.startsWith(`${name}=`));
  assert.ok(line, `expected a ${name} cookie, got ${JSON.stringify(setCookies)}`);
  return line.split(';')[0] ?? '';
}

/** The value of a hidden form field in a page. */
function hidden(html: string, name: string): string {
  const match = new RegExp(`name="${name}" value="([^"]*)"`).exec(html);
  assert.ok(match, `no field ${name} in the page`);
  return (match[1] ?? '').replace(/&amp;/g, '&');
}

/** A new portal and the parts of its activation link the tests open. */
async function register(server: TestServer, fields: Record<string, unknown> = {}) {
  const portal = await registerPortal(server, fields);
  const reference = new URL(portal.reference);
  return {
    email: portal.email,
    host: reference.host,
    domain: portal.domain,
    tenantId: Number(portal.tenantId),
    ownerId: portal.ownerId,
    confirmPath: reference.pathname + reference.search,
    params: Object.fromEntries(reference.searchParams),
  };
}

/** Opens the activation page and submits it with `password`; returns the POST's answer. */
async function activate(
  server: TestServer,
  portal: Awaited<ReturnType<typeof register>>,
  password: string,
  again = password,
) {
  const form = await page(server, 'GET', portal.confirmPath, { host: portal.host });
  assert.equal(form.status, 200, form.body);
  return page(server, 'POST', '/confirm', {
    host: portal.host,
    form: { ...portal.params, csrf: hidden(form.body, 'csrf'), password, passwordAgain: again },
  });
}

describe('activation link and owner pages on the portal host', () => {
  let server: TestServer;
  before(async () => {
    // Every page post counts against the attempt limit; this file posts far more than ten from one address.
    server = await startTestServer({
      env: { SMTP_URL: 'smtp://127.0.0.1:9', MAX_ATTEMPTS_COUNT: '1000' },
      mail: idleMail(),
    });
  });
  after(() => server.close({ drop: true }));

  it('register queues one activation mail with the link in both parts, inside the registration', async () => {
    const portal = await register(server, { firstName: 'Zoë', language: 'en-GB' });
    const mails = await findMailTo(server.store.db, portal.email);
    assert.equal(mails.length, 1);
    const mail = mails[0];
    assert.ok(mail);
    assert.equal(mail.subject, `Activate your portal ${portal.domain}`);
    assert.ok(mail.textBody.includes(`http://${portal.host}${portal.confirmPath}`), mail.textBody);
    // The HTML part carries the same link, escaped (& → &amp;).
    assert.ok(mail.htmlBody.includes(`http://${portal.host}${portal.confirmPath}`.replace(/&/g, '&amp;')));
    assert.match(mail.htmlBody, /<html lang="en" dir="ltr">/);
    assert.equal(mail.attempts, 0);
    assert.equal(mail.sentAt, null);
  });

  it('the portal language picks the translation; unknown languages fall back to English', async () => {
    const german = await register(server, { language: 'de-AT' });
    const french = await register(server, { language: 'fr-FR' });
    const unknown = await register(server, { language: 'eo' });
    assert.match((await findMailTo(server.store.db, german.email))[0]?.subject ?? '', /^Aktivieren Sie Ihr Portal/);
    assert.match((await findMailTo(server.store.db, french.email))[0]?.subject ?? '', /^Activez votre portail/);
    assert.match((await findMailTo(server.store.db, unknown.email))[0]?.subject ?? '', /^Activate your portal/);
  });

  it('GET /confirm shows a password form with labels, the e-mail and a CSRF token', async () => {
    const portal = await register(server);
    const res = await page(server, 'GET', portal.confirmPath, { host: portal.host });
    assert.equal(res.status, 200);
    assert.match(String(res.headers['content-type']), /^text\/html/);
    assert.match(res.body, /<html lang="en" dir="ltr">/);
    assert.match(res.body, /<h1>Activate your portal<\/h1>/);
    assert.match(res.body, /<label for="password">New password<\/label>/);
    assert.ok(res.body.includes(`value="${portal.email}" readonly`));
    assert.match(hidden(res.body, 'csrf'), /^\d+\.[A-Za-z0-9_-]{43}$/);
    assert.match(String(res.headers['content-security-policy']), /frame-ancestors 'none'/);
  });

  it('a correct password activates the owner, signs in with an HttpOnly SameSite=Lax cookie, and shows the portal', async () => {
    const portal = await register(server);
    const res = await activate(server, portal, 'correct horse battery');
    assert.equal(res.status, 303, res.body);
    assert.equal(res.location, '/?activated=1');
    const line = res.setCookies.find((c) => c.startsWith('portal_session='));
    assert.ok(line);
    assert.match(line, /; HttpOnly/);
    assert.match(line, /; SameSite=Lax/);
    assert.match(line, /; Path=\//);
    assert.doesNotMatch(line, /Secure/, 'http portals get no Secure flag');

    const home = await page(server, 'GET', '/?activated=1', {
      host: portal.host,
      cookie: cookiePair(res.setCookies, 'portal_session'),
    });
    assert.equal(home.status, 200);
    assert.match(home.body, /Your portal is activated and you are signed in\./);
    assert.ok(home.body.includes(`<dd>${portal.domain}</dd>`));
    assert.match(home.body, /<h2>Subscription<\/h2>[\s\S]*<dt>Plan<\/dt><dd>default<\/dd>/);
    assert.match(home.body, /Signed in as <strong>Ada Lovelace<\/strong>/);

    // The owner is activated and can now sign in through the API with that password.
    const signin = await server.call('POST', 'portal/signin', {
      json: { email: portal.email, password: 'correct horse battery' },
    });
    assert.equal(signin.status, 200, signin.text);
    assert.equal(signin.body.tenants.length, 1);
  });

  it('a used link is refused with a 410 page', async () => {
    const portal = await register(server);
    assert.equal((await activate(server, portal, 'first password 1')).status, 303);
    const again = await page(server, 'GET', portal.confirmPath, { host: portal.host });
    assert.equal(again.status, 410);
    assert.match(again.body, /<h1>Link already used<\/h1>/);
  });

  it('the password policy is checked on the page and the broken rule is shown', async () => {
    const portal = await register(server);
    const short = await activate(server, portal, 'short');
    assert.equal(short.status, 400);
    assert.match(short.body, /role="alert">The password must be at least 8 characters long\.</);
    const differ = await activate(server, portal, 'long enough 1', 'long enough 2');
    assert.equal(differ.status, 400);
    assert.match(differ.body, /The two passwords are not the same\./);
    // Neither attempt used the link up.
    assert.equal((await activate(server, portal, 'long enough 1')).status, 303);
  });

  it('an owner who registered with a password activates with one button, no password field', async () => {
    const portal = await register(server, { password: 'given at registration' });
    const form = await page(server, 'GET', portal.confirmPath, { host: portal.host });
    assert.equal(form.status, 200);
    assert.doesNotMatch(form.body, /name="password"/);
    const res = await page(server, 'POST', '/confirm', {
      host: portal.host,
      form: { ...portal.params, csrf: hidden(form.body, 'csrf') },
    });
    assert.equal(res.status, 303);
  });

  it('a forged key is refused with a 400 page', async () => {
    const portal = await register(server);
    const key = portal.params.key ?? '';
    const forged = `${key.slice(0, -2)}${key.endsWith('AA') ? 'BB' : 'AA'}`;
    const url = portal.confirmPath.replace(encodeURIComponent(key), encodeURIComponent(forged));
    assert.notEqual(url, portal.confirmPath);
    const res = await page(server, 'GET', url, { host: portal.host });
    assert.equal(res.status, 400);
    assert.match(res.body, /<h1>Link not valid<\/h1>/);
    const longer = await page(
      server,
      'GET',
      portal.confirmPath.replace(/key=(\d+)/, (_m, n: string) => `key=${Number(n) + 3600}`),
      {
        host: portal.host,
      },
    );
    assert.equal(longer.status, 400, 'moving the expiry breaks the signature');
  });

  it("a link is refused on another portal's host, and an unknown portal host gets a 404 page", async () => {
    const a = await register(server);
    const b = await register(server);
    const wrong = await page(server, 'GET', a.confirmPath, { host: b.host });
    assert.equal(wrong.status, 400);
    const unknown = await page(server, 'GET', a.confirmPath, {
      host: `nosuchportal1.localhost:${new URL(server.baseUrl).port}`,
    });
    assert.equal(unknown.status, 404);
    assert.match(unknown.body, /<h1>Portal not found<\/h1>/);
  });

  it('the page paths are unknown on a host that is not a portal: JSON 404, never HTML', async () => {
    const portal = await register(server);
    const res = await page(server, 'GET', portal.confirmPath, { host: new URL(server.baseUrl).host });
    assert.equal(res.status, 404);
    assert.deepEqual(JSON.parse(res.body), { error: 'notFound', message: 'No such method' });
    const root = await server.call('GET', '/');
    assert.equal(root.status, 404);
    assert.equal(root.body.error, 'notFound');
    // And the API answers on a portal host as everywhere else.
    const api = await page(server, 'GET', '/api/portal/test', { host: portal.host });
    assert.equal(api.status, 200);
  });

  it('POST /confirm without a CSRF token, with a wrong one, or from another origin is refused (403)', async () => {
    const portal = await register(server);
    const other = await register(server);
    const form = await page(server, 'GET', portal.confirmPath, { host: portal.host });
    const otherForm = await page(server, 'GET', other.confirmPath, { host: other.host });
    const csrf = hidden(form.body, 'csrf');
    const base = { ...portal.params, password: 'a good password', passwordAgain: 'a good password' };
    const attempts: Array<[string, PageRequest]> = [
      ['no token', { host: portal.host, form: base }],
      ['a token of another link', { host: portal.host, form: { ...base, csrf: hidden(otherForm.body, 'csrf') } }],
      [
        'a mangled token',
        { host: portal.host, form: { ...base, csrf: csrf.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')) } },
      ],
      ['a foreign Origin', { host: portal.host, origin: 'http://evil.example', form: { ...base, csrf } }],
      ['no Origin or Referer', { host: portal.host, origin: null, form: { ...base, csrf } }],
    ];
    for (const [name, request] of attempts) {
      const res = await page(server, 'POST', '/confirm', request);
      assert.equal(res.status, 403, name);
      assert.match(res.body, /<h1>Form refused<\/h1>/, name);
      assert.equal(res.setCookies.length, 0, name);
    }
    // The genuine form still works afterwards: nothing above used the link.
    assert.equal((await page(server, 'POST', '/confirm', { host: portal.host, form: { ...base, csrf } })).status, 303);
  });

  it('the sign-in page answers a wrong password and an unknown e-mail with the same message', async () => {
    const portal = await register(server, { password: 'the right password' });
    const form = await page(server, 'GET', '/signin', { host: portal.host });
    assert.equal(form.status, 200);
    const formCookie = cookiePair(form.setCookies, 'portal_form');
    const csrf = hidden(form.body, 'csrf');
    const post = (email: string, password: string) =>
      page(server, 'POST', '/signin', { host: portal.host, cookie: formCookie, form: { csrf, email, password } });
    const wrongPassword = await post(portal.email, 'not the password');
    const unknownEmail = await post('nobody@example.com', 'the right password');
    for (const res of [wrongPassword, unknownEmail]) {
      assert.equal(res.status, 400);
      assert.match(res.body, /role="alert">Wrong e-mail or password\.</);
      assert.equal(res.setCookies.filter((c) => c.startsWith('portal_session=')).length, 0);
    }
    const right = await post(portal.email.toUpperCase(), 'the right password');
    assert.equal(right.status, 303);
    assert.equal(right.location, '/');
    cookiePair(right.setCookies, 'portal_session');
  });

  it("the owner of one portal cannot sign in on another portal's page", async () => {
    const a = await register(server, { password: 'password of a' });
    const b = await register(server);
    const form = await page(server, 'GET', '/signin', { host: b.host });
    const res = await page(server, 'POST', '/signin', {
      host: b.host,
      cookie: cookiePair(form.setCookies, 'portal_form'),
      form: { csrf: hidden(form.body, 'csrf'), email: a.email, password: 'password of a' },
    });
    assert.equal(res.status, 400);
  });

  it('POST /signin without the form cookie is refused', async () => {
    const portal = await register(server, { password: 'the right password' });
    const form = await page(server, 'GET', '/signin', { host: portal.host });
    const res = await page(server, 'POST', '/signin', {
      host: portal.host,
      form: { csrf: hidden(form.body, 'csrf'), email: portal.email, password: 'the right password' },
    });
    assert.equal(res.status, 403);
  });

  it('sign-out clears the session; the home page then sends the owner to /signin', async () => {
    const portal = await register(server);
    const activated = await activate(server, portal, 'sign me out later');
    const session = cookiePair(activated.setCookies, 'portal_session');
    const home = await page(server, 'GET', '/', { host: portal.host, cookie: session });
    assert.equal(home.status, 200);

    const forged = await page(server, 'POST', '/signout', {
      host: portal.host,
      cookie: session,
      form: { csrf: '1.x' },
    });
    assert.equal(forged.status, 403, 'sign-out needs its CSRF token too');

    const out = await page(server, 'POST', '/signout', {
      host: portal.host,
      cookie: session,
      form: { csrf: hidden(home.body, 'csrf') },
    });
    assert.equal(out.status, 303);
    assert.equal(out.location, '/signin?signedout=1');
    assert.match(out.setCookies.find((c) => c.startsWith('portal_session=')) ?? '', /^portal_session=; .*Max-Age=0/);

    const after = await page(server, 'GET', '/', { host: portal.host });
    assert.equal(after.status, 303);
    assert.equal(after.location, '/signin');
  });

  it("a session cookie is worthless on another portal's host, and a tampered one anywhere", async () => {
    const a = await register(server);
    const b = await register(server);
    const session = cookiePair((await activate(server, a, 'session for a only')).setCookies, 'portal_session');
    const onB = await page(server, 'GET', '/', { host: b.host, cookie: session });
    assert.equal(onB.status, 303);
    const tampered = session.replace(/\.(\d+)\./, (_m, n: string) => `.${Number(n) + 86_400}.`);
    assert.notEqual(tampered, session);
    assert.equal((await page(server, 'GET', '/', { host: a.host, cookie: tampered })).status, 303);
  });

  it('a portal/signin link (type=Signin) signs the owner in once', async () => {
    const portal = await register(server, { password: 'signin link owner' });
    const ctx: DomainContext = { ...server.ctx, clock: fixedClock(new Date()) };
    const link = new URL(
      signinLink(ctx, portal.domain, { tenantId: portal.tenantId, userId: portal.ownerId, email: portal.email }),
    );
    const first = await page(server, 'GET', link.pathname + link.search, { host: portal.host });
    assert.equal(first.status, 303);
    assert.equal(first.location, '/');
    const home = await page(server, 'GET', '/', {
      host: portal.host,
      cookie: cookiePair(first.setCookies, 'portal_session'),
    });
    assert.equal(home.status, 200);
    const second = await page(server, 'GET', link.pathname + link.search, { host: portal.host });
    assert.equal(second.status, 410);
  });

  it('a suspended portal shows no pages', async () => {
    const portal = await register(server);
    const res = await server.call('PUT', 'portal/status', {
      auth: true,
      json: { portalName: portal.domain.split('.')[0], status: 'Suspended' },
    });
    assert.equal(res.status, 200, res.text);
    const form = await page(server, 'GET', portal.confirmPath, { host: portal.host });
    assert.equal(form.status, 403);
    assert.match(form.body, /<h1>Portal suspended<\/h1>/);
  });
});

describe('activation link expiry and cookie security', () => {
  it('an expired link is refused with a 410 page (frozen clock)', async () => {
    const clock = fixedClock(new Date('2026-03-01T12:00:00Z'));
    const server = await startTestServer({
      clock,
      env: { SMTP_URL: 'smtp://127.0.0.1:9', ACTIVATION_TTL_HOURS: '2' },
      mail: idleMail(),
    });
    try {
      const portal = await register(server);
      clock.advance(2 * 3_600_000 - 60_000);
      assert.equal(
        (await page(server, 'GET', portal.confirmPath, { host: portal.host })).status,
        200,
        'still valid a minute before',
      );
      clock.advance(2 * 60_000);
      const res = await page(server, 'GET', portal.confirmPath, { host: portal.host });
      assert.equal(res.status, 410);
      assert.match(res.body, /<h1>Link expired<\/h1>/);
    } finally {
      await server.close({ drop: true });
    }
  });

  it('with PUBLIC_SCHEME=https the session cookie is Secure', async () => {
    const server = await startTestServer({ env: { PUBLIC_SCHEME: 'https', PUBLIC_PORT: '443' } });
    try {
      const portal = await register(server);
      assert.equal(portal.host, portal.domain, 'port 443 is left out of https links');
      const form = await page(server, 'GET', portal.confirmPath, { host: portal.host });
      const res = await page(server, 'POST', '/confirm', {
        host: portal.host,
        origin: `https://${portal.host}`,
        form: {
          ...portal.params,
          csrf: hidden(form.body, 'csrf'),
          password: 'secure cookie pw',
          passwordAgain: 'secure cookie pw',
        },
      });
      assert.equal(res.status, 303, res.body);
      assert.match(res.setCookies.find((c) => c.startsWith('portal_session=')) ?? '', /; Secure/);
    } finally {
      await server.close({ drop: true });
    }
  });
});

describe('the activation mail commits with the registration', () => {
  it('the request log never holds a link key or the owner e-mail', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', { write: (line: string) => void lines.push(line) });
    const server = await startTestServer({ overrides: { logger } });
    try {
      const portal = await register(server);
      assert.equal((await activate(server, portal, 'log-free password')).status, 303);
      const log = lines.join('');
      assert.match(log, /\/confirm\?type=Auth&email=\[redacted\]&key=\[redacted\]/);
      assert.ok(!log.includes(portal.params.key ?? '-'), 'the key is not logged');
      assert.ok(
        !log.includes(portal.email) && !log.includes(encodeURIComponent(portal.email)),
        'the e-mail is not logged',
      );
      assert.ok(!log.includes('log-free password'));
    } finally {
      await server.close({ drop: true });
    }
  });

  it('a registration that fails after queueing the mail leaves no outbox row (and no portal)', async () => {
    const clock = fixedClock(new Date());
    // Made once the server (and its context) exists; registration only runs after that.
    const made: { queue?: RegistrationHook } = {};
    const server = await startTestServer({
      clock,
      overrides: {
        onRegistered: async (db, reg) => {
          await made.queue?.(db, reg);
          throw new Error('something after the mail failed');
        },
      },
    });
    made.queue = queueActivationMail({ ctx: server.ctx, brandFor, activationTtlHours: 72 });
    try {
      const body = registration();
      const res = await server.call('POST', 'portal/register', { auth: true, json: body });
      assert.equal(res.status, 500);
      assert.equal(res.body.error, 'registerNewTenantError');
      assert.deepEqual(await findMailTo(server.store.db, String(body.email)), []);
      const get = await server.call('GET', 'portal/get', {
        auth: true,
        query: { portalName: String(body.portalName) },
      });
      assert.deepEqual(get.body, { tenants: [] });
    } finally {
      await server.close({ drop: true });
    }
  });

  it('without SMTP_URL nothing is queued', async () => {
    const server = await startTestServer();
    try {
      const portal = await register(server);
      assert.deepEqual(await findMailTo(server.store.db, portal.email), []);
      assert.equal(server.mailing.onRegistered, undefined);
    } finally {
      await server.close({ drop: true });
    }
  });
});
