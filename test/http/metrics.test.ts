import assert from 'node:assert/strict';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { ConfigError, loadConfig } from '../../src/config/config.js';
import { fixedClock } from '../../src/domain/clock.js';
import { startFakeCaptchaVerifier, type FakeCaptchaVerifier } from '../helpers/fake-captcha-verifier.js';
import { freePort } from '../helpers/free-port.js';
import { page } from '../helpers/portal-pages.js';
import { registration, startTestServer, type StartOptions, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';

/**
 * GET /metrics (Prometheus text format, prom-client): behind a bearer token, 404 when disabled,
 * optionally on its own port. The values move with traffic, and no label ever holds a raw URL, a
 * query string, an id or an e-mail (bounded cardinality).
 */

const TOKEN = 'metrics-token-for-tests-0123456789';

const servers = useServers();
async function start(options: StartOptions = {}): Promise<TestServer> {
  return servers.start({ ...options, env: { METRICS_TOKEN: TOKEN, ...options.env } });
}

interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

/** A parser of the Prometheus text exposition format (samples only; comments checked apart). */
function parseExposition(text: string): Sample[] {
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const match = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})? (\S+)(?: \d+)?$/.exec(line);
    assert.ok(match, `not an exposition line: ${line}`);
    const labels: Record<string, string> = {};
    const body = match[2] ?? '';
    const label = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)",?/gy;
    let consumed = 0;
    for (let m = label.exec(body); m !== null; m = label.exec(body)) {
      labels[m[1] ?? ''] = (m[2] ?? '').replace(/\\n/g, '\n').replace(/\\(.)/g, '$1');
      consumed = label.lastIndex;
    }
    assert.equal(consumed, body.length, `labels not parsed whole: ${line}`);
    const raw = match[3] ?? '';
    samples.push({
      name: match[1] ?? '',
      labels,
      value: raw === '+Inf' ? Infinity : raw === '-Inf' ? -Infinity : Number(raw),
    });
  }
  return samples;
}

/** The sum of the samples of `name` whose labels include `labels` (0 when none). */
function valueOf(samples: readonly Sample[], name: string, labels: Record<string, string> = {}): number {
  return samples
    .filter((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v))
    .reduce((sum, s) => sum + s.value, 0);
}

function has(samples: readonly Sample[], name: string, labels: Record<string, string> = {}): boolean {
  return samples.some((s) => s.name === name && Object.entries(labels).every(([k, v]) => s.labels[k] === v));
}

async function scrape(server: TestServer, base = server.baseUrl): Promise<Sample[]> {
  const res = await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  return parseExposition(await res.text());
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Scrapes until `ready` holds (background senders work on their own time), or fails with the last scrape. */
async function scrapeUntil(server: TestServer, ready: (samples: Sample[]) => boolean, what: string): Promise<Sample[]> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const samples = await scrape(server);
    if (ready(samples)) return samples;
    if (Date.now() > deadline) assert.fail(`${what} never showed in the metrics`);
    await pause(50);
  }
}

describe('/metrics access', () => {
  it('403 without or with a wrong bearer token; 200 with it; 404 when METRICS_TOKEN is unset', async () => {
    const server = await start();
    for (const authorization of [
      undefined,
      'Bearer wrong-token-of-some-length',
      `Basic ${TOKEN}`,
      `Bearer ${TOKEN}x`,
      TOKEN,
    ]) {
      const res = await fetch(`${server.baseUrl}/metrics`, {
        headers: authorization === undefined ? {} : { authorization },
      });
      assert.equal(res.status, 403, String(authorization));
      const body = (await res.json()) as { error: string };
      assert.equal(body.error, 'forbidden');
    }
    const ok = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `bearer ${TOKEN}` } });
    assert.equal(ok.status, 200, 'the scheme is case-insensitive');
    const text = await ok.text();
    assert.match(text, /^# HELP hosted_http_requests_total /m);
    assert.match(text, /^# TYPE hosted_http_request_duration_seconds histogram$/m);
    const samples = parseExposition(text);
    // Default process metrics.
    assert.ok(has(samples, 'process_cpu_user_seconds_total'));
    assert.ok(has(samples, 'nodejs_heap_size_used_bytes'));
    for (const name of ['hosted_portals', 'hosted_outbox_pending', 'hosted_outbox_oldest_seconds'])
      assert.ok(has(samples, name), name);

    const off = await startTestServer();
    try {
      const res = await fetch(`${off.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
      assert.equal(res.status, 404);
    } finally {
      await off.close({ drop: true });
    }
  });

  it('METRICS_PORT serves /metrics on its own port (same token rule); the API port then answers 404', async () => {
    let server: TestServer | undefined;
    let port = 0;
    for (let attempt = 1; server === undefined; attempt++) {
      port = await freePort();
      try {
        server = await start({ env: { METRICS_PORT: String(port) } });
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw error;
      }
    }
    const own = `http://127.0.0.1:${port}`;
    const samples = await scrape(server, own);
    assert.ok(has(samples, 'hosted_http_requests_total') || has(samples, 'process_cpu_user_seconds_total'));
    assert.equal((await fetch(`${own}/metrics`)).status, 403);
    assert.equal(
      (await fetch(`${own}/metrics`, { headers: { authorization: 'Bearer not-the-token-at-all' } })).status,
      403,
    );
    assert.equal((await fetch(`${own}/api/portal/test`)).status, 404, 'the metrics port serves nothing else');
    const onApi = await fetch(`${server.baseUrl}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } });
    assert.equal(onApi.status, 404);
    assert.equal((await server.call('GET', 'portal/test')).status, 200);
  });

  it('a METRICS_TOKEN shorter than 16 characters is refused at start', () => {
    assert.throws(
      () => loadConfig({ MACHINE_KEY: 'k'.repeat(32), METRICS_TOKEN: 'x'.repeat(15) }),
      (error: unknown) => {
        assert.ok(error instanceof ConfigError);
        assert.match(String(error.message), /METRICS_TOKEN/);
        return true;
      },
    );
    assert.doesNotThrow(() =>
      loadConfig({ MACHINE_KEY: 'k'.repeat(32), METRICS_TOKEN: 'x'.repeat(16), DATA_DIR: '/tmp' }),
    );
  });
});

describe('/metrics values', () => {
  let server: TestServer;
  let verifier: FakeCaptchaVerifier;
  before(async () => {
    verifier = await startFakeCaptchaVerifier();
    server = await start({
      env: {
        AUTH_ALLOW_SKIP_REGISTER: 'true',
        TRUST_PROXY: 'true',
        RECAPTCHA_REQUIRED: 'true',
        RECAPTCHA_SECRET: 'metrics-captcha-secret',
        RECAPTCHA_VERIFY_URL: verifier.recaptchaUrl,
        MAX_ATTEMPTS_COUNT: '2',
        MAX_ATTEMPTS_INTERVAL: '600',
      },
    });
  });
  after(() => verifier.stop());

  it('requests are counted and timed per method path, whatever prefix, suffix or case', async () => {
    const before = await scrape(server);
    const route = { method: 'GET', route: '/portal/get', status: '200' };
    await server.call('GET', '/api/portal/get', { auth: true });
    await server.call('GET', '/apisystem/portal/get', { auth: true });
    await server.call('GET', '/apisystem/api/Portal/Get.json', { auth: true, query: { x: '1' } });
    const after = await scrape(server);
    assert.equal(
      valueOf(after, 'hosted_http_requests_total', route) - valueOf(before, 'hosted_http_requests_total', route),
      3,
    );
    const count = (s: Sample[]) =>
      valueOf(s, 'hosted_http_request_duration_seconds_count', { method: 'GET', route: '/portal/get' });
    assert.equal(count(after) - count(before), 3);
    const inf = valueOf(after, 'hosted_http_request_duration_seconds_bucket', {
      method: 'GET',
      route: '/portal/get',
      le: '+Inf',
    });
    assert.equal(inf, count(after));
    assert.ok(valueOf(after, 'hosted_http_request_duration_seconds_sum', { method: 'GET', route: '/portal/get' }) > 0);
    // A refused call is counted under its own status.
    await server.call('GET', 'portal/get');
    const refused = await scrape(server);
    assert.ok(
      valueOf(refused, 'hosted_http_requests_total', { method: 'GET', route: '/portal/get', status: '403' }) >= 1,
    );
  });

  it('no label holds a query string, a raw URL, an id or an e-mail; unknown paths share route="unknown"', async () => {
    const registered = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ password: 'owner password 1' }),
    });
    const host = new URL(registered.body.reference).host;
    const before = await scrape(server);
    await server.call('GET', '/api/portal/get.json', { auth: true, query: { x: '1', email: 'leak@example.com' } });
    await server.call('GET', `/api/portal/get?tenantId=${registered.body.tenant.tenantId}`, { auth: true });
    for (let i = 0; i < 3; i++)
      await server.call('GET', `/api/nothing-here-${i}/leak@example.com?email=leak@example.com`);
    await server.call('POST', `/api/portal/${registered.body.tenant.portalName}`, { json: {} });
    await server.call('GET', `/${registered.body.tenant.tenantId}`);
    await page(server, 'GET', '/signin?email=leak%40example.com', { host });
    await page(server, 'GET', `/confirm?type=Signin&email=leak%40example.com&key=123.abc`, { host });
    const after = await scrape(server);
    const unknown = (s: Sample[]) => valueOf(s, 'hosted_http_requests_total', { route: 'unknown' });
    assert.ok(unknown(after) - unknown(before) >= 5, 'unknown paths are counted under route="unknown"');
    assert.ok(valueOf(after, 'hosted_http_requests_total', { method: 'GET', route: '/signin' }) >= 1);
    assert.ok(valueOf(after, 'hosted_http_requests_total', { method: 'GET', route: '/confirm' }) >= 1);

    const values = after.filter((s) => s.name.startsWith('hosted_')).flatMap((s) => Object.values(s.labels));
    for (const value of values) {
      assert.doesNotMatch(value, /[?=@&]|:\/\/|leak|example\.com|localhost/, `label value ${JSON.stringify(value)}`);
      assert.doesNotMatch(value, new RegExp(String(registered.body.tenant.portalName)), `label value ${value}`);
    }
    const routes = new Set(
      after.filter((s) => s.name === 'hosted_http_requests_total').map((s) => s.labels.route ?? ''),
    );
    for (const route of routes) assert.match(route, /^(unknown|\/[a-z/]*)$/, `route label ${route}`);
    assert.ok(!routes.has('/api/portal/get'), 'routes are reported without their prefix');
  });

  it('registrations by outcome, attempt-limit refusals and CAPTCHA failures', async () => {
    const before = await scrape(server);
    const outcome = (s: Sample[], o: string) => valueOf(s, 'hosted_registrations_total', { outcome: o });
    const body = registration();
    assert.equal((await server.call('POST', 'portal/register', { auth: true, json: body })).status, 201);
    assert.equal(
      (await server.call('POST', 'portal/register', { auth: true, json: body })).status,
      400,
      'portalNameExist',
    );
    // Anonymous: one CAPTCHA failure (an attempt), one success (the second attempt), then limited.
    const anonymous = (ip: string) => ({
      json: { ...registration(), recaptchaType: 'Default', recaptchaResponse: 'widget-token' },
      headers: { 'x-forwarded-for': ip },
    });
    verifier.mode = 'failure';
    assert.equal(
      (await server.call('POST', 'portal/register', anonymous('198.18.0.1'))).body.error,
      'recaptchaInvalid',
    );
    verifier.mode = 'success';
    assert.equal((await server.call('POST', 'portal/register', anonymous('198.18.0.1'))).status, 201);
    assert.equal((await server.call('POST', 'portal/register', anonymous('198.18.0.1'))).body.error, 'tooMuchAttempts');
    // A replay is no registration of its own.
    const keyed = { auth: true, json: registration(), headers: { 'idempotency-key': `metrics-${Date.now()}` } };
    assert.equal((await server.call('POST', 'portal/register', keyed)).status, 201);
    assert.equal((await server.call('POST', 'portal/register', keyed)).headers.get('idempotent-replayed'), 'true');

    const after = await scrape(server);
    assert.equal(outcome(after, 'created') - outcome(before, 'created'), 3);
    assert.equal(outcome(after, 'refused') - outcome(before, 'refused'), 3);
    assert.equal(outcome(after, 'failed') - outcome(before, 'failed'), 0);
    assert.equal(valueOf(after, 'hosted_attempts_limited_total') - valueOf(before, 'hosted_attempts_limited_total'), 1);
    assert.equal(valueOf(after, 'hosted_captcha_failures_total') - valueOf(before, 'hosted_captcha_failures_total'), 1);
    const byEmail = await server.call('POST', 'portal/registerbyemail', {
      auth: true,
      json: { email: `m-${Date.now()}@example.com` },
    });
    assert.equal(byEmail.status, 201);
    assert.equal(outcome(await scrape(server), 'created') - outcome(after, 'created'), 1, 'registerbyemail counts too');
  });
});

describe('/metrics: a failed registration', () => {
  it('counts outcome="failed" for a 5xx', async () => {
    const server = await start({
      overrides: {
        onRegistered: async () => {
          throw new Error('the activation mail could not be queued');
        },
      },
    });
    assert.equal((await server.call('POST', 'portal/register', { auth: true, json: registration() })).status, 500);
    assert.equal(valueOf(await scrape(server), 'hosted_registrations_total', { outcome: 'failed' }), 1);
  });
});

describe('/metrics: cached database values (fixed clock)', () => {
  let receiverServer: Server;
  let receiverUrl: string;
  let failing = true;
  before(async () => {
    receiverServer = createHttpServer((request, response) => {
      request.resume();
      request.on('end', () => response.writeHead(failing ? 500 : 204).end());
    });
    await new Promise<void>((resolve) => receiverServer.listen(0, '127.0.0.1', resolve));
    receiverUrl = `http://127.0.0.1:${(receiverServer.address() as AddressInfo).port}/hook`;
  });
  after(() => new Promise<void>((resolve) => receiverServer.close(() => resolve())));

  it('portals by status, the mail and webhook backlog and its age: at most 30 s old; webhook outcomes', async () => {
    const clock = fixedClock(new Date('2026-07-01T12:00:00Z'));
    const server = await start({
      clock,
      // Mail is on but its server is down (nothing listens on port 9): the outbox fills.
      env: { SMTP_URL: 'smtp://127.0.0.1:9', WEBHOOK_ALLOW_PRIVATE: 'true' },
      mail: { timing: { pollIntervalMs: 3_600_000 } },
      overrides: { webhooks: { timing: { pollIntervalMs: 50 } } },
    });
    const first = await scrape(server);
    assert.equal(valueOf(first, 'hosted_portals', { status: 'Active' }), 0);
    assert.equal(valueOf(first, 'hosted_outbox_pending', { kind: 'mail' }), 0);
    assert.equal(valueOf(first, 'hosted_outbox_oldest_seconds', { kind: 'mail' }), 0);
    assert.equal(valueOf(first, 'hosted_outbox_pending', { kind: 'webhook' }), 0);

    const hook = await server.call('POST', 'webhook/create', {
      auth: true,
      json: { url: receiverUrl, events: ['portal.registered'] },
    });
    assert.equal(hook.status, 201, hook.text);
    const a = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    const b = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    assert.equal(
      (
        await server.call('PUT', 'portal/status', {
          auth: true,
          json: { portalName: b.body.tenant.portalName, status: 'Suspended' },
        })
      ).status,
      200,
    );

    // Each webhook delivery is tried once at once, and fails (500): a retry is scheduled.
    const tried = await scrapeUntil(
      server,
      (s) => valueOf(s, 'hosted_webhook_deliveries_total', { outcome: 'retry' }) >= 2,
      'two failed attempts',
    );
    // Within 30 s the database-backed values are the cached ones.
    assert.equal(valueOf(tried, 'hosted_portals', { status: 'Active' }), 0, 'still the cached count');
    assert.equal(valueOf(tried, 'hosted_outbox_pending', { kind: 'mail' }), 0);

    clock.advance(30_000);
    const fresh = await scrape(server);
    assert.equal(valueOf(fresh, 'hosted_portals', { status: 'Active' }), 1);
    assert.equal(valueOf(fresh, 'hosted_portals', { status: 'Suspended' }), 1);
    assert.equal(valueOf(fresh, 'hosted_portals', { status: 'RemovePending' }), 0);
    assert.equal(valueOf(fresh, 'hosted_outbox_pending', { kind: 'mail' }), 2, 'two activation mails wait');
    assert.equal(valueOf(fresh, 'hosted_outbox_oldest_seconds', { kind: 'mail' }), 30);
    assert.equal(
      valueOf(fresh, 'hosted_outbox_pending', { kind: 'webhook' }),
      2,
      'two deliveries wait for their retry',
    );
    assert.equal(valueOf(fresh, 'hosted_outbox_oldest_seconds', { kind: 'webhook' }), 30);

    // The receiver recovers; once the retries are due, they are delivered and the backlog drains.
    failing = false;
    clock.advance(10 * 60_000);
    await scrapeUntil(
      server,
      (s) => valueOf(s, 'hosted_webhook_deliveries_total', { outcome: 'delivered' }) >= 2,
      'two deliveries',
    );
    clock.advance(30_000);
    const drained = await scrape(server);
    assert.equal(valueOf(drained, 'hosted_outbox_pending', { kind: 'webhook' }), 0);
    assert.equal(valueOf(drained, 'hosted_outbox_oldest_seconds', { kind: 'webhook' }), 0);
    assert.equal(valueOf(drained, 'hosted_outbox_pending', { kind: 'mail' }), 2);
    assert.equal(valueOf(drained, 'hosted_outbox_oldest_seconds', { kind: 'mail' }), 10 * 60 + 60);
  });
});
