import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { ascToken } from '../helpers/client-auth.js';
import { startFakeCaptchaVerifier, type FakeCaptchaVerifier } from '../helpers/fake-captcha-verifier.js';
import { hidden, page, pathOf } from '../helpers/portal-pages.js';
import { randomPortalName, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * What a client written today for ONLYOFFICE's current hosted API (DocSpace ApiSystem, 2026)
 * calls and reads, call for call: DocSpace's control panel and its hosting-provider pages sign
 * with the machine key (the hash in base64url), under /apisystem, and read the 2026 fields of the
 * tenant, of statistics, of usage; the sign-up site provisions portals whose owners sign in with
 * an OAuth provider and asks for no welcome mail. One case per field such a client reads.
 */

const randomEmail = (prefix = 'docspace') => `${prefix}-${randomBytes(4).toString('hex')}@example.com`;

describe('a current DocSpace client', () => {
  const clock = fixedClock(new Date('2026-12-06T09:00:00.000Z'));
  let server: TestServer;
  /** The control panel's own signing: pkey "docspace", base64url without padding. */
  const panel = () => ascToken(server.machineKey, 'docspace', clock.now(), 'base64url');

  before(async () => {
    server = await startTestServer({ clock, env: { MAX_ATTEMPTS_COUNT: '1000' } });
  });
  after(() => server.close({ drop: true }));

  /** portal/register as DocSpace's hosting-provider page sends it (its fields and spellings). */
  async function registerAsDocSpace(fields: Record<string, unknown> = {}) {
    const res = await server.call('POST', '/apisystem/portal/register', {
      auth: panel(),
      json: {
        PortalName: randomPortalName('ds'),
        FirstName: 'Ada',
        LastName: 'Lovelace',
        Email: randomEmail(),
        Language: 'fr-FR',
        Region: 'eu-central-1',
        SkipWelcome: true,
        LimitedAccessSpace: false,
        ...fields,
      },
    });
    assert.equal(res.status, 201, res.text);
    return res.body as { reference: string; tenant: Record<string, unknown> & { tenantId: number } };
  }

  /** The control panel's portal list: GET /apisystem/portal/get?statistics=true. */
  async function statisticsOf(tenantId: number) {
    const res = await server.call('GET', '/apisystem/portal/get', {
      auth: panel(),
      query: { tenantId: String(tenantId), statistics: 'true' },
    });
    assert.equal(res.status, 200, res.text);
    return res.body.tenants[0];
  }

  it('reads timeZoneId: the zone of the portal, the same as timeZoneName (from the language when none is sent)', async () => {
    const { tenant } = await registerAsDocSpace();
    assert.equal(tenant.timeZoneId, 'Europe/Paris');
    assert.equal(tenant.timeZoneId, tenant.timeZoneName);
    const given = await registerAsDocSpace({ TimeZoneName: 'Asia/Tokyo' });
    assert.equal(given.tenant.timeZoneId, 'Asia/Tokyo');
  });

  it('reads hostedRegion: the region the portal was registered for', async () => {
    const { tenant } = await registerAsDocSpace();
    assert.equal(tenant.hostedRegion, 'eu-central-1');
    const none = await registerAsDocSpace({ Region: '' });
    assert.equal(none.tenant.hostedRegion, null);
  });

  it('reads mappedDomain and paymentId: null (the server keeps neither)', async () => {
    const { tenant } = await registerAsDocSpace();
    const listed = await statisticsOf(tenant.tenantId);
    for (const shown of [tenant, listed]) {
      assert.equal(shown.mappedDomain, null);
      assert.equal(shown.paymentId, null);
    }
  });

  it('reads customQuota: the storage quota in bytes, following tariff/set', async () => {
    const { tenant } = await registerAsDocSpace();
    assert.equal(tenant.customQuota, tenant.quota);
    await server.call('PUT', '/apisystem/tariff/set', {
      auth: panel(),
      json: { tenantId: tenant.tenantId, maxTotalSize: 53687091200 },
    });
    const plain = await server.call('GET', '/apisystem/portal/get', {
      auth: panel(),
      query: { tenantId: String(tenant.tenantId) },
    });
    assert.equal(plain.body.tenants[0].customQuota, 53687091200);
  });

  it('reads quotaUsage.maxRoomAdminsCount, roomAdminCount, roomsCount, aiAgentsCount, maxRoomsCount and maxAIAgentsCount', async () => {
    const { tenant } = await registerAsDocSpace();
    await server.call('PUT', '/apisystem/tariff/set', {
      auth: panel(),
      json: { tenantId: tenant.tenantId, activeUsers: 30 },
    });
    const before = (await statisticsOf(tenant.tenantId)).quotaUsage;
    assert.deepEqual(
      [before.maxRoomAdminsCount, before.roomAdminCount, before.roomsCount, before.aiAgentsCount],
      [30, 0, 0, 0],
    );
    // The workspace reports its rooms, room admins and AI agents (integers as text, as forms send them).
    const reported = await server.call('PUT', '/apisystem/portal/usage', {
      auth: panel(),
      form: { tenantId: String(tenant.tenantId), roomAdminCount: '4', roomsCount: '17', aiAgentsCount: '2' },
    });
    assert.equal(reported.status, 200, reported.text);
    const usage = (await statisticsOf(tenant.tenantId)).quotaUsage;
    assert.equal(usage.maxRoomAdminsCount, 30);
    assert.equal(usage.roomAdminCount, 4);
    assert.equal(usage.roomsCount, 17);
    assert.equal(usage.aiAgentsCount, 2);
    // Unlimited: the server sets no ceiling on rooms or AI agents.
    assert.equal(usage.maxRoomsCount, -1);
    assert.equal(usage.maxAIAgentsCount, -1);
  });

  it('reads wizardSettings.completed and lastModified: false until the owner activates, then true and when', async () => {
    const registered = await registerAsDocSpace();
    const fresh = await statisticsOf(registered.tenant.tenantId);
    assert.deepEqual(fresh.wizardSettings, { completed: false, lastModified: registered.tenant.created });
    // The owner follows the activation link (the portal's own /confirm page) an hour later.
    clock.advance(3_600_000);
    const host = new URL(registered.reference).host;
    const form = await page(server, 'GET', pathOf(registered.reference), { host });
    assert.equal(form.status, 200, form.body);
    const done = await page(server, 'POST', '/confirm', {
      host,
      form: {
        ...Object.fromEntries(new URL(registered.reference).searchParams),
        csrf: hidden(form.body, 'csrf'),
        password: 'correct horse battery',
        passwordAgain: 'correct horse battery',
      },
    });
    assert.equal(done.status, 303, done.body);
    const activatedAt = clock.now().toISOString();
    clock.advance(60_000);
    const activated = await statisticsOf(registered.tenant.tenantId);
    assert.deepEqual(activated.wizardSettings, { completed: true, lastModified: activatedAt });
    // A portal registered with a password is activated from the start.
    const withPassword = await registerAsDocSpace({ Password: 'correct horse battery' });
    assert.deepEqual((await statisticsOf(withPassword.tenant.tenantId)).wizardSettings, {
      completed: true,
      lastModified: withPassword.tenant.created,
    });
    // Without statistics the list stays the plain tenant object.
    const plain = await server.call('GET', '/apisystem/portal/get', {
      auth: panel(),
      query: { tenantId: String(withPassword.tenant.tenantId) },
    });
    assert.equal(plain.body.tenants[0].wizardSettings, undefined);
  });

  it('reads providerConfigured from portal/provision, and the provider back from settings/get with the secret masked', async () => {
    const res = await server.call('POST', '/apisystem/portal/provision', {
      auth: panel(),
      json: {
        email: randomEmail(),
        language: 'pt-BR',
        skipWelcome: true,
        provider: { name: 'Google', clientId: 'ds-google', clientSecret: 'google-secret-9x' },
      },
    });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.providerConfigured, true);
    assert.match(res.body.tenant.portalName, /^docspace-google-[a-z0-9]{6}$/);
    assert.equal(res.body.tenant.timeZoneId, 'America/Cuiaba');
    const setting = await server.call('GET', '/apisystem/settings/get', {
      auth: panel(),
      query: { tenantId: String(res.body.tenant.tenantId), key: 'AuthKey_Google' },
    });
    assert.deepEqual(JSON.parse(setting.body.settings), {
      clientId: 'ds-google',
      clientSecret: '***',
      baseUrl: null,
      redirectUri: null,
    });
  });

  it('reads value from GET settings/test, unsigned, under every prefix', async () => {
    for (const prefix of ['/api', '/apisystem', '/apisystem/api']) {
      const res = await server.call('GET', `${prefix}/settings/test`);
      assert.deepEqual([res.status, res.body], [200, { value: 'Settings api works' }], prefix);
    }
  });
});

describe("a current DocSpace client's sign-up and sign-in pages", () => {
  let verifier: FakeCaptchaVerifier;
  let server: TestServer;
  before(async () => {
    verifier = await startFakeCaptchaVerifier();
    server = await startTestServer({
      env: {
        AUTH_ALLOW_SKIP_REGISTER: 'true',
        RECAPTCHA_REQUIRED: 'true',
        RECAPTCHA_SECRET: 'web-secret',
        RECAPTCHA_VERIFY_URL: verifier.recaptchaUrl,
        MAX_ATTEMPTS_COUNT: '2',
        TRUST_PROXY: '127.0.0.1',
      },
    });
  });
  after(async () => {
    await server.close({ drop: true });
    await verifier.stop();
  });

  it('reads clientIP from recaptchaInvalid: the address the server checked the CAPTCHA for', async () => {
    verifier.mode = 'failure';
    const res = await server.call('POST', '/apisystem/portal/registerbyemail', {
      json: { email: randomEmail(), recaptchaResponse: 'forged' },
      headers: { 'x-forwarded-for': '198.51.100.23' },
    });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, {
      error: 'recaptchaInvalid',
      message: 'Recaptcha is invalid',
      clientIP: '198.51.100.23',
    });
  });

  it('signs in past the attempt limit with the CAPTCHA its sign-in page then shows', async () => {
    verifier.mode = 'success';
    const ip = { 'x-forwarded-for': '198.51.100.77' };
    const signin = (fields: Record<string, unknown> = {}) =>
      server.call('POST', '/apisystem/portal/signin', {
        json: { email: randomEmail('nobody'), password: 'not-the-password', ...fields },
        headers: ip,
      });
    assert.equal((await signin()).body.error, 'params');
    assert.equal((await signin()).body.error, 'params');
    const limited = await signin();
    assert.equal(limited.body.error, 'tooMuchAttempts');
    // With a solved CAPTCHA the call is let through (and answered on its merits: wrong credentials).
    const calls = verifier.calls.length;
    const past = await signin({ recaptchaResponse: 'solved', recaptchaType: 0 });
    assert.deepEqual(past.body, { error: 'params', message: ['Invalid login or password.'] });
    assert.deepEqual(verifier.calls[calls]?.form, {
      secret: 'web-secret',
      response: 'solved',
      remoteip: '198.51.100.77',
    });
    // A CAPTCHA the verifier refuses: recaptchaInvalid, with the address.
    verifier.mode = 'failure';
    const refused = await signin({ recaptchaResponse: 'forged' });
    assert.deepEqual(refused.body, {
      error: 'recaptchaInvalid',
      message: 'Recaptcha is invalid',
      clientIP: '198.51.100.77',
    });
  });
});
