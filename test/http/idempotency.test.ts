import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { purgeExpired } from '../../src/domain/maintenance/purge-expired.js';
import { signAscToken } from '../../src/domain/tokens/asc-token.js';
import { startFakeCaptchaVerifier, type FakeCaptchaVerifier } from '../helpers/fake-captcha-verifier.js';
import { startSmtpPeer, type SmtpPeer } from '../helpers/smtp-peer.js';
import {
  randomPortalName,
  registration,
  type StartOptions,
  type ApiResponse,
  type CallOptions,
  type TestServer,
} from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';
import { createClient, randomClientId } from '../helpers/builders.js';

/**
 * Idempotent retries (Idempotency-Key on POST, PUT and DELETE): a billing panel whose call timed
 * out sends it again and gets the first call's answer — same status, same bytes, with
 * Idempotent-Replayed: true — and nothing happens twice: no second portal, audit record, mail or
 * webhook delivery. Per caller and key; refused and failed calls are not stored.
 */

const servers = useServers();
async function start(options: StartOptions = {}): Promise<TestServer> {
  return servers.start(options);
}

/** A call with an Idempotency-Key (and whatever else `options` says). */
function keyed(
  server: TestServer,
  method: string,
  path: string,
  key: string,
  options: CallOptions = {},
): Promise<ApiResponse> {
  return server.call(method, path, { ...options, headers: { ...options.headers, 'idempotency-key': key } });
}

let keyCounter = 0;
/** A key no other test uses. */
function newKey(label = 'k'): string {
  keyCounter += 1;
  return `${label}-${process.pid}-${Date.now()}-${keyCounter}`;
}

async function countRows(
  server: TestServer,
  table: 'tenants' | 'mail_outbox' | 'webhook_deliveries' | 'idempotency_keys' | 'audit_log',
  where?: [string, unknown],
): Promise<number> {
  let query = (server.store.db as any).selectFrom(table).select((eb: any) => eb.fn.countAll().as('n'));
  if (where !== undefined) query = query.where(where[0], '=', where[1]);
  const row = await query.executeTakeFirstOrThrow();
  return Number(row.n);
}

async function auditCount(server: TestServer, action: string, portalName: string): Promise<number> {
  const res = await server.call('GET', 'audit/list', { auth: true, query: { action, portalName } });
  assert.equal(res.status, 200, res.text);
  return res.body.events.length;
}

async function portalsNamed(server: TestServer, portalName: string): Promise<number> {
  const res = await server.call('GET', 'portal/get', { auth: true, query: { portalName } });
  assert.equal(res.status, 200, res.text);
  return res.body.tenants.length;
}

/** Portals whose owner has this e-mail. */
async function portalsOwnedBy(server: TestServer, email: string): Promise<number> {
  const rows = await (server.store.db as any)
    .selectFrom('users')
    .select('tenant_id')
    .where('email', '=', email)
    .execute();
  return rows.length;
}

/** Waits `ms` (for background senders to show what they would have sent twice). */
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function startReceiver(): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createHttpServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(204).end());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('Idempotency-Key: replays', () => {
  let server: TestServer;
  let smtp: SmtpPeer;
  let receiver: Awaited<ReturnType<typeof startReceiver>>;
  before(async () => {
    smtp = await startSmtpPeer();
    receiver = await startReceiver();
    server = await start({
      env: {
        SMTP_URL: `smtp://127.0.0.1:${smtp.port}`,
        WEBHOOK_ALLOW_PRIVATE: 'true',
        AUTH_ALLOW_SKIP_REGISTER: 'true',
        TRUST_PROXY: 'true',
      },
      mail: { timing: { pollIntervalMs: 50, backoffBaseMs: 100, backoffMaxMs: 200 } },
      // The caller that hangs up below can leave its connection to be cut at shutdown: after 1 s, not 10.
      overrides: { webhooks: { timing: { pollIntervalMs: 50 } }, shutdownGraceMs: 1_000 },
    });
    const hook = await server.call('POST', 'webhook/create', { auth: true, json: { url: receiver.url, events: '*' } });
    assert.equal(hook.status, 201, hook.text);
  });
  after(async () => {
    await smtp.close();
    await receiver.close();
  });

  it('a repeat answers the identical status and bytes with Idempotent-Replayed: true, and creates nothing', async () => {
    const body = registration();
    const portalName = String(body.portalName);
    const email = String(body.email);
    const key = newKey('register');
    const first = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(first.status, 201, first.text);
    assert.equal(first.headers.get('idempotent-replayed'), null, 'the first answer is no replay');
    await smtp.waitFor(email);

    const counts = async () => ({
      portals: await portalsNamed(server, portalName),
      audit: await auditCount(server, 'portal.register', portalName),
      outbox: await countRows(server, 'mail_outbox', ['recipient', email]),
      deliveries: await countRows(server, 'webhook_deliveries', ['type', 'portal.registered']),
    });
    const before = await counts();
    assert.deepEqual(
      { ...before, deliveries: before.deliveries > 0 },
      { portals: 1, audit: 1, outbox: 1, deliveries: true },
    );

    for (const prefix of ['/api', '/apisystem', '/apisystem/api']) {
      const again = await keyed(server, 'POST', `${prefix}/portal/register`, key, { auth: true, json: body });
      assert.equal(again.status, 201);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
      assert.equal(again.text, first.text, 'byte-identical body');
      assert.equal(again.headers.get('content-type'), first.headers.get('content-type'));
    }
    // The parameters may come in another order and form: they are the same parameters.
    const form = Object.fromEntries(
      Object.entries(body)
        .reverse()
        .map(([k, v]) => [k, String(v)]),
    );
    const asForm = await keyed(server, 'POST', 'portal/register', key, { auth: true, form });
    assert.equal(asForm.status, 201, asForm.text);
    assert.equal(asForm.headers.get('idempotent-replayed'), 'true');
    assert.equal(asForm.text, first.text);

    await pause(500);
    assert.deepEqual(await counts(), before, 'no second portal, audit record, queued mail or webhook delivery');
    assert.equal(smtp.received.filter((m) => m.to.includes(email)).length, 1, 'one activation mail on the wire');
  });

  it('the activation link replayed still works (the stored answer is the real one)', async () => {
    const body = registration();
    const key = newKey();
    const first = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    const again = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(again.body.reference, first.body.reference);
    assert.equal(again.body.tenant.tenantId, first.body.tenant.tenantId);
  });

  it('the same key with other parameters → 400 params, and the first answer still replays', async () => {
    const body = registration();
    const key = newKey();
    const first = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(first.status, 201);
    const other = await keyed(server, 'POST', 'portal/register', key, {
      auth: true,
      json: { ...body, firstName: 'Grace' },
    });
    assert.equal(other.status, 400);
    assert.deepEqual(other.body, { error: 'params', message: ['Idempotency-Key was used with other parameters'] });
    // Another method path is another request too.
    const elsewhere = await keyed(server, 'POST', 'portal/registerbyemail', key, {
      auth: true,
      json: { email: body.email },
    });
    assert.equal(elsewhere.status, 400);
    assert.deepEqual(elsewhere.body.message, ['Idempotency-Key was used with other parameters']);
    const query = await keyed(server, 'POST', 'portal/register', key, {
      auth: true,
      json: body,
      query: { extra: '1' },
    });
    assert.equal(query.status, 400, 'a query parameter is a parameter');
    const again = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(again.status, 201);
    assert.equal(again.text, first.text);
    assert.equal(await portalsNamed(server, String(body.portalName)), 1);
  });

  it('16 concurrent requests with one key make exactly one change; the others are 409 conflict or replays', async () => {
    for (const variant of ['register', 'registerbyemail'] as const) {
      const body = variant === 'register' ? registration() : { email: `race-${newKey()}@example.com` };
      const key = newKey(variant);
      const answers = await Promise.all(
        Array.from({ length: 16 }, () => keyed(server, 'POST', `portal/${variant}`, key, { auth: true, json: body })),
      );
      const ran = answers.filter((a) => a.status === 201 && a.headers.get('idempotent-replayed') === null);
      const replays = answers.filter((a) => a.status === 201 && a.headers.get('idempotent-replayed') === 'true');
      const conflicts = answers.filter((a) => a.status === 409);
      assert.equal(
        ran.length,
        1,
        `${variant}: exactly one ran: ${answers.map((a) => `${a.status} ${a.text.slice(0, 80)}`).join('\n')}`,
      );
      assert.equal(
        ran.length + replays.length + conflicts.length,
        16,
        answers.map((a) => `${a.status} ${a.text.slice(0, 80)}`).join('\n'),
      );
      for (const replay of replays) assert.equal(replay.text, ran[0]?.text);
      for (const conflict of conflicts)
        assert.deepEqual(conflict.body, {
          error: 'conflict',
          message: 'A request with this Idempotency-Key is in progress',
        });
      assert.equal(await portalsOwnedBy(server, String(body.email)), 1, `${variant}: one portal`);
      // Once the first finished, every retry is its replay.
      const later = await keyed(server, 'POST', `portal/${variant}`, key, { auth: true, json: body });
      assert.equal(later.status, 201);
      assert.equal(later.headers.get('idempotent-replayed'), 'true');
      assert.equal(later.text, ran[0]?.text);
    }
  });

  it('a client that hung up still gets its answer on retry (its change committed with the stored answer)', async () => {
    const body = registration({ password: 'a long enough password' });
    const key = newKey('hung-up');
    const aborted = new AbortController();
    const first = fetch(`${server.baseUrl}/api/portal/register`, {
      method: 'POST',
      signal: aborted.signal,
      headers: { authorization: server.token(), 'content-type': 'application/json', 'idempotency-key': key },
      body: JSON.stringify(body),
    }).catch(() => 'aborted');
    // Registration hashes the password before its transaction: the panel times out meanwhile,
    // once the server has marked the key as running.
    let settled = false;
    void first.finally(() => (settled = true));
    while (!settled && (await countRows(server, 'idempotency_keys', ['state', 0])) === 0) await pause(1);
    aborted.abort();
    await first;
    // The retry arrives while the first may still run: 409 until it finished, then its replay.
    let retry: ApiResponse;
    for (let i = 0; ; i++) {
      retry = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
      if (retry.status !== 409 || i > 100) break;
      await pause(50);
    }
    assert.equal(retry.status, 201, retry.text);
    assert.equal(
      retry.headers.get('idempotent-replayed'),
      'true',
      "the retry is the first call's answer, not a second run",
    );
    assert.equal(await portalsNamed(server, String(body.portalName)), 1);
  });

  it('keys are per caller: another pkey, another client, another IP may use the same key', async () => {
    const key = newKey('shared');
    const otherPkey = () => signAscToken(server.machineKey, 'other-panel', server.ctx.clock.now());
    const byTest = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: registration() });
    const byOther = await keyed(server, 'POST', 'portal/register', key, { auth: otherPkey(), json: registration() });
    assert.equal(byTest.status, 201, byTest.text);
    assert.equal(byOther.status, 201, byOther.text);
    assert.equal(byOther.headers.get('idempotent-replayed'), null);
    assert.notEqual(byOther.body.tenant.tenantId, byTest.body.tenant.tenantId);

    const alpha = await createClient(server, { clientId: randomClientId('alpha') });
    const beta = await createClient(server, { clientId: randomClientId('beta') });
    const byAlpha = await keyed(server, 'POST', 'portal/register', key, { auth: alpha.auth(), json: registration() });
    const byBeta = await keyed(server, 'POST', 'portal/register', key, { auth: beta.auth(), json: registration() });
    assert.equal(byAlpha.status, 201, byAlpha.text);
    assert.equal(byBeta.status, 201, byBeta.text);
    assert.equal(byAlpha.body.tenant.clientId, alpha.clientId);
    assert.equal(byBeta.body.tenant.clientId, beta.clientId);
    // Each replays its own answer.
    const alphaAgain = await keyed(server, 'POST', 'portal/register', key, {
      auth: alpha.auth(),
      json: { portalName: byAlpha.body.tenant.portalName },
    });
    assert.equal(alphaAgain.status, 400, 'other parameters for alpha');
    assert.deepEqual(alphaAgain.body.message, ['Idempotency-Key was used with other parameters']);

    // Anonymous callers (AUTH_ALLOW_SKIP_REGISTER) are told apart by their IP.
    const fromA = await keyed(server, 'POST', 'portal/register', key, {
      json: registration(),
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    const fromB = await keyed(server, 'POST', 'portal/register', key, {
      json: registration(),
      headers: { 'x-forwarded-for': '198.51.100.8' },
    });
    assert.equal(fromA.status, 201, fromA.text);
    assert.equal(fromB.status, 201, fromB.text);
    assert.equal(fromA.body.tenant.clientId, null);
    const fromAAgain = await keyed(server, 'POST', 'portal/register', key, {
      json: registration(),
      headers: { 'x-forwarded-for': '198.51.100.7' },
    });
    assert.equal(fromAAgain.status, 400);
    assert.deepEqual(fromAAgain.body.message, ['Idempotency-Key was used with other parameters']);
  });

  it('a refused call (portalNameExist) is not stored: a retry runs again', async () => {
    const taken = registration();
    assert.equal((await server.call('POST', 'portal/register', { auth: true, json: taken })).status, 201);
    const key = newKey('refused');
    const body = { ...registration(), portalName: taken.portalName };
    const refused = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(refused.status, 400);
    assert.equal(refused.body.error, 'portalNameExist');
    // Immediately again: not a 409 (the key was freed before the answer left), not a replay.
    const again = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(again.status, 400, again.text);
    assert.equal(again.body.error, 'portalNameExist');
    assert.equal(again.headers.get('idempotent-replayed'), null);
    // Once the name is free, the same call with the same key succeeds.
    const removed = await server.call('DELETE', 'portal/remove', {
      auth: true,
      query: { portalName: String(taken.portalName) },
    });
    assert.equal(removed.status, 200, removed.text);
    const ok = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(ok.status, 201, ok.text);
    assert.equal(ok.headers.get('idempotent-replayed'), null);
  });

  it('a bad parameter is not stored: a retry with the same key runs again', async () => {
    const key = newKey('bad');
    for (let i = 0; i < 3; i++) {
      const res = await keyed(server, 'POST', 'portal/register', key, {
        auth: true,
        json: { portalName: randomPortalName(), email: 'not an e-mail' },
      });
      // Other parameters each time: a refused first call left nothing to compare them with.
      assert.equal(res.status, 400, res.text);
      assert.notEqual(res.body.message?.[0], 'Idempotency-Key was used with other parameters');
    }
  });

  it('the stored answer is sealed: the reference, the e-mail and the key are not in the database', async () => {
    const body = registration();
    const key = newKey('sealed-key');
    const res = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(res.status, 201);
    const linkKey = new URL(res.body.reference).searchParams.get('key') ?? '';
    assert.ok(linkKey.length > 20);
    const rows = await (server.store.db as any).selectFrom('idempotency_keys').selectAll().execute();
    assert.ok(rows.length > 0);
    const dump = JSON.stringify(rows);
    for (const secret of [
      linkKey,
      String(body.portalName),
      String(body.email),
      encodeURIComponent(String(body.email)),
      'reference',
      key,
    ]) {
      assert.ok(!dump.includes(secret), `${secret} is in idempotency_keys`);
    }
    assert.ok(
      rows.some((row: any) => typeof row.body_sealed === 'string' && row.body_sealed.length > 100),
      'an answer is stored',
    );
  });

  it('bad keys are refused with 400 params; 255 printable ASCII characters are fine', async () => {
    for (const bad of ['', 'x'.repeat(256), 'clé', 'tab\there']) {
      const res = await keyed(server, 'POST', 'people/find', bad, { auth: true, json: [] });
      assert.equal(res.status, 400, `${JSON.stringify(bad)}: ${res.text}`);
      assert.equal(res.body.error, 'params');
    }
    const longest = await keyed(server, 'POST', 'people/find', '~'.repeat(255), { auth: true, json: [] });
    assert.equal(longest.status, 200, longest.text);
    const bad = await keyed(server, 'POST', 'portal/register', '', { auth: true, json: registration() });
    assert.equal(bad.status, 400, 'checked before the change runs');
  });

  it('open methods that change nothing (validateportalname, signin) store nothing: each call runs; GET ignores the header', async () => {
    const key = newKey('validate');
    const portalName = randomPortalName();
    const before = await countRows(server, 'idempotency_keys');
    const first = await keyed(server, 'POST', 'portal/validateportalname', key, { json: { portalName } });
    assert.equal(first.status, 200);
    // The name is taken meanwhile: the same key answers what is true now, not a stored answer.
    assert.equal(
      (await server.call('POST', 'portal/register', { auth: true, json: registration({ portalName }) })).status,
      201,
    );
    const again = await keyed(server, 'POST', 'portal/validateportalname', key, { json: { portalName } });
    assert.equal(again.status, 400);
    assert.equal(again.body.error, 'portalNameExist');
    assert.equal(again.headers.get('idempotent-replayed'), null);
    const signin = await keyed(server, 'POST', 'portal/signin', key, {
      json: { email: 'nobody@example.com', password: 'wrong password' },
    });
    assert.equal(signin.headers.get('idempotent-replayed'), null);
    assert.equal(await countRows(server, 'idempotency_keys'), before, 'no row was stored for an open method');

    const get = await keyed(server, 'GET', 'portal/get', key, { auth: true, query: { portalName } });
    assert.equal(get.status, 200);
    assert.equal(get.headers.get('idempotent-replayed'), null);
  });

  it('the stored fingerprint is keyed with the machine key: not a plain SHA-256 of the request, password and all', async () => {
    const key = newKey('fingerprint');
    const body = registration({ password: 'weak-password-1' });
    const res = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(res.status, 201, res.text);
    const rows: Array<{ fingerprint: string }> = await (server.store.db as any)
      .selectFrom('idempotency_keys')
      .select('fingerprint')
      .execute();
    const params = Object.entries(body)
      .map(([name, value]) => [name.toLowerCase(), value])
      .sort(([a], [b]) => (String(a) < String(b) ? -1 : 1));
    const plain = createHash('sha256')
      .update(JSON.stringify(['POST', '/portal/register', params]), 'utf8')
      .digest('hex');
    assert.ok(rows.length > 0);
    assert.ok(!rows.some((row) => row.fingerprint.trim() === plain), 'a plain SHA-256 of the request is stored');
  });

  it('a bare JSON array body is part of the parameters (people/find)', async () => {
    const key = newKey('array');
    const first = await keyed(server, 'POST', 'people/find', key, {
      auth: true,
      json: ['00000000-0000-0000-0000-000000000001'],
    });
    assert.equal(first.status, 200, first.text);
    const other = await keyed(server, 'POST', 'people/find', key, {
      auth: true,
      json: ['00000000-0000-0000-0000-000000000002'],
    });
    assert.equal(other.status, 400, other.text);
    assert.deepEqual(other.body.message, ['Idempotency-Key was used with other parameters']);
  });
});

describe('Idempotency-Key: protections and failures', () => {
  let verifier: FakeCaptchaVerifier;
  before(async () => {
    verifier = await startFakeCaptchaVerifier();
  });
  after(() => verifier.stop());

  const captchaEnv = (extra: Record<string, string> = {}) => ({
    AUTH_ALLOW_SKIP_REGISTER: 'true',
    TRUST_PROXY: 'true',
    RECAPTCHA_REQUIRED: 'true',
    RECAPTCHA_SECRET: 'web-secret-for-idempotency',
    RECAPTCHA_VERIFY_URL: verifier.recaptchaUrl,
    ...extra,
  });
  const anonymous = (ip: string, body: Record<string, unknown>, key?: string) => ({
    json: { recaptchaType: 'Default', recaptchaResponse: 'token-from-the-widget', ...body },
    headers: { 'x-forwarded-for': ip, ...(key === undefined ? {} : { 'idempotency-key': key }) },
  });

  it('a replay spends no attempt and no CAPTCHA verification', async () => {
    const server = await start({ env: captchaEnv({ MAX_ATTEMPTS_COUNT: '2', MAX_ATTEMPTS_INTERVAL: '600' }) });
    verifier.mode = 'success';
    const ip = '203.0.113.21';
    const key = newKey('protected');
    const body = registration();
    const callsBefore = verifier.calls.length;
    const first = await server.call('POST', 'portal/register', anonymous(ip, body, key));
    assert.equal(first.status, 201, first.text);
    assert.equal(verifier.calls.length, callsBefore + 1);
    for (let i = 0; i < 5; i++) {
      const again = await server.call('POST', 'portal/register', anonymous(ip, body, key));
      assert.equal(again.status, 201, again.text);
      assert.equal(again.headers.get('idempotent-replayed'), 'true');
    }
    assert.equal(verifier.calls.length, callsBefore + 1, 'no CAPTCHA verification for a replay');
    // The second of two attempts is still there; the third is refused.
    assert.equal((await server.call('POST', 'portal/register', anonymous(ip, registration()))).status, 201);
    const third = await server.call('POST', 'portal/register', anonymous(ip, registration()));
    assert.equal(third.status, 400, third.text);
    assert.equal(third.body.error, 'tooMuchAttempts');
    // And replays keep working after the limit is reached: they spend nothing.
    const late = await server.call('POST', 'portal/register', anonymous(ip, body, key));
    assert.equal(late.status, 201);
    assert.equal(late.headers.get('idempotent-replayed'), 'true');
  });

  it('tooMuchAttempts and recaptchaInvalid are not stored: a retry runs again', async () => {
    const server = await start({ env: captchaEnv({ MAX_ATTEMPTS_COUNT: '1', MAX_ATTEMPTS_INTERVAL: '600' }) });
    verifier.mode = 'failure';
    const key = newKey('captcha');
    const body = registration();
    const failed = await server.call('POST', 'portal/register', anonymous('203.0.113.31', body, key));
    assert.equal(failed.status, 400);
    assert.equal(failed.body.error, 'recaptchaInvalid');
    verifier.mode = 'success';
    // Another IP (the first spent its only attempt): the same key is another caller's key there.
    const limitedKey = newKey('limited');
    const limited = await server.call('POST', 'portal/register', anonymous('203.0.113.31', body, limitedKey));
    assert.equal(limited.status, 400);
    assert.equal(limited.body.error, 'tooMuchAttempts');
    const limitedAgain = await server.call('POST', 'portal/register', anonymous('203.0.113.31', body, limitedKey));
    assert.equal(limitedAgain.body.error, 'tooMuchAttempts', 'ran again (and was refused again), not replayed');
    assert.equal(limitedAgain.headers.get('idempotent-replayed'), null);

    const onFreshIp = await start({ env: captchaEnv({ MAX_ATTEMPTS_COUNT: '5' }) });
    verifier.mode = 'failure';
    const refused = await onFreshIp.call('POST', 'portal/register', anonymous('203.0.113.32', body, key));
    assert.equal(refused.body.error, 'recaptchaInvalid');
    verifier.mode = 'success';
    const retried = await onFreshIp.call('POST', 'portal/register', anonymous('203.0.113.32', body, key));
    assert.equal(retried.status, 201, retried.text);
    assert.equal(retried.headers.get('idempotent-replayed'), null);
  });

  it('a 5xx is not stored: the retry runs and its 2xx is', async () => {
    let failNext = true;
    const server = await start({
      overrides: {
        onRegistered: async () => {
          if (failNext) {
            failNext = false;
            throw new Error('something after the portal failed');
          }
        },
      },
    });
    const body = registration();
    const key = newKey('5xx');
    const failed = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(failed.status, 500, failed.text);
    const retried = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(retried.status, 201, retried.text);
    assert.equal(retried.headers.get('idempotent-replayed'), null);
    const replay = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.text, retried.text);
    assert.equal(await portalsNamed(server, String(body.portalName)), 1);
  });
});

describe('Idempotency-Key: time', () => {
  it(`expires after IDEMPOTENCY_TTL_HOURS: the same key then runs again`, async () => {
    const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
    const server = await start({ clock, env: { IDEMPOTENCY_TTL_HOURS: '2' } });
    const body = registration();
    const key = newKey('ttl');
    const first = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(first.status, 201);
    clock.advance(2 * 3600_000 - 1000);
    const replay = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true', 'still replayed just before the TTL');
    clock.advance(2000);
    const again = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(again.status, 400, 'ran again: the name is taken by the first call');
    assert.equal(again.body.error, 'portalNameExist');
    const other = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: registration() });
    assert.equal(other.status, 201, 'other parameters are fine once the key expired');
    assert.equal(other.headers.get('idempotent-replayed'), null);
  });

  it('the maintenance purge deletes stored answers past their expiry, and only those', async () => {
    const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
    const server = await start({ clock, env: { IDEMPOTENCY_TTL_HOURS: '1' } });
    assert.equal(
      (await keyed(server, 'POST', 'portal/register', newKey('old'), { auth: true, json: registration() })).status,
      201,
    );
    clock.advance(30 * 60_000);
    const young = newKey('young');
    const body = registration();
    assert.equal((await keyed(server, 'POST', 'portal/register', young, { auth: true, json: body })).status, 201);
    clock.advance(31 * 60_000);
    assert.equal((await purgeExpired(server.ctx)).idempotencyKeys, 1);
    assert.equal(await countRows(server, 'idempotency_keys'), 1);
    const replay = await keyed(server, 'POST', 'portal/register', young, { auth: true, json: body });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
  });

  it('an in-flight mark whose request died lapses after 60 s', async () => {
    const clock = fixedClock(new Date('2026-03-02T09:00:00Z'));
    const server = await start({ clock });
    const body = registration();
    const key = newKey('lapse');
    assert.equal((await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body })).status, 201);
    // As if the process had died after marking the key, before its change committed: the
    // portal is gone (removed, its name free) and the mark says "running" for another 60 s.
    assert.equal(
      (await server.call('DELETE', 'portal/remove', { auth: true, query: { portalName: String(body.portalName) } }))
        .status,
      200,
    );
    const marked = await (server.store.db as any)
      .updateTable('idempotency_keys')
      .set({ state: 0, status_code: null, body_sealed: null, locked_until: new Date(clock.now().getTime() + 60_000) })
      .where('state', '=', 1)
      .executeTakeFirst();
    assert.equal(Number(marked.numUpdatedRows), 1);

    const running = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(running.status, 409, running.text);
    assert.equal(running.body.error, 'conflict');
    clock.advance(59_000);
    assert.equal((await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body })).status, 409);
    clock.advance(2_000);
    const taken = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(taken.status, 201, taken.text);
    assert.equal(taken.headers.get('idempotent-replayed'), null);
    const replay = await keyed(server, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true');
    assert.equal(replay.text, taken.text);
  });
});

describe('Idempotency-Key: anonymous callers and machine-key rotation', () => {
  it("an anonymous caller's new keys count against the attempt limit; a replay spends nothing", async () => {
    const server = await start({
      env: { AUTH_ALLOW_SKIP_DEFAULT: 'true', TRUST_PROXY: 'true', MAX_ATTEMPTS_COUNT: '3' },
    });
    const reg = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    assert.equal(reg.status, 201, reg.text);
    const portalName = reg.body.tenant.portalName as string;
    const from = { 'x-forwarded-for': '198.51.100.77' };
    const keys = [newKey('anon'), newKey('anon'), newKey('anon')];
    for (const [i, key] of keys.entries()) {
      const res = await keyed(server, 'PUT', 'portal/status', key, {
        json: { portalName, status: i % 2 === 0 ? 'Suspended' : 'Active' },
        headers: from,
      });
      assert.equal(res.status, 200, res.text);
    }
    const replay = await keyed(server, 'PUT', 'portal/status', keys[0] as string, {
      json: { portalName, status: 'Suspended' },
      headers: from,
    });
    assert.equal(replay.headers.get('idempotent-replayed'), 'true', replay.text);
    const fourth = await keyed(server, 'PUT', 'portal/status', newKey('anon'), {
      json: { portalName, status: 'Active' },
      headers: from,
    });
    assert.equal(fourth.status, 400, fourth.text);
    assert.equal(fourth.body.error, 'tooMuchAttempts');
    assert.ok(Number(fourth.headers.get('retry-after')) >= 1);
    assert.equal(await countRows(server, 'idempotency_keys'), 3, 'the refused key left no row');
    // Without a key the same caller's call still runs: keys are counted apart from the call.
    const plain = await server.call('PUT', 'portal/status', { json: { portalName, status: 'Active' }, headers: from });
    assert.equal(plain.status, 200, plain.text);
  });

  it('after MACHINE_KEY is rotated (new key first, old kept) a retry still replays its stored answer', async () => {
    const oldKey = `old-key-${randomBytes(12).toString('hex')}`;
    const first = await start({ env: { MACHINE_KEY: oldKey } });
    const key = newKey('rotation');
    const body = registration({ password: 'rotation-password-1' });
    const created = await keyed(first, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(created.status, 201, created.text);
    await servers.stop(first);
    const rotated = await start({
      env: { MACHINE_KEY: `new-key-${randomBytes(12).toString('hex')},${oldKey}` },
      database: first.database,
    });
    const again = await keyed(rotated, 'POST', 'portal/register', key, { auth: true, json: body });
    assert.equal(again.status, 201, again.text);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.text, created.text);
  });
});
