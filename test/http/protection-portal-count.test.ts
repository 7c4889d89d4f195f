import assert from 'node:assert/strict';
import { after, describe, test } from 'node:test';
import { countLiveTenants } from '../../src/store/repositories/tenants.js';
import { startFakeCaptchaVerifier, type FakeCaptchaVerifier } from '../helpers/fake-captcha-verifier.js';
import { registration, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';

/** MAX_PORTALS caps the portals that are not removed (Active + Suspended). */

const servers = useServers();
const verifiers: FakeCaptchaVerifier[] = [];
after(async () => {
  for (const verifier of verifiers.splice(0)) await verifier.stop();
});
async function start(env: Record<string, string>, database?: TestServer['database']): Promise<TestServer> {
  return servers.start({ env, ...(database ? { database } : {}) });
}

const register = (server: TestServer, fields: Record<string, unknown> = {}, auth = true) =>
  server.call('POST', 'portal/register', { json: registration(fields), auth });

/** Every portal that is not removed, as the API lists it. */
async function livePortals(server: TestServer): Promise<string[]> {
  const listed = await server.call('GET', 'portal/get', { auth: true, query: { status: 'all' } });
  assert.equal(listed.status, 200);
  return (listed.body.tenants as Array<{ portalName: string; status: string }>)
    .filter((t) => t.status !== 'RemovePending')
    .map((t) => t.portalName);
}

describe('the limit on how many portals may exist (MAX_PORTALS)', () => {
  test('20 concurrent registrations against MAX_PORTALS=5 create exactly 5 portals', async () => {
    const env = { MAX_PORTALS: '5', AUTH_ALLOW_SKIP_REGISTER: 'true', MAX_ATTEMPTS_COUNT: '100' };
    const first = await start(env);
    // On PostgreSQL/MySQL two instances share the database, as in a scaled-out deployment. On
    // SQLite both would live in this one process with two connections, where better-sqlite3's
    // synchronous busy-wait would stall the event loop; one instance (one writer) is the real case.
    const instances = first.store.dialect === 'sqlite' ? [first] : [first, await start(env, first.database)];
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) => register(instances[i % instances.length] as TestServer, {}, i % 2 === 0)),
    );
    const created = answers.filter((a) => a.status === 201);
    const refused = answers.filter((a) => a.status === 400 && a.body.error === 'portalsCountTooMuch');
    assert.equal(
      created.length,
      5,
      JSON.stringify(answers.filter((a) => a.status !== 201 && a.status !== 400).map((a) => a.body)),
    );
    assert.equal(refused.length, 15);
    assert.equal(refused[0]?.body.message, 'Too much portals registered already');
    const live = await livePortals(first);
    assert.equal(live.length, 5);
    assert.deepEqual(live.sort(), created.map((a) => a.body.tenant.portalName as string).sort());
    assert.equal(await countLiveTenants(first.store.db), 5);
  });

  test('suspended portals count; a removed portal frees its place', async () => {
    const server = await start({ MAX_PORTALS: '2' });
    const a = await register(server);
    const b = await register(server);
    assert.equal(a.status, 201);
    assert.equal(b.status, 201);
    const suspend = await server.call('PUT', 'portal/status', {
      auth: true,
      json: { portalName: a.body.tenant.portalName, status: 'Suspended' },
    });
    assert.equal(suspend.status, 200);
    assert.equal((await register(server)).body.error, 'portalsCountTooMuch');
    const removed = await server.call('DELETE', 'portal/remove', {
      auth: true,
      json: { portalName: b.body.tenant.portalName },
    });
    assert.equal(removed.status, 200);
    assert.equal((await register(server)).status, 201);
    assert.equal((await register(server)).body.error, 'portalsCountTooMuch');
  });

  test('MAX_PORTALS=0 means unlimited', async () => {
    const server = await start({ MAX_PORTALS: '0' });
    for (let i = 0; i < 8; i++) assert.equal((await register(server)).status, 201);
  });

  test('the count limit comes after the attempt limit and the CAPTCHA', async () => {
    const verifier = await startFakeCaptchaVerifier();
    verifiers.push(verifier);
    const server = await start({
      MAX_PORTALS: '1',
      AUTH_ALLOW_SKIP_REGISTER: 'true',
      RECAPTCHA_REQUIRED: 'true',
      RECAPTCHA_SECRET: 'count-test-secret',
      RECAPTCHA_VERIFY_URL: verifier.recaptchaUrl,
      MAX_ATTEMPTS_COUNT: '3',
    });
    assert.equal((await register(server, {}, true)).status, 201);
    assert.equal(
      (await register(server, {}, false)).body.error,
      'recaptchaInvalid',
      'no CAPTCHA: refused before the count',
    );
    assert.equal((await register(server, { recaptchaResponse: 'ok' }, false)).body.error, 'portalsCountTooMuch');
    assert.equal((await register(server, { recaptchaResponse: 'ok' }, false)).body.error, 'portalsCountTooMuch');
    assert.equal((await register(server, { recaptchaResponse: 'ok' }, false)).body.error, 'tooMuchAttempts');
  });
});
