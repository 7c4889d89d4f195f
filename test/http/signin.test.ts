import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { verifyLinkKey } from '../../src/domain/tokens/link-keys.js';
import { recordingProtection } from '../helpers/recording-protection.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

const INVALID = { error: 'params', message: ['Invalid login or password.'] };

const randomEmail = () => `owner-${randomBytes(5).toString('hex')}@Example.com`;

describe('portal/signin', () => {
  const limiter = recordingProtection();
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      env: { PUBLIC_SCHEME: 'https', PUBLIC_PORT: '443' },
      overrides: { protection: limiter.protection },
    });
  });
  after(async () => server.close({ drop: true }));

  async function register(overrides: Record<string, unknown>) {
    const response = await server.call('POST', 'portal/register', { auth: true, json: registration(overrides) });
    assert.equal(response.status, 201, response.text);
    return response.body.tenant as { tenantId: number; portalName: string; domain: string; ownerId: string };
  }

  test('right e-mail and password: each active portal with its origin and a one-time sign-in link', async () => {
    const email = randomEmail();
    const a = await register({ email, password: 'correct horse 1' });
    const b = await register({ email, password: 'correct horse 1' });
    const response = await server.call('POST', 'portal/signin', { json: { email, password: 'correct horse 1' } });
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(Object.keys(response.body), ['tenants']);
    assert.deepEqual(
      response.body.tenants.map((t: { portalName: string }) => t.portalName),
      [`https://${a.domain}`, `https://${b.domain}`],
    );
    for (const [i, tenant] of [a, b].entries()) {
      const entry = response.body.tenants[i];
      assert.deepEqual(Object.keys(entry).sort(), ['portalLink', 'portalName']);
      const link = new URL(entry.portalLink);
      assert.equal(link.origin, `https://${tenant.domain}`);
      assert.equal(link.pathname, '/confirm');
      assert.equal(link.searchParams.get('type'), 'Signin');
      assert.equal(link.searchParams.get('email'), email.toLowerCase());
      const check = verifyLinkKey(
        [server.machineKey],
        { purpose: 'signin', tenantId: tenant.tenantId, userId: tenant.ownerId, email: email.toLowerCase() },
        link.searchParams.get('key') ?? '',
        new Date(),
      );
      assert.equal(check.ok, true, 'the link key is signed for this owner and portal');
    }
  });

  test('the e-mail matches in any case and with spaces around it; a form body works too', async () => {
    const email = randomEmail();
    const a = await register({ email, password: 'p4ssword-form' });
    const response = await server.call('POST', 'portal/signin', {
      form: { Email: `  ${email.toUpperCase()} `, Password: 'p4ssword-form' },
    });
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(
      response.body.tenants.map((t: { portalName: string }) => t.portalName),
      [`https://${a.domain}`],
    );
  });

  test('only the portals whose owner has this password are answered', async () => {
    const email = randomEmail();
    const mine = await register({ email, password: 'first-password' });
    await register({ email, password: 'other-password' });
    const response = await server.call('POST', 'portal/signin', { json: { email, password: 'first-password' } });
    assert.deepEqual(
      response.body.tenants.map((t: { portalName: string }) => t.portalName),
      [`https://${mine.domain}`],
    );
  });

  test('suspended and removed portals are left out; right credentials with none active answer an empty list', async () => {
    const email = randomEmail();
    const suspended = await register({ email, password: 'suspend-me-1' });
    const removed = await register({ email, password: 'suspend-me-1' });
    await server.call('PUT', 'portal/status', {
      auth: true,
      json: { tenantId: suspended.tenantId, status: 'Suspended' },
    });
    await server.call('DELETE', 'portal/remove', { auth: true, json: { tenantId: removed.tenantId } });
    const response = await server.call('POST', 'portal/signin', { json: { email, password: 'suspend-me-1' } });
    assert.deepEqual([response.status, response.body], [200, { tenants: [] }]);
    await server.call('PUT', 'portal/status', { auth: true, json: { tenantId: suspended.tenantId } });
    const resumed = await server.call('POST', 'portal/signin', { json: { email, password: 'suspend-me-1' } });
    assert.deepEqual(
      resumed.body.tenants.map((t: { portalName: string }) => t.portalName),
      [`https://${suspended.domain}`],
    );
  });

  test('a passwordHash registration signs in with the same passwordHash', async () => {
    const email = randomEmail();
    const hash = randomBytes(32).toString('base64');
    const a = await register({ email, passwordHash: hash });
    const ok = await server.call('POST', 'portal/signin', { json: { email, passwordHash: hash } });
    assert.deepEqual(
      ok.body.tenants.map((t: { portalName: string }) => t.portalName),
      [`https://${a.domain}`],
    );
    const wrong = await server.call('POST', 'portal/signin', { json: { email, passwordHash: `${hash}x` } });
    assert.deepEqual([wrong.status, wrong.body], [400, INVALID]);
  });

  test('wrong password, unknown e-mail and an owner without a password all get the same answer', async () => {
    const email = randomEmail();
    await register({ email, password: 'the-real-one' });
    const noPassword = randomEmail();
    await register({ email: noPassword });
    for (const body of [
      { email, password: 'not-the-real-one' },
      { email: randomEmail(), password: 'the-real-one' },
      { email: noPassword, password: 'anything-at-all' },
      { email, password: 'THE-REAL-ONE' },
    ]) {
      const response = await server.call('POST', 'portal/signin', { json: body });
      assert.deepEqual([response.status, response.body], [400, INVALID], JSON.stringify(body));
    }
  });

  test('an unknown e-mail takes about as long as a wrong password (a decoy hash is checked)', async () => {
    const email = randomEmail();
    await register({ email, password: 'timing-password' });
    const time = async (body: object) => {
      const started = process.hrtime.bigint();
      await server.call('POST', 'portal/signin', { json: body });
      return Number(process.hrtime.bigint() - started) / 1e6;
    };
    await time({ email: randomEmail(), password: 'warm-up-1' });
    const median = (xs: number[]) => [...xs].sort((p, q) => p - q)[Math.floor(xs.length / 2)] ?? 0;
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 5; i++) {
      known.push(await time({ email, password: 'wrong-password' }));
      unknown.push(await time({ email: randomEmail(), password: 'wrong-password' }));
    }
    // Without the decoy an unknown e-mail answers in ~1 ms against tens of ms for a scrypt check.
    assert.ok(median(unknown) > median(known) / 3, `unknown ${median(unknown)} ms vs known ${median(known)} ms`);
  });

  test('missing e-mail or password is a params error naming what is missing', async () => {
    const neither = await server.call('POST', 'portal/signin', { json: {} });
    assert.deepEqual(
      [neither.status, neither.body],
      [400, { error: 'params', message: ['email is required', 'password is required'] }],
    );
    const noPassword = await server.call('POST', 'portal/signin', { json: { email: randomEmail(), password: '' } });
    assert.deepEqual(noPassword.body, { error: 'params', message: ['password is required'] });
  });

  test('anonymous calls are counted against the attempt limit first; authenticated calls are not', async () => {
    const email = randomEmail();
    await register({ email, password: 'counted-password' });
    const before = limiter.attempts.length;
    await server.call('POST', 'portal/signin', { json: { email, password: 'counted-password' } });
    await server.call('POST', 'portal/signin', { json: { email, password: 'wrong' } });
    await server.call('POST', 'portal/signin', { json: {} });
    assert.deepEqual(limiter.attempts.slice(before), ['127.0.0.1', '127.0.0.1', '127.0.0.1']);

    const authenticated = await server.call('POST', 'portal/signin', {
      auth: true,
      json: { email, password: 'counted-password' },
    });
    assert.equal(authenticated.status, 200, authenticated.text);
    assert.equal(limiter.attempts.length, before + 3);

    // A present but invalid token is refused, before any counting.
    const forged = await server.call('POST', 'portal/signin', {
      auth: 'ASC x:20200101000000:AAAAAAAAAAAAAAAAAAAAAAAAAAA=',
      json: { email },
    });
    assert.deepEqual([forged.status, forged.body.error], [403, 'authorization']);
    assert.equal(limiter.attempts.length, before + 3);
  });

  test('past the limit even the right password gets tooMuchAttempts with Retry-After', async () => {
    const email = randomEmail();
    await register({ email, password: 'blocked-password' });
    limiter.block(true);
    try {
      const response = await server.call('POST', 'portal/signin', { json: { email, password: 'blocked-password' } });
      assert.deepEqual(
        [response.status, response.body],
        [400, { error: 'tooMuchAttempts', message: 'Too much attempts already' }],
      );
      assert.equal(response.headers.get('retry-after'), '42');
      const authenticated = await server.call('POST', 'portal/signin', {
        auth: true,
        json: { email, password: 'blocked-password' },
      });
      assert.equal(authenticated.status, 200, 'an authenticated caller is not limited');
    } finally {
      limiter.block(false);
    }
  });

  test('portal/signin answers under every prefix and refuses GET', async () => {
    const email = randomEmail();
    await register({ email, password: 'prefix-password' });
    for (const prefix of ['/api', '/apisystem', '/apisystem/api']) {
      const response = await server.call('POST', `${prefix}/portal/SignIn`, {
        json: { email, password: 'prefix-password' },
      });
      assert.equal(response.status, 200, `${prefix}: ${response.text}`);
    }
    const get = await server.call('GET', 'portal/signin', { query: { email, password: 'prefix-password' } });
    assert.equal(get.status, 405);
  });
});
