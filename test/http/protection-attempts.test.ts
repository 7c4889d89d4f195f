import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { sql } from 'kysely';
import { RATE_LIMIT_TABLE } from '../../src/store/rate-limit-table.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';

/** Anonymous register/signin calls are counted per client IP in shared counters. */

const open = (extra: Record<string, string> = {}) => ({ AUTH_ALLOW_SKIP_REGISTER: 'true', ...extra });

const servers = useServers();
async function start(env: Record<string, string>, database?: TestServer['database']): Promise<TestServer> {
  return servers.start({ env, ...(database ? { database } : {}) });
}

const register = (
  server: TestServer,
  options: { auth?: boolean; forwardedFor?: string; body?: Record<string, unknown> } = {},
) =>
  server.call('POST', 'portal/register', {
    json: registration(options.body),
    auth: options.auth ?? false,
    headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {},
  });

describe('the attempt limit on anonymous calls', () => {
  test('anonymous register answers tooMuchAttempts with Retry-After once MAX_ATTEMPTS_COUNT attempts are used', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '3', MAX_ATTEMPTS_INTERVAL: '300' }));
    for (let i = 0; i < 3; i++) assert.equal((await register(server)).status, 201, `attempt ${i + 1} is allowed`);
    const refused = await register(server);
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body, { error: 'tooMuchAttempts', message: 'Too much attempts already' });
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(Number.isInteger(retryAfter) && retryAfter > 290 && retryAfter <= 300, `Retry-After ${retryAfter}`);
    // Still refused on the next try: the refusal itself does not reset anything.
    assert.equal((await register(server)).body.error, 'tooMuchAttempts');
  });

  test('the window ends MAX_ATTEMPTS_INTERVAL seconds after the first attempt', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '1', MAX_ATTEMPTS_INTERVAL: '1' }));
    assert.equal((await register(server)).status, 201);
    const refused = await register(server);
    assert.equal(refused.body.error, 'tooMuchAttempts');
    assert.equal(refused.headers.get('retry-after'), '1');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    assert.equal((await register(server)).status, 201);
  });

  test('name checks come first: a bad or taken name neither counts nor is hidden by the limit', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '2' }));
    for (let i = 0; i < 4; i++) {
      const bad = await register(server, { body: { portalName: 'bad_name!' } });
      assert.equal(bad.body.error, 'portalNameIncorrect');
    }
    const first = await register(server);
    assert.equal(first.status, 201, 'invalid names did not use up the attempts');
    assert.equal((await register(server)).status, 201);
    assert.equal((await register(server)).body.error, 'tooMuchAttempts');
    const taken = await register(server, { body: { portalName: first.body.tenant.portalName } });
    assert.equal(taken.body.error, 'portalNameExist');
  });

  test('anonymous register and signin share one counter per client', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '3' }));
    const signin = (auth = false) =>
      server.call('POST', 'portal/signin', { json: { email: 'nobody@example.com', password: 'wrong-password' }, auth });
    assert.equal((await register(server)).status, 201);
    assert.equal((await signin()).body.error, 'params', 'wrong credentials, but counted');
    assert.equal((await signin()).body.error, 'params');
    const limited = await signin();
    assert.equal(limited.body.error, 'tooMuchAttempts');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
    assert.equal((await register(server)).body.error, 'tooMuchAttempts');
    assert.equal((await signin(true)).body.error, 'params', 'a signed signin is not limited');
  });

  test('the counters survive a restart of the server', async () => {
    const env = open({ MAX_ATTEMPTS_COUNT: '2' });
    const first = await startTestServer({ env });
    assert.equal((await register(first)).status, 201);
    assert.equal((await register(first)).status, 201);
    await first.close();
    const second = await start(env, first.database);
    const refused = await register(second);
    assert.equal(refused.body.error, 'tooMuchAttempts');
    assert.ok(Number(refused.headers.get('retry-after')) > 0);
  });

  test('two instances on one database share the counters', async () => {
    const env = open({ MAX_ATTEMPTS_COUNT: '3' });
    const a = await start(env);
    const b = await start(env, a.database);
    assert.equal((await register(a)).status, 201);
    assert.equal((await register(b)).status, 201);
    assert.equal((await register(a)).status, 201);
    assert.equal((await register(b)).body.error, 'tooMuchAttempts');
    assert.equal((await register(a)).body.error, 'tooMuchAttempts');
  });

  test('authenticated calls are not limited, and do not use up the anonymous attempts', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '1' }));
    for (let i = 0; i < 3; i++) assert.equal((await register(server, { auth: true })).status, 201);
    assert.equal((await register(server)).status, 201);
    assert.equal((await register(server)).body.error, 'tooMuchAttempts');
    for (let i = 0; i < 3; i++) assert.equal((await register(server, { auth: true })).status, 201);
  });

  test('a spoofed X-Forwarded-For is ignored when TRUST_PROXY is not set', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '2' }));
    assert.equal((await register(server, { forwardedFor: '203.0.113.1' })).status, 201);
    assert.equal((await register(server, { forwardedFor: '203.0.113.2' })).status, 201);
    const refused = await register(server, { forwardedFor: '203.0.113.3' });
    assert.equal(refused.body.error, 'tooMuchAttempts', 'every forwarded address was counted as the socket address');
  });

  test('a spoofed X-Forwarded-For is ignored when the proxy is not the trusted one', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '1', TRUST_PROXY: '10.1.2.3' }));
    assert.equal((await register(server, { forwardedFor: '203.0.113.1' })).status, 201);
    assert.equal((await register(server, { forwardedFor: '203.0.113.2' })).body.error, 'tooMuchAttempts');
  });

  test('X-Forwarded-For from a trusted proxy is believed: each client gets its own counter', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '1', TRUST_PROXY: '127.0.0.1' }));
    assert.equal((await register(server, { forwardedFor: '203.0.113.1' })).status, 201);
    assert.equal((await register(server, { forwardedFor: '203.0.113.1' })).body.error, 'tooMuchAttempts');
    assert.equal((await register(server, { forwardedFor: '203.0.113.2' })).status, 201);
    // A client cannot escape by prepending an address: only the hop the trusted proxy added counts.
    const prefixed = await register(server, { forwardedFor: '198.51.100.77, 203.0.113.1' });
    assert.equal(prefixed.body.error, 'tooMuchAttempts');
    // IPv6 clients are counted per /64 network, so rotating the interface id does not help.
    assert.equal((await register(server, { forwardedFor: '2001:db8:1:2::a' })).status, 201);
    assert.equal((await register(server, { forwardedFor: '2001:db8:1:2::b' })).body.error, 'tooMuchAttempts');
  });

  test('concurrent anonymous attempts never get past the limit', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '5' }));
    const answers = await Promise.all(Array.from({ length: 25 }, () => register(server)));
    const allowed = answers.filter((a) => a.status === 201).length;
    const refused = answers.filter((a) => a.body?.error === 'tooMuchAttempts').length;
    assert.equal(allowed, 5);
    assert.equal(refused, 20);
  });

  test('attempts are still counted when registrations roll back around them', async () => {
    // Every anonymous attempt here fails inside the registration transaction (portal-count limit),
    // so transactions roll back while other requests are being counted.
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '5', MAX_PORTALS: '1' }));
    assert.equal((await register(server, { auth: true })).status, 201);
    const answers = await Promise.all(Array.from({ length: 40 }, () => register(server)));
    const errors = answers.map((a) => a.body?.error);
    assert.equal(errors.filter((e) => e === 'portalsCountTooMuch').length, 5);
    assert.equal(errors.filter((e) => e === 'tooMuchAttempts').length, 35);
  });

  test('when the counters cannot be read the attempt is refused with 500 error (fail closed)', async () => {
    const server = await start(open({ MAX_ATTEMPTS_COUNT: '5' }));
    assert.equal((await register(server)).status, 201);
    await sql`drop table ${sql.table(RATE_LIMIT_TABLE)}`.execute(server.store.db);
    const body = registration();
    const failed = await server.call('POST', 'portal/register', { json: body });
    assert.equal(failed.status, 500);
    assert.equal(failed.body.error, 'error');
    assert.match(failed.body.message, /request id/);
    assert.doesNotMatch(failed.text, /attempt_counters|SQL|no such table/i, 'no SQL leaks to the client');
    const listed = await server.call('GET', 'portal/get', {
      auth: true,
      query: { portalName: String(body.portalName) },
    });
    assert.deepEqual(listed.body.tenants, [], 'nothing was created');
    assert.equal((await register(server, { auth: true })).status, 201, 'authenticated callers are unaffected');
  });
});
