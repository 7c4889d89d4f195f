import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { createTestClient } from '../helpers/client-auth.js';
import { startFakeCaptchaVerifier, type FakeCaptchaVerifier } from '../helpers/fake-captcha-verifier.js';
import { registration, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';

/** A client's quotas (maxPortals, rateLimit), and which sign-up protections apply to a client. */

const servers = useServers();
async function start(env: Record<string, string> = {}): Promise<TestServer> {
  return servers.start({ env });
}
describe('maxPortals', () => {
  it('20 concurrent registrations of a client with maxPortals 5: exactly 5 succeed, the rest are portalsCountTooMuch', async () => {
    const server = await start();
    const c = await createTestClient(server, { maxPortals: 5 });
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        i % 2 === 0
          ? server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })
          : server.call('POST', 'portal/registerbyemail', {
              auth: c.auth(),
              json: { email: `race-${randomBytes(4).toString('hex')}@example.com` },
            }),
      ),
    );
    const statuses = answers.map((a) => a.status);
    assert.equal(statuses.filter((s) => s === 201).length, 5, JSON.stringify(answers.map((a) => a.body)));
    for (const refused of answers.filter((a) => a.status !== 201)) {
      assert.equal(refused.status, 400, refused.text);
      assert.deepEqual(refused.body, { error: 'portalsCountTooMuch', message: 'Too much portals registered already' });
    }
    const listed = await server.call('GET', 'portal/get', { auth: true, query: { clientId: c.clientId } });
    assert.equal(listed.body.tenants.length, 5);
    assert.equal(
      (await server.call('GET', 'client/get', { auth: true, query: { clientId: c.clientId } })).body.client.portalCount,
      5,
    );
  });

  const envs: Array<Record<string, string>> = [{}, { MAX_PORTALS: '1000' }];
  for (const env of envs) {
    it(`moves (PUT portal/client) and registrations racing for the last places: exactly maxPortals end up with the client ${JSON.stringify(env)}`, async () => {
      await raceMovesAndRegistrations(await start(env));
    });
  }

  async function raceMovesAndRegistrations(server: TestServer) {
    const c = await createTestClient(server, { maxPortals: 3 });
    const spare = [];
    for (let i = 0; i < 6; i++) {
      const res = await server.call('POST', 'portal/register', { auth: true, json: registration() });
      spare.push(res.body.tenant.tenantId as number);
    }
    const answers = await Promise.all([
      ...spare.map((tenantId) =>
        server.call('PUT', 'portal/client', { auth: true, json: { tenantId, clientId: c.clientId } }),
      ),
      ...Array.from({ length: 6 }, () =>
        server.call('POST', 'portal/register', { auth: c.auth(), json: registration() }),
      ),
    ]);
    assert.equal(
      answers.filter((a) => a.status === 200 || a.status === 201).length,
      3,
      JSON.stringify(answers.map((a) => a.body)),
    );
    for (const refused of answers.filter((a) => a.status >= 400))
      assert.equal(refused.body.error, 'portalsCountTooMuch', refused.text);
    assert.equal(
      (await server.call('GET', 'portal/get', { auth: true, query: { clientId: c.clientId } })).body.tenants.length,
      3,
    );
  }

  it('counts portals that are not removed: removing one frees a place; suspended ones still count', async () => {
    const server = await start();
    const c = await createTestClient(server, { maxPortals: 2 });
    const first = await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() });
    const second = await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() });
    assert.equal(second.status, 201);
    await server.call('PUT', 'portal/status', {
      auth: c.auth(),
      json: { tenantId: second.body.tenant.tenantId, status: 'Suspended' },
    });
    assert.equal(
      (await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })).body.error,
      'portalsCountTooMuch',
    );
    await server.call('DELETE', 'portal/remove', { auth: c.auth(), json: { tenantId: first.body.tenant.tenantId } });
    assert.equal((await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })).status, 201);
  });

  it("another client's portals and the operator's do not count; a raised quota applies at once", async () => {
    const server = await start();
    const c = await createTestClient(server, { maxPortals: 1 });
    const other = await createTestClient(server, { maxPortals: 1 });
    assert.equal(
      (await server.call('POST', 'portal/register', { auth: other.auth(), json: registration() })).status,
      201,
    );
    assert.equal((await server.call('POST', 'portal/register', { auth: true, json: registration() })).status, 201);
    assert.equal((await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })).status, 201);
    assert.equal(
      (await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })).body.error,
      'portalsCountTooMuch',
    );
    await server.call('PUT', 'client/update', { auth: true, json: { clientId: c.clientId, maxPortals: 2 } });
    assert.equal((await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })).status, 201);
    await server.call('PUT', 'client/update', { auth: true, json: { clientId: c.clientId, maxPortals: 0 } });
    assert.equal(
      (await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })).status,
      201,
      '0 = no limit',
    );
  });
});

describe('rateLimit', () => {
  it('N signed calls per minute pass, then 400 tooMuchAttempts with Retry-After; other clients and the operator are not affected', async () => {
    const server = await start();
    const c = await createTestClient(server, { rateLimit: 5, scopes: 'portals:read' });
    const other = await createTestClient(server, { rateLimit: 5, scopes: 'portals:read' });
    for (let i = 0; i < 5; i++)
      assert.equal((await server.call('GET', 'portal/get', { auth: c.auth() })).status, 200, `call ${i + 1}`);
    const refused = await server.call('GET', 'portal/get', { auth: c.auth() });
    assert.equal(refused.status, 400, refused.text);
    assert.deepEqual(refused.body, { error: 'tooMuchAttempts', message: 'Too much attempts already' });
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(
      Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 60,
      `Retry-After ${refused.headers.get('retry-after')}`,
    );
    // Every signed method counts, open ones included.
    assert.equal((await server.call('GET', 'portal/test', { auth: c.auth() })).body.error, 'tooMuchAttempts');
    assert.equal((await server.call('GET', 'portal/get', { auth: other.auth() })).status, 200);
    for (let i = 0; i < 10; i++) assert.equal((await server.call('GET', 'portal/get', { auth: true })).status, 200);
  });

  it('a client without a rateLimit is not limited', async () => {
    const server = await start();
    const c = await createTestClient(server, { scopes: 'portals:read' });
    for (let i = 0; i < 30; i++) assert.equal((await server.call('GET', 'tariff/all', { auth: c.auth() })).status, 200);
  });
});

describe('sign-up protections and clients', () => {
  let verifier: FakeCaptchaVerifier;
  before(async () => {
    verifier = await startFakeCaptchaVerifier();
    verifier.mode = 'failure';
  });
  after(() => verifier.stop());

  it('a client registering needs no CAPTCHA (RECAPTCHA_REQUIRED with a secret set, no recaptchaResponse → 201)', async () => {
    const server = await start({
      AUTH_ALLOW_SKIP_REGISTER: 'true',
      RECAPTCHA_REQUIRED: 'true',
      RECAPTCHA_SECRET: 'site-secret',
      RECAPTCHA_VERIFY_URL: verifier.recaptchaUrl,
    });
    const c = await createTestClient(server);
    const before = verifier.calls.length;
    const res = await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() });
    assert.equal(res.status, 201, res.text);
    const byEmail = await server.call('POST', 'portal/registerbyemail', {
      auth: c.auth(),
      json: { email: `cap-${randomBytes(3).toString('hex')}@example.com` },
    });
    assert.equal(byEmail.status, 201, byEmail.text);
    assert.equal(verifier.calls.length, before, 'the verifier was never asked');
    // The same call anonymously is refused: the CAPTCHA is on.
    const anonymous = await server.call('POST', 'portal/register', { json: registration() });
    assert.deepEqual(anonymous.body, {
      error: 'recaptchaInvalid',
      message: 'Recaptcha is invalid',
      clientIP: '127.0.0.1',
    });
  });

  it('a client is not subject to the anonymous attempt limit for register', async () => {
    const server = await start({ AUTH_ALLOW_SKIP_REGISTER: 'true', MAX_ATTEMPTS_COUNT: '2' });
    const c = await createTestClient(server);
    for (let i = 0; i < 5; i++) {
      assert.equal(
        (await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })).status,
        201,
        `client registration ${i + 1}`,
      );
    }
    // Anonymous callers from the same address still have their own two attempts.
    assert.equal((await server.call('POST', 'portal/register', { json: registration() })).status, 201);
    assert.equal((await server.call('POST', 'portal/register', { json: registration() })).status, 201);
    assert.equal(
      (await server.call('POST', 'portal/register', { json: registration() })).body.error,
      'tooMuchAttempts',
    );
    // And the anonymous limit being reached does not stop the client.
    assert.equal((await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() })).status, 201);
  });

  it('a client calling portal/signin is counted under its client id, apart from anonymous callers and other clients', async () => {
    const server = await start({ MAX_ATTEMPTS_COUNT: '3' });
    const a = await createTestClient(server);
    const b = await createTestClient(server);
    const password = `Pw-${randomBytes(6).toString('hex')}`;
    const body = registration({ password });
    assert.equal((await server.call('POST', 'portal/register', { auth: a.auth(), json: body })).status, 201);
    const signin = (auth: boolean | string, pw = password) =>
      server.call('POST', 'portal/signin', { auth, json: { email: body.email, password: pw } });

    assert.equal((await signin(a.auth())).status, 200);
    assert.equal((await signin(a.auth(), 'wrong-password')).body.error, 'params');
    assert.equal((await signin(a.auth())).status, 200);
    const limited = await signin(a.auth());
    assert.equal(limited.status, 400, limited.text);
    assert.equal(limited.body.error, 'tooMuchAttempts');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);

    // Not the caller's IP: anonymous callers and another client from the same address are not limited yet.
    assert.equal((await signin(false, 'wrong-password')).body.error, 'params');
    assert.equal((await signin(b.auth(), 'wrong-password')).body.error, 'params');
    // The operator is never limited.
    for (let i = 0; i < 5; i++) assert.equal((await signin(true)).status, 200);
  });
});
