import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { loadConfig, ConfigError } from '../../src/config/config.js';
import { SYSTEM_ACTOR } from '../../src/domain/actor.js';
import { fixedClock } from '../../src/domain/clock.js';
import { createOperator, disableOperator, resetOperatorPassword } from '../../src/domain/operator/operator-accounts.js';
import { HOUR_MS, MINUTE_MS } from '../../src/domain/time.js';
import { CONSOLE_STYLESHEET } from '../../src/http/console/components/console-css.js';
import { consoleBrowser, pageText } from '../helpers/console-browser.js';
import { createTestDatabase } from '../helpers/test-database.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * The console's security rules over HTTP: sign-in required, server-side sessions that sign-out,
 * disabling, a password reset and 8 h of idleness end at once, CSRF tokens bound to the session
 * plus an Origin check on every POST, the attempt limit on sign-in, strict headers and cookies,
 * and no console on a portal's host or with CONSOLE_ENABLED=false.
 */

const ADMIN = { email: 'ops@example.com', password: 'Correct-horse-7' };
const ADMIN_ENV = { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, MAX_ATTEMPTS_COUNT: '1000' };
const PAGES = [
  '/console',
  '/console/portals',
  '/console/portals/1',
  '/console/clients',
  '/console/webhooks',
  '/console/audit',
  '/console/settings',
];

describe('console: signing in and out', () => {
  const server = useServer({ env: ADMIN_ENV });

  it('sends a signed-out browser from every page to sign-in, and back to the page after it', async () => {
    const browser = consoleBrowser(server);
    for (const path of PAGES) {
      const res = await browser.get(path);
      assert.equal(res.status, 303, path);
      assert.match(res.location ?? '', /^\/console\/signin(\?|$)/, path);
    }
    const deep = await browser.get('/console/portals?status=Suspended');
    assert.equal(deep.location, `/console/signin?next=${encodeURIComponent('/console/portals?status=Suspended')}`);
    await browser.get(deep.location ?? '');
    const signedIn = await browser.post(deep.location ?? '', { email: ADMIN.email, password: ADMIN.password });
    assert.equal(signedIn.status, 303);
    assert.equal(signedIn.location, '/console/portals?status=Suspended');
  });

  it('never sends the browser elsewhere after sign-in (no open redirect)', async () => {
    for (const next of ['https://evil.example/', '//evil.example/', '/console/../api/portal/get', '/elsewhere']) {
      const browser = consoleBrowser(server);
      await browser.get('/console/signin');
      const res = await browser.post(`/console/signin?next=${encodeURIComponent(next)}`, {
        email: ADMIN.email,
        password: ADMIN.password,
      });
      assert.equal(res.location, '/console', next);
    }
  });

  it('refuses a wrong password and an unknown e-mail with the same message (400)', async () => {
    for (const [email, password] of [
      [ADMIN.email, 'wrong-password-1'],
      ['nobody@example.com', ADMIN.password],
      ['', ''],
    ] as const) {
      const browser = consoleBrowser(server);
      const res = await browser.signIn(email, password);
      assert.equal(res.status, 400, email);
      assert.match(pageText(res.text), /E-mail or password is incorrect\./);
      assert.equal(browser.cookies.has('console_session'), false);
    }
  });

  it('accepts the e-mail in any case, and shows the operator on every page', async () => {
    const browser = consoleBrowser(server);
    const res = await browser.signIn('OPS@Example.COM', ADMIN.password);
    assert.equal(res.status, 303);
    const page = await browser.get('/console');
    assert.equal(page.status, 200);
    assert.match(pageText(page.text), /ops@example\.com/);
  });

  it('refuses a sign-in form without its CSRF token, with a forged one, or from another origin (403)', async () => {
    const attempts: Array<[string, Record<string, string>, Record<string, string>]> = [
      ['missing token', { _csrf: '' }, {}],
      ['forged token', { _csrf: `${Math.floor(Date.now() / 1000) + 3600}.${'A'.repeat(43)}` }, {}],
      ['foreign origin', {}, { origin: 'https://evil.example' }],
      ['Origin null', {}, { origin: 'null' }],
    ];
    for (const [name, form, headers] of attempts) {
      const browser = consoleBrowser(server);
      await browser.get('/console/signin');
      const res = await browser.post(
        '/console/signin',
        { email: ADMIN.email, password: ADMIN.password, ...form },
        headers,
      );
      assert.equal(res.status, 403, name);
      assert.match(pageText(res.text), /not sent from this server’s page/, name);
      assert.equal(browser.cookies.has('console_session'), false, name);
    }
    // A token from another browser (bound to its form cookie) does not work in this one.
    const other = consoleBrowser(server);
    await other.get('/console/signin');
    const browser = consoleBrowser(server);
    await browser.get('/console/signin');
    const res = await browser.post('/console/signin', {
      email: ADMIN.email,
      password: ADMIN.password,
      _csrf: other.csrf(),
    });
    assert.equal(res.status, 403);
  });

  it('signs out: the session ends on the server, so a copy of the cookie no longer works', async () => {
    const browser = consoleBrowser(server);
    await browser.signIn(ADMIN.email, ADMIN.password);
    const cookie = browser.cookies.get('console_session');
    assert.ok(cookie);
    await browser.get('/console');
    const out = await browser.post('/console/signout', {});
    assert.equal(out.status, 303);
    assert.equal(out.location, '/console/signin?notice=signed-out');
    assert.equal(browser.cookies.has('console_session'), false, 'the cookie is cleared');
    const copy = consoleBrowser(server);
    copy.cookies.set('console_session', cookie);
    const res = await copy.get('/console');
    assert.equal(res.status, 303);
    assert.match(res.location ?? '', /^\/console\/signin/);
  });

  it('sets the session cookie HttpOnly and SameSite=Strict, and answers with strict security headers', async () => {
    const browser = consoleBrowser(server);
    await browser.get('/console/signin');
    const res = await browser.post('/console/signin', { email: ADMIN.email, password: ADMIN.password });
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('console_session='));
    assert.match(cookie ?? '', /HttpOnly/);
    assert.match(cookie ?? '', /SameSite=Strict/);
    assert.doesNotMatch(cookie ?? '', /Secure/, 'not over plain http');
    const page = await browser.get('/console/portals');
    assert.equal(
      page.headers.get('content-security-policy'),
      "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
    );
    assert.equal(page.headers.get('x-frame-options'), 'DENY');
    assert.equal(page.headers.get('x-content-type-options'), 'nosniff');
    assert.equal(page.headers.get('cache-control'), 'no-store');
    assert.doesNotMatch(page.text, /<script/i);
  });
});

describe('console: CSRF and Origin on every change', () => {
  let server: TestServer;
  let tenantId: number;
  before(async () => {
    server = await startTestServer({ env: ADMIN_ENV });
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    tenantId = res.body.tenant.tenantId;
  });
  after(() => server.close({ drop: true }));

  async function status(): Promise<string> {
    const res = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(tenantId), status: 'all' },
    });
    return res.body.tenants[0].status;
  }

  it('refuses a post with a missing, forged or another session’s token, or from another origin, and changes nothing', async () => {
    const browser = consoleBrowser(server);
    await browser.signIn(ADMIN.email, ADMIN.password);
    const other = consoleBrowser(server);
    await other.signIn(ADMIN.email, ADMIN.password);
    await other.get('/console');
    await browser.get(`/console/portals/${tenantId}`);
    const good = browser.csrf();
    const suspend = { status: 'Suspended', reason: 'forged' };
    const cases: Array<[string, Record<string, string>, Record<string, string>]> = [
      ['missing token', { ...suspend, _csrf: '' }, {}],
      ['forged token', { ...suspend, _csrf: `${Math.floor(Date.now() / 1000) + 3600}.${'B'.repeat(43)}` }, {}],
      ['another session’s token', { ...suspend, _csrf: other.csrf() }, {}],
      ['foreign Origin', { ...suspend, _csrf: good }, { origin: 'https://evil.example' }],
      ['foreign Referer, no Origin', { ...suspend, _csrf: good }, { origin: '', referer: 'https://evil.example/page' }],
      ['neither Origin nor Referer', { ...suspend, _csrf: good }, { origin: '' }],
    ];
    for (const [name, form, headers] of cases) {
      const res = await browser.post(`/console/portals/${tenantId}/status`, form, headers);
      assert.equal(res.status, 403, name);
      assert.match(pageText(res.text), /Form refused/, name);
    }
    assert.equal(await status(), 'Active', 'no refused form changed the portal');
    const referer = await browser.post(
      `/console/portals/${tenantId}/status`,
      { ...suspend, _csrf: good },
      { origin: '', referer: `${server.baseUrl}/console/portals/${tenantId}` },
    );
    assert.equal(referer.status, 303, 'a same-host Referer stands in for a missing Origin');
    assert.equal(await status(), 'Suspended');
  });

  it('sends a post without a session to sign-in, unapplied', async () => {
    const browser = consoleBrowser(server);
    const res = await browser.post(`/console/portals/${tenantId}/status`, { status: 'Active', _csrf: 'x' });
    assert.equal(res.status, 303);
    assert.match(res.location ?? '', /^\/console\/signin/);
    assert.equal(await status(), 'Suspended');
  });
});

describe('console: sessions end at once', () => {
  let server: TestServer;
  const clock = fixedClock(new Date('2026-03-02T09:00:00.000Z'));
  before(async () => {
    // Long enough a lifetime that only the idle limit ends sessions here (the lifetime has its own test).
    server = await startTestServer({ env: { ...ADMIN_ENV, CONSOLE_SESSION_MAX_HOURS: '48' }, clock });
  });
  after(() => server.close({ drop: true }));

  it('ends every session of an account when it is disabled, and refuses its sign-in', async () => {
    const email = 'leaver@example.com';
    await createOperator(server.ctx, SYSTEM_ACTOR, { email, password: 'Leaver-pass-1' });
    const first = consoleBrowser(server);
    const second = consoleBrowser(server);
    assert.equal((await first.signIn(email, 'Leaver-pass-1')).status, 303);
    assert.equal((await second.signIn(email, 'Leaver-pass-1')).status, 303);
    assert.equal((await first.get('/console')).status, 200);
    await disableOperator(server.ctx, SYSTEM_ACTOR, email);
    for (const browser of [first, second]) {
      const res = await browser.get('/console');
      assert.equal(res.status, 303);
      assert.equal(res.location, '/console/signin?notice=expired');
    }
    const again = consoleBrowser(server);
    assert.equal((await again.signIn(email, 'Leaver-pass-1')).status, 400, 'a disabled account cannot sign in');
    const rows = await server.ctx.store.db
      .selectFrom('audit_log')
      .select(['action', 'actor_type', 'changes'])
      .where('action', 'like', 'admin.%')
      .execute();
    assert.deepEqual(
      rows.map((r) => r.action),
      ['admin.create', 'admin.create', 'admin.disable'],
    );
  });

  it('ends the sessions of an account whose password is reset; the new password works', async () => {
    const browser = consoleBrowser(server);
    await browser.signIn(ADMIN.email, ADMIN.password);
    assert.equal((await browser.get('/console')).status, 200);
    await resetOperatorPassword(server.ctx, SYSTEM_ACTOR, { email: ADMIN.email, password: 'New-password-8' });
    assert.equal((await browser.get('/console')).status, 303);
    assert.equal((await consoleBrowser(server).signIn(ADMIN.email, ADMIN.password)).status, 400);
    assert.equal((await consoleBrowser(server).signIn(ADMIN.email, 'New-password-8')).status, 303);
    await resetOperatorPassword(server.ctx, SYSTEM_ACTOR, { email: ADMIN.email, password: ADMIN.password });
  });

  it('refuses a session idle for 8 hours; using it moves the limit', async () => {
    const browser = consoleBrowser(server);
    await browser.signIn(ADMIN.email, ADMIN.password);
    clock.advance(7 * HOUR_MS + 59 * MINUTE_MS);
    assert.equal((await browser.get('/console/portals')).status, 200, 'used just before the limit');
    clock.advance(7 * HOUR_MS + 59 * MINUTE_MS);
    assert.equal((await browser.get('/console/portals')).status, 200, 'the use moved the limit 8 h on');
    clock.advance(8 * HOUR_MS);
    const res = await browser.get('/console/portals');
    assert.equal(res.status, 303, 'idle for 8 h');
    assert.equal(res.location, `/console/signin?next=${encodeURIComponent('/console/portals')}&notice=expired`);
    // The refused session's row is gone (the others ended with the password resets above).
    assert.deepEqual(await server.ctx.store.db.selectFrom('console_sessions').select('id').execute(), []);
  });
});

describe('console: a session ends CONSOLE_SESSION_MAX_HOURS after sign-in, however busy', () => {
  it('a session used every hour is refused 12 hours after sign-in (the default)', async () => {
    const clock = fixedClock(new Date('2026-06-01T08:00:00.000Z'));
    const server = await startTestServer({ env: ADMIN_ENV, clock });
    try {
      const browser = consoleBrowser(server);
      await browser.signIn(ADMIN.email, ADMIN.password);
      for (let hour = 1; hour < 12; hour++) {
        clock.advance(HOUR_MS);
        assert.equal((await browser.get('/console')).status, 200, `in use after ${hour} h`);
      }
      clock.advance(HOUR_MS);
      const res = await browser.get('/console');
      assert.equal(res.status, 303, 'ended 12 h after sign-in');
      assert.equal(res.location, '/console/signin?notice=expired');
    } finally {
      await server.close({ drop: true });
    }
  });
});

describe('console: sign-in attempts are limited per address and per account', () => {
  const server = useServer({ env: { ...ADMIN_ENV, MAX_ATTEMPTS_COUNT: '3', MAX_ATTEMPTS_INTERVAL: '600' } });

  it('answers 429 with Retry-After past the limit, even with the right password', async () => {
    const browser = consoleBrowser(server);
    for (let i = 0; i < 3; i++) assert.equal((await browser.signIn(ADMIN.email, 'wrong-password')).status, 400);
    const res = await browser.signIn(ADMIN.email, ADMIN.password);
    assert.equal(res.status, 429);
    assert.ok(Number(res.headers.get('retry-after')) > 0);
    assert.match(pageText(res.text), /Too many sign-in attempts\. Try again in \d+/);
    assert.equal(browser.cookies.has('console_session'), false);
  });

  it('another address gets no fresh count for the same account (behind a trusted proxy)', async () => {
    const server = await startTestServer({
      env: { ...ADMIN_ENV, MAX_ATTEMPTS_COUNT: '3', MAX_ATTEMPTS_INTERVAL: '600', TRUST_PROXY: 'true' },
    });
    try {
      for (let i = 0; i < 3; i++) {
        const browser = consoleBrowser(server);
        assert.equal(
          (await browser.signIn(ADMIN.email, 'wrong-password', { 'x-forwarded-for': `198.51.100.${i + 1}` })).status,
          400,
        );
      }
      const fresh = consoleBrowser(server);
      const res = await fresh.signIn(ADMIN.email, ADMIN.password, { 'x-forwarded-for': '198.51.100.99' });
      assert.equal(res.status, 429, 'the account is over its limit whatever the address');
      // Another account from that address is not held up by it.
      await createOperator(server.ctx, SYSTEM_ACTOR, { email: 'other@example.com', password: 'Other-pass-1' });
      assert.equal(
        (
          await consoleBrowser(server).signIn('other@example.com', 'Other-pass-1', {
            'x-forwarded-for': '198.51.100.98',
          })
        ).status,
        303,
      );
    } finally {
      await server.close({ drop: true });
    }
  });
});

describe('console: one host rule and one CSRF rule', () => {
  it('X-Forwarded-Host from a trusted proxy never serves the console on a portal host, nor feeds the Origin check', async () => {
    const server = await startTestServer({ env: { ...ADMIN_ENV, TRUST_PROXY: 'true' } });
    try {
      const portal = await server.call('POST', 'portal/register', { auth: true, json: registration() });
      const portalHost = portal.body.tenant.domain as string;
      const apiHost = new URL(server.baseUrl).host;
      // The Host header names the portal: a forwarded API host name does not make it the console.
      const onPortal = await server.app.inject({
        method: 'GET',
        url: '/console/signin',
        headers: { host: portalHost, 'x-forwarded-host': apiHost },
      });
      assert.equal(onPortal.statusCode, 404);
      const docs = await server.app.inject({
        method: 'GET',
        url: '/docs',
        headers: { host: portalHost, 'x-forwarded-host': apiHost },
      });
      assert.equal(docs.statusCode, 404);
      // On the API host, a forwarded host name the attacker's page matches is not believed.
      const browser = consoleBrowser(server);
      await browser.get('/console/signin');
      const res = await browser.post(
        '/console/signin',
        { email: ADMIN.email, password: ADMIN.password },
        { origin: 'https://evil.example', 'x-forwarded-host': 'evil.example' },
      );
      assert.equal(res.status, 403);
    } finally {
      await server.close({ drop: true });
    }
  });

  it('a CSRF token sent in the query string is not accepted (it would be logged)', async () => {
    const server = await startTestServer({ env: ADMIN_ENV });
    try {
      const browser = consoleBrowser(server);
      await browser.get('/console/signin');
      const token = browser.csrf();
      assert.ok(token !== '');
      const res = await browser.post(`/console/signin?_csrf=${encodeURIComponent(token)}`, {
        _csrf: '',
        email: ADMIN.email,
        password: ADMIN.password,
      });
      assert.equal(res.status, 403);
      assert.equal(
        (await browser.post('/console/signin', { _csrf: token, email: ADMIN.email, password: ADMIN.password })).status,
        303,
      );
    } finally {
      await server.close({ drop: true });
    }
  });
});

describe('console: where it is served', () => {
  let server: TestServer;
  let portalHost: string;
  before(async () => {
    server = await startTestServer({ env: ADMIN_ENV });
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    portalHost = res.body.tenant.domain;
  });
  after(() => server.close({ drop: true }));

  it('is a JSON 404 on a portal’s host and under a base domain, on every path', async () => {
    // Injected, to choose the Host header (fetch sends the address it connects to).
    for (const host of [portalHost, 'nosuchportal.localhost']) {
      for (const url of [
        '/console',
        '/console/signin',
        CONSOLE_STYLESHEET.href,
        '/console/portals',
        '/console/no-such-page',
      ]) {
        const res = await server.app.inject({ method: 'GET', url, headers: { host } });
        assert.equal(res.statusCode, 404, `${host}${url}`);
        assert.deepEqual(res.json(), { error: 'notFound', message: 'No such method' });
      }
      const post = await server.app.inject({
        method: 'POST',
        url: '/console/signin',
        headers: { host, origin: `http://${host}`, 'content-type': 'application/x-www-form-urlencoded' },
        payload: new URLSearchParams(ADMIN).toString(),
      });
      assert.equal(post.statusCode, 404);
    }
    const apiHost = await server.app.inject({
      method: 'GET',
      url: '/console/signin',
      headers: { host: `127.0.0.1:${new URL(server.baseUrl).port}` },
    });
    assert.equal(apiHost.statusCode, 200, 'the API host (an address) serves it');
  });

  it('serves the sign-in page and the style sheet on the API host', async () => {
    const page = await server.call('GET', '/console/signin');
    assert.equal(page.status, 200);
    assert.match(page.text, /Sign in to the console/);
    assert.ok(page.text.includes(`<link rel="stylesheet" href="${CONSOLE_STYLESHEET.href}">`));
    const css = await server.call('GET', CONSOLE_STYLESHEET.href);
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /text\/css/);
    // Its name carries a hash of its content: a browser may keep it for good.
    assert.equal(css.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  });

  it('answers an unknown console path with a 404 page', async () => {
    const res = await server.call('GET', '/console/nothing-here');
    assert.equal(res.status, 404);
    assert.match(res.text, /Page not found/);
  });
});

describe('console: CONSOLE_ENABLED=false', () => {
  it('has no /console at all (JSON 404)', async () => {
    const server = await startTestServer({ env: { ...ADMIN_ENV, CONSOLE_ENABLED: 'false' } });
    try {
      for (const path of ['/console', '/console/signin', CONSOLE_STYLESHEET.href]) {
        const res = await server.call('GET', path);
        assert.equal(res.status, 404, path);
        assert.equal(res.body.error, 'notFound');
      }
      assert.equal((await server.call('GET', '/api/portal/test')).status, 200, 'the API is untouched');
    } finally {
      await server.close({ drop: true });
    }
  });
});

describe('console: PUBLIC_SCHEME=https', () => {
  it('sends HSTS on the console, the API, /docs and the pages', async () => {
    const server = await startTestServer({ env: { ...ADMIN_ENV, PUBLIC_SCHEME: 'https', PUBLIC_PORT: '443' } });
    try {
      for (const path of ['/console/signin', '/api/portal/test', '/docs', '/openapi.json', '/health']) {
        const res = await server.call('GET', path);
        assert.equal(res.headers.get('strict-transport-security'), 'max-age=31536000', path);
      }
    } finally {
      await server.close({ drop: true });
    }
  });

  it('makes its cookies Secure with the __Host- prefix', async () => {
    const server = await startTestServer({ env: { ...ADMIN_ENV, PUBLIC_SCHEME: 'https' } });
    try {
      const browser = consoleBrowser(server);
      const form = await browser.get('/console/signin');
      assert.match(
        form.headers.getSetCookie().join('\n'),
        /^__Host-console_form=[^;]+; Path=\/; .*HttpOnly; SameSite=Strict; Secure$/m,
      );
      const res = await browser.post('/console/signin', { email: ADMIN.email, password: ADMIN.password });
      assert.equal(res.status, 303);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('__Host-console_session='));
      assert.match(cookie ?? '', /; Secure$/);
      assert.equal((await browser.get('/console')).status, 200);
    } finally {
      await server.close({ drop: true });
    }
  });
});

describe('console: the first account from ADMIN_EMAIL and ADMIN_PASSWORD', () => {
  it('is created once, when there is none; later starts leave the accounts alone', async () => {
    const database = await createTestDatabase();
    try {
      const first = await startTestServer({
        database,
        env: { ADMIN_EMAIL: 'First@Example.com', ADMIN_PASSWORD: 'First-pass-1' },
      });
      await first.close();
      const second = await startTestServer({
        database,
        env: { ADMIN_EMAIL: 'second@example.com', ADMIN_PASSWORD: 'Second-pass-1' },
      });
      try {
        const accounts = await second.ctx.store.db
          .selectFrom('operator_accounts')
          .select(['email', 'disabled'])
          .execute();
        assert.deepEqual(
          accounts.map((a) => a.email),
          ['first@example.com'],
        );
        const audit = await second.ctx.store.db
          .selectFrom('audit_log')
          .select(['action', 'actor_type', 'changes'])
          .where('action', '=', 'admin.create')
          .execute();
        assert.deepEqual(
          audit.map((a) => [a.action, a.actor_type, JSON.parse(a.changes)]),
          [['admin.create', 'system', { email: [null, 'first@example.com'] }]],
        );
        assert.doesNotMatch(JSON.stringify(audit), /First-pass-1|scrypt/, 'no password or hash in the log');
        assert.equal((await consoleBrowser(second).signIn('first@example.com', 'First-pass-1')).status, 303);
      } finally {
        await second.close();
      }
    } finally {
      await database.drop();
    }
  });

  it('stops the start when the password breaks the policy, naming ADMIN_PASSWORD', async () => {
    await assert.rejects(
      startTestServer({ env: { ADMIN_EMAIL: 'a@example.com', ADMIN_PASSWORD: 'short', PASSWORD_MIN: '8' } }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /^ADMIN_PASSWORD: Password must be at least 8 characters long$/.test(error.problems[0] ?? ''),
    );
    await assert.rejects(
      startTestServer({ env: { ADMIN_EMAIL: 'not-an-address', ADMIN_PASSWORD: 'Long-enough-1' } }),
      (error: unknown) =>
        error instanceof ConfigError &&
        /^ADMIN_EMAIL: email is not a valid e-mail address$/.test(error.problems[0] ?? ''),
    );
  });

  it('needs both settings or neither', () => {
    assert.throws(
      () => loadConfig({ ADMIN_EMAIL: 'a@example.com' }),
      (error: unknown) =>
        error instanceof ConfigError && error.problems.includes('ADMIN_PASSWORD: must be set with ADMIN_EMAIL'),
    );
    assert.throws(
      () => loadConfig({ ADMIN_PASSWORD: 'x' }),
      (error: unknown) =>
        error instanceof ConfigError && error.problems.includes('ADMIN_EMAIL: must be set with ADMIN_PASSWORD'),
    );
    assert.equal(loadConfig({}).console.enabled, true);
    assert.equal(loadConfig({ CONSOLE_ENABLED: 'false' }).console.enabled, false);
  });
});
