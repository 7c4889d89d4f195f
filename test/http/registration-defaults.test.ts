import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import type { MailTransport } from '../../src/mail/transport.js';
import { findMailTo } from '../../src/store/repositories/outbox.js';
import { randomPortalName, registration, type StartOptions, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';

/**
 * Registration as ONLYOFFICE's current server does it: skipWelcome, generated names for
 * portal/register (REGISTER_GENERATE_NAME), names of three characters, its regional service names
 * reserved, the time zone from the language, and the owner's phone from the sign-up site.
 */

const randomEmail = (prefix = 'reg') => `${prefix}-${randomBytes(4).toString('hex')}@example.com`;
/** A transport that keeps what it is given; the sender never polls during these tests. */
const idleMail = () => {
  const transport: MailTransport = { send: async () => undefined, close: () => undefined };
  return { transport, timing: { pollIntervalMs: 3_600_000 } };
};

const servers = useServers();
async function start(env: Record<string, string> = {}, extra: StartOptions = {}) {
  return servers.start({ ...extra, env: { MAX_ATTEMPTS_COUNT: '1000', ...env } });
}
describe('skipWelcome', () => {
  let server: TestServer;
  before(async () => {
    server = await start({ SMTP_URL: 'smtp://127.0.0.1:9' }, { mail: idleMail() });
  });

  for (const [method, body] of [
    ['portal/register', () => registration({ email: randomEmail() })],
    ['portal/registerbyemail', () => ({ email: randomEmail() })],
    [
      'portal/provision',
      () => ({ email: randomEmail(), provider: { name: 'google', clientId: 'g', clientSecret: 'g-secret' } }),
    ],
  ] as const) {
    it(`${method} with skipWelcome=true queues no activation mail; the answer is the same`, async () => {
      const welcomed = body();
      const plain = await server.call('POST', method, { auth: true, json: welcomed });
      assert.equal(plain.status, 201, plain.text);
      assert.equal((await findMailTo(server.store.db, String(welcomed.email))).length, 1, 'mailed by default');

      const skipped = body();
      const res = await server.call('POST', method, { auth: true, json: { ...skipped, skipWelcome: 'true' } });
      assert.equal(res.status, 201, res.text);
      assert.deepEqual(Object.keys(res.body).sort(), Object.keys(plain.body).sort());
      assert.match(res.body.reference, /\/confirm\?type=Auth&/, 'the activation link is still answered');
      assert.deepEqual(await findMailTo(server.store.db, String(skipped.email)), []);
    });
  }

  it('skipWelcome=false mails as usual', async () => {
    const email = randomEmail();
    await server.call('POST', 'portal/registerbyemail', { auth: true, json: { email, skipWelcome: false } });
    assert.equal((await findMailTo(server.store.db, email)).length, 1);
  });

  it('is not honoured when the mailed link is the owner only way in (anonymous, REGISTER_VERIFY_EMAIL)', async () => {
    const verify = await start(
      { SMTP_URL: 'smtp://127.0.0.1:9', AUTH_ALLOW_SKIP_REGISTER: 'true', REGISTER_VERIFY_EMAIL: 'true' },
      { mail: idleMail() },
    );
    const email = randomEmail();
    const res = await verify.call('POST', 'portal/registerbyemail', { json: { email, skipWelcome: true } });
    assert.equal(res.status, 201, res.text);
    assert.doesNotMatch(res.body.reference, /key=/, 'the key goes only by mail');
    assert.equal((await findMailTo(verify.store.db, email)).length, 1);
  });
});

describe('portal/register without a portalName', () => {
  it('is portalNameEmpty by default', async () => {
    const server = await start();
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ portalName: '' }) });
    assert.deepEqual(res.body, { error: 'portalNameEmpty', message: 'PortalName is required' });
  });

  it('gets a generated name with REGISTER_GENERATE_NAME=true; a given name is still used as given', async () => {
    const server = await start({ REGISTER_GENERATE_NAME: 'true' });
    const generated = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ portalName: undefined }),
    });
    assert.equal(generated.status, 201, generated.text);
    assert.match(generated.body.tenant.portalName, /^docspace-[a-z0-9]{6}$/);
    const named = randomPortalName();
    const given = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ portalName: named }),
    });
    assert.equal(given.body.tenant.portalName, named);
    // The owner's fields are still required: params, not a portal.
    const bad = await server.call('POST', 'portal/register', { auth: true, json: { email: randomEmail() } });
    assert.equal(bad.body.error, 'params');
  });
});

describe('portal names', () => {
  let server: TestServer;
  before(async () => {
    server = await start();
  });

  it('three characters are enough (PORTAL_NAME_MIN 3); two are too short', async () => {
    const three = `${randomBytes(2).toString('hex').slice(0, 2)}z`;
    const valid = await server.call('POST', 'portal/validateportalname', { json: { portalName: three } });
    assert.deepEqual([valid.status, valid.body], [200, { message: 'portalNameReadyToRegister' }]);
    const registered = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ portalName: three }),
    });
    assert.equal(registered.status, 201, registered.text);
    assert.equal(registered.body.tenant.portalName, three);
    const short = await server.call('POST', 'portal/validateportalname', { json: { portalName: 'ab' } });
    assert.deepEqual(short.body, { error: 'tooShortError', message: 'Portal name is too short' });
  });

  it("ONLYOFFICE's regional service names are reserved", async () => {
    for (const portalName of [
      'api-system-eu-central-1',
      'api-system-us-east-2',
      'identity-eu-central-1',
      'IDENTITY-US-EAST-2',
    ]) {
      const res = await server.call('POST', 'portal/validateportalname', { json: { portalName } });
      assert.equal(res.body.error, 'portalNameExist', portalName);
    }
  });
});

describe('the time zone from the language', () => {
  let server: TestServer;
  before(async () => {
    server = await start();
  });

  const zones: Array<[string, string]> = [
    ['fr-FR', 'Europe/Paris'],
    ['es', 'Europe/Madrid'],
    ['de-CH', 'Europe/Berlin'],
    ['ru-RU', 'Europe/Moscow'],
    ['lv-LV', 'Europe/Riga'],
    ['it-IT', 'Europe/Rome'],
    ['tr-TR', 'Europe/Istanbul'],
    ['uk-UA', 'Europe/Kiev'],
    ['cs-CZ', 'Europe/Warsaw'],
    ['el-GR', 'Europe/Warsaw'],
    ['fi-FI', 'Europe/Warsaw'],
    ['pl-PL', 'Europe/Warsaw'],
    ['pt-BR', 'America/Cuiaba'],
    ['zh-CN', 'Asia/Shanghai'],
    ['vi-VN', 'Asia/Shanghai'],
    ['ja-JP', 'Asia/Tokyo'],
    ['ko-KR', 'Asia/Seoul'],
    ['az-Latn-AZ', 'Asia/Baku'],
    ['en-GB', 'UTC'],
    ['nl-NL', 'UTC'],
  ];
  it('when no timeZoneName is sent, the language decides (any other language: UTC)', async () => {
    for (const [language, zone] of zones) {
      const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ language }) });
      assert.equal(res.status, 201, res.text);
      assert.equal(res.body.tenant.timeZoneName, zone, language);
      assert.equal(res.body.tenant.timeZoneId, zone, language);
    }
  });

  it('an unknown timeZoneName falls back to the language too; a known one wins', async () => {
    const unknown = await server.call('POST', 'portal/registerbyemail', {
      auth: true,
      json: { email: randomEmail(), language: 'ja', timeZoneName: 'Mars/Olympus' },
    });
    assert.equal(unknown.body.tenant.timeZoneName, 'Asia/Tokyo');
    const known = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ language: 'ja-JP', timeZoneName: 'America/New_York' }),
    });
    assert.equal(known.body.tenant.timeZoneName, 'America/New_York');
  });
});

describe("the sign-up site's phone", () => {
  it('portal/registerbyemail stores the owner phone (checked like portal/register)', async () => {
    const server = await start();
    const phone = `+49 30 ${randomBytes(3).readUIntBE(0, 3)}`;
    const res = await server.call('POST', 'portal/registerbyemail', {
      auth: true,
      json: { email: randomEmail(), phone },
    });
    assert.equal(res.status, 201, res.text);
    const owner = await server.store.db
      .selectFrom('users')
      .select('phone')
      .where('id', '=', res.body.tenant.ownerId)
      .executeTakeFirstOrThrow();
    assert.equal(owner.phone, phone);
    const tooLong = await server.call('POST', 'portal/registerbyemail', {
      auth: true,
      json: { email: randomEmail(), phone: '1'.repeat(33) },
    });
    assert.equal(tooLong.body.error, 'params');
  });
});
