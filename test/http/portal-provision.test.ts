import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { before, describe, it } from 'node:test';
import { createTestClient } from '../helpers/client-auth.js';
import { consoleBrowser, pageText } from '../helpers/console-browser.js';
import { type StartOptions, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';

/**
 * POST portal/provision: a portal whose owner signs in with an OAuth provider — a generated name
 * naming the provider, the provider's values stored as the portal's settings in the same
 * transaction (the client secret sealed), unknownProvider for the rest, and the secret never
 * answered, logged or audited in clear.
 */

const randomEmail = (prefix = 'prov') => `${prefix}-${randomBytes(4).toString('hex')}@example.com`;
const secretOf = () => `oauth-secret-${randomBytes(8).toString('hex')}`;

const servers = useServers();
async function start(env: Record<string, string> = {}, extra: StartOptions = {}) {
  return servers.start({ ...extra, env });
}
const provision = (
  server: TestServer,
  json: Record<string, unknown>,
  auth: boolean | string = true,
  headers: Record<string, string> = {},
) => server.call('POST', 'portal/provision', { auth, json, headers });

/** The stored settings of a portal, straight from the database (what a copy of it would hold). */
async function storedSettings(server: TestServer, tenantId: number): Promise<Record<string, string>> {
  const rows = await server.store.db
    .selectFrom('settings')
    .select(['setting_key', 'value'])
    .where('tenant_id', '=', tenantId)
    .execute();
  return Object.fromEntries(rows.map((r) => [r.setting_key, r.value]));
}

describe('portal/provision', () => {
  const ADMIN = { email: 'provision-admin@example.com', password: 'Provision-pass-1' };
  const lines: string[] = [];
  let server: TestServer;
  before(async () => {
    server = await start(
      { LOG_LEVEL: 'trace', ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, MAX_ATTEMPTS_COUNT: '1000' },
      { logDestination: { write: (line) => void lines.push(line) } },
    );
  });

  it('creates the portal with a name naming the provider and stores the provider as its settings: 201 {reference, tenant, providerConfigured}', async () => {
    const email = randomEmail();
    const clientSecret = secretOf();
    const res = await provision(server, {
      email,
      firstName: 'Grace',
      lastName: 'Hopper',
      language: 'de-DE',
      provider: {
        name: 'Nextcloud',
        clientId: 'docspace-acme',
        clientSecret,
        baseUrl: 'https://cloud.example.com',
        redirectUri: 'https://cloud.example.com/apps/oauth/callback',
        cspDomain: 'cloud.example.com',
      },
    });
    assert.equal(res.status, 201, res.text);
    assert.deepEqual(Object.keys(res.body).sort(), ['providerConfigured', 'reference', 'tenant']);
    assert.equal(res.body.providerConfigured, true);
    const tenant = res.body.tenant;
    assert.match(tenant.portalName, /^docspace-nextcloud-[a-z0-9]{6}$/);
    assert.equal(tenant.language, 'de-DE');
    assert.equal(tenant.timeZoneName, 'Europe/Berlin', "no timeZoneName: the language's zone");
    assert.equal(new URL(res.body.reference).hostname, tenant.domain);
    assert.ok(!res.text.includes(clientSecret), 'the secret is never answered');

    // Stored as settings: the client id and URLs as sent, the secret sealed (not in clear).
    const stored = await storedSettings(server, tenant.tenantId);
    assert.deepEqual(Object.keys(stored).sort(), ['authkey_nextcloud', 'cspdomains']);
    const authKey = JSON.parse(stored.authkey_nextcloud ?? '{}');
    assert.deepEqual(Object.keys(authKey).sort(), ['baseUrl', 'clientId', 'clientSecret', 'redirectUri']);
    assert.equal(authKey.clientId, 'docspace-acme');
    assert.equal(authKey.baseUrl, 'https://cloud.example.com');
    assert.equal(authKey.redirectUri, 'https://cloud.example.com/apps/oauth/callback');
    assert.match(authKey.clientSecret, /^v1\./);
    assert.ok(!(stored.authkey_nextcloud ?? '').includes(clientSecret));
    assert.deepEqual(JSON.parse(stored.cspdomains ?? 'null'), ['cloud.example.com']);

    // settings/get (any spelling of the key) shows everything but the secret.
    for (const key of ['AuthKey_nextcloud', 'authkey_NEXTCLOUD']) {
      const got = await server.call('GET', 'settings/get', {
        auth: true,
        query: { tenantId: String(tenant.tenantId), key },
      });
      assert.equal(got.status, 200, got.text);
      assert.deepEqual(JSON.parse(got.body.settings), {
        clientId: 'docspace-acme',
        clientSecret: '***',
        baseUrl: 'https://cloud.example.com',
        redirectUri: 'https://cloud.example.com/apps/oauth/callback',
      });
    }
    const csp = await server.call('GET', 'settings/get', {
      auth: true,
      query: { portalName: tenant.portalName, key: 'CspDomains' },
    });
    assert.deepEqual(JSON.parse(csp.body.settings), ['cloud.example.com']);

    // The audit log names the keys saved, never a value; nothing in the server's log holds the secret.
    const audit = await server.call('GET', 'audit/list', {
      auth: true,
      query: { tenantId: String(tenant.tenantId), limit: '10' },
    });
    const records = audit.body.events as Array<{ action: string; changes: Record<string, unknown> }>;
    assert.deepEqual(records.map((e) => e.action).sort(), ['portal.register', 'settings.save', 'settings.save']);
    assert.deepEqual(
      records.filter((e) => e.action === 'settings.save').map((e) => e.changes.setting),
      [
        [null, 'cspdomains'],
        [null, 'authkey_nextcloud'],
      ],
    );
    assert.ok(!audit.text.includes(clientSecret));
    const log = lines.join('');
    assert.match(log, /portal provisioned/);
    assert.ok(!log.includes(clientSecret), 'the secret is never logged');
  });

  it('the console shows the provider (name and client id), the secret masked', async () => {
    const clientSecret = secretOf();
    const res = await provision(server, {
      email: randomEmail(),
      provider: { name: 'google', clientId: 'console-client-id', clientSecret },
    });
    assert.equal(res.status, 201, res.text);
    const browser = consoleBrowser(server);
    assert.equal((await browser.signIn(ADMIN.email, ADMIN.password)).status, 303);
    const page = await browser.get(`/console/portals/${res.body.tenant.tenantId}`);
    assert.equal(page.status, 200);
    const text = pageText(page.text);
    assert.match(text, /Sign-in provider\s*google\s*client id\s*console-client-id\s*· secret ••••••••/);
    assert.ok(!page.text.includes(clientSecret));
    // Not even the sealed form, as stored (a bare "v1." could be the end of a random portal name
    // before its domain).
    const sealed = Object.values(await storedSettings(server, res.body.tenant.tenantId))
      .map((value) => (JSON.parse(value) as { clientSecret?: unknown }).clientSecret)
      .find((secret): secret is string => typeof secret === 'string');
    assert.match(sealed ?? '', /^v1\./, 'the secret is stored sealed');
    assert.ok(!page.text.includes(sealed as string), 'not even the sealed form');
  });

  it('reads the provider from a form field by field (provider[name], provider.clientId) or as JSON text', async () => {
    const byField = await server.call('POST', 'portal/provision', {
      auth: true,
      form: {
        Email: randomEmail(),
        'provider[Name]': 'MICROSOFT',
        'provider.clientId': 'ms-client',
        'provider[clientsecret]': secretOf(),
      },
    });
    assert.equal(byField.status, 201, byField.text);
    assert.match(byField.body.tenant.portalName, /^docspace-microsoft-[a-z0-9]{6}$/);
    const asJson = await server.call('POST', 'portal/provision', {
      auth: true,
      form: {
        email: randomEmail(),
        provider: JSON.stringify({ name: 'zoom', clientId: 'zoom-client', clientSecret: secretOf() }),
      },
    });
    assert.equal(asJson.status, 201, asJson.text);
    const stored = await storedSettings(server, asJson.body.tenant.tenantId);
    assert.deepEqual(Object.keys(stored), ['authkey_zoom'], 'no cspDomain, no CspDomains setting');
  });

  it('no email → emailEmpty, before the provider is looked at', async () => {
    for (const json of [{}, { provider: { name: 'nosuch' } }, { email: ' ', provider: { clientId: 'x' } }]) {
      const res = await provision(server, json);
      assert.equal(res.status, 400);
      assert.deepEqual(res.body, { error: 'emailEmpty', message: 'Email is required' });
    }
  });

  it('a missing provider or provider field, or a bad value → params naming each problem', async () => {
    const cases: Array<[Record<string, unknown>, RegExp[]]> = [
      [{}, [/^provider is required/]],
      [{ provider: 'google' }, [/^provider: must be an object/]],
      [{ provider: { name: 'google' } }, [/provider\.clientId is required/, /provider\.clientSecret is required/]],
      [{ provider: { clientId: 'x', clientSecret: 'y' } }, [/provider\.name is required/]],
      [
        { provider: { name: 'google', clientId: 'x', clientSecret: 'y', baseUrl: 'ftp://files', redirectUri: 'nope' } },
        [/provider\.baseUrl must be an http or https URL/, /provider\.redirectUri must be an http or https URL/],
      ],
      [
        {
          provider: {
            name: 'google',
            clientId: 'x',
            clientSecret: 'y',
            cspDomain: "x.example.com; script-src 'unsafe-inline'",
          },
        },
        [/provider\.cspDomain must be one host or origin/],
      ],
      [
        { provider: { name: 'g'.repeat(65), clientId: 'x', clientSecret: 'y' } },
        [/provider\.name: must be at most 64/],
      ],
      // The owner's problems and the provider's come together.
      [{ phone: '1'.repeat(40), provider: { name: 'google' } }, [/phone/, /provider\.clientId is required/]],
    ];
    for (const [fields, problems] of cases) {
      const res = await provision(server, { email: randomEmail(), ...fields });
      assert.equal(res.status, 400, JSON.stringify(fields));
      assert.equal(res.body.error, 'params', res.text);
      for (const problem of problems)
        assert.ok(
          (res.body.message as string[]).some((m) => problem.test(m)),
          `${problem} in ${JSON.stringify(res.body.message)}`,
        );
    }
  });

  it('a provider not in LOGIN_PROVIDERS → unknownProvider, and nothing is created', async () => {
    const email = randomEmail();
    const res = await provision(server, { email, provider: { name: 'MySpace', clientId: 'x', clientSecret: 'y' } });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: 'unknownProvider', message: "Provider 'myspace' is not supported" });
    const listed = await server.call('GET', 'portal/get', { auth: true, query: { email, status: 'all' } });
    assert.deepEqual(listed.body.tenants, []);
    // A bad field is reported first: the provider's name is judged once the call is complete.
    const incomplete = await provision(server, { email, provider: { name: 'MySpace', clientId: 'x' } });
    assert.equal(incomplete.body.error, 'params');
  });

  it('the password policy applies as in portal/registerbyemail', async () => {
    const res = await provision(server, {
      email: randomEmail(),
      password: 'short',
      provider: { name: 'google', clientId: 'x', clientSecret: 'y' },
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'passPolicyError');
  });

  it('an API client needs portals:write; its portal is its own', async () => {
    const reader = await createTestClient(server, { scopes: 'portals:read' });
    const denied = await provision(
      server,
      { email: randomEmail(), provider: { name: 'google', clientId: 'x', clientSecret: 'y' } },
      reader.auth(),
    );
    assert.equal(denied.status, 403);
    assert.equal(denied.body.error, 'forbidden');
    const writer = await createTestClient(server, { scopes: 'portals:write,portals:read' });
    const res = await provision(
      server,
      { email: randomEmail(), provider: { name: 'google', clientId: 'x', clientSecret: 'y' } },
      writer.auth(),
    );
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.tenant.clientId, writer.clientId);
    const mine = await server.call('GET', 'settings/get', {
      auth: writer.auth(),
      query: { tenantId: String(res.body.tenant.tenantId), key: 'AuthKey_google' },
    });
    assert.equal(JSON.parse(mine.body.settings).clientSecret, '***');
  });

  it('a repeat with the same Idempotency-Key gets the first answer and makes no second portal', async () => {
    const email = randomEmail();
    const json = { email, provider: { name: 'box', clientId: 'box-client', clientSecret: secretOf() } };
    const key = `provision-${randomBytes(6).toString('hex')}`;
    const first = await provision(server, json, true, { 'idempotency-key': key });
    const again = await provision(server, json, true, { 'idempotency-key': key });
    assert.equal(first.status, 201, first.text);
    assert.deepEqual(again.body, first.body);
    const listed = await server.call('GET', 'portal/get', { auth: true, query: { email } });
    assert.equal(listed.body.tenants.length, 1);
  });

  it('settings/save seals a provider secret sent in clear, answers it masked, and keeps the stored one for ***', async () => {
    const res = await provision(server, {
      email: randomEmail(),
      provider: { name: 'dropbox', clientId: 'first', clientSecret: secretOf() },
    });
    const tenantId = String(res.body.tenant.tenantId);
    const before = JSON.parse((await storedSettings(server, Number(tenantId))).authkey_dropbox ?? '{}');
    // Read back and saved again with a new client id: the secret stays.
    const read = await server.call('GET', 'settings/get', { auth: true, query: { tenantId, key: 'AuthKey_dropbox' } });
    const edited = JSON.stringify({ ...JSON.parse(read.body.settings), clientId: 'second' });
    const kept = await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId, key: 'AuthKey_dropbox', value: edited },
    });
    assert.equal(kept.status, 200, kept.text);
    assert.equal(JSON.parse(kept.body.settings).clientSecret, '***');
    const afterKeep = JSON.parse((await storedSettings(server, Number(tenantId))).authkey_dropbox ?? '{}');
    assert.equal(afterKeep.clientId, 'second');
    assert.equal(afterKeep.clientSecret, before.clientSecret);
    // A new secret in clear is sealed before it is stored, and never answered.
    const fresh = secretOf();
    const replaced = await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId, key: 'authkey_dropbox', value: JSON.stringify({ clientId: 'third', clientSecret: fresh }) },
    });
    assert.ok(!replaced.text.includes(fresh));
    const stored = (await storedSettings(server, Number(tenantId))).authkey_dropbox ?? '';
    assert.ok(!stored.includes(fresh));
    assert.match(JSON.parse(stored).clientSecret, /^v1\./);
    assert.notEqual(JSON.parse(stored).clientSecret, before.clientSecret);
  });
});

describe('portal/provision configuration and protections', () => {
  it('LOGIN_PROVIDERS replaces the accepted providers; a provider name that breaks the name rules gives docspace-<random>', async () => {
    const server = await start({ LOGIN_PROVIDERS: 'keycloak_realm, google' });
    const odd = await provision(server, {
      email: randomEmail(),
      provider: { name: 'Keycloak_Realm', clientId: 'kc', clientSecret: 'kc-secret' },
    });
    assert.equal(odd.status, 201, odd.text);
    assert.match(odd.body.tenant.portalName, /^docspace-[a-z0-9]{6}$/);
    const stored = await storedSettings(server, odd.body.tenant.tenantId);
    assert.deepEqual(Object.keys(stored), ['authkey_keycloak_realm']);
    const gone = await provision(server, {
      email: randomEmail(),
      provider: { name: 'nextcloud', clientId: 'x', clientSecret: 'y' },
    });
    assert.equal(gone.body.error, 'unknownProvider');
  });

  it('anonymous callers need AUTH_ALLOW_SKIP_REGISTER and count against the attempt limit', async () => {
    const closed = await start();
    const refused = await provision(
      closed,
      { email: randomEmail(), provider: { name: 'google', clientId: 'x', clientSecret: 'y' } },
      false,
    );
    assert.equal(refused.status, 403);
    const open = await start({ AUTH_ALLOW_SKIP_REGISTER: 'true', MAX_ATTEMPTS_COUNT: '2' });
    const call = () =>
      provision(open, { email: randomEmail(), provider: { name: 'google', clientId: 'x', clientSecret: 'y' } }, false);
    assert.equal((await call()).status, 201);
    assert.equal((await call()).status, 201);
    const limited = await call();
    assert.equal(limited.body.error, 'tooMuchAttempts');
    assert.ok(Number(limited.headers.get('retry-after')) > 0);
  });

  it('a registration that fails inside its transaction leaves no portal and no provider settings behind', async () => {
    const server = await start({ MAX_PORTALS: '1' });
    const first = await provision(server, {
      email: randomEmail(),
      provider: { name: 'google', clientId: 'x', clientSecret: 'y' },
    });
    assert.equal(first.status, 201, first.text);
    const second = await provision(server, {
      email: randomEmail(),
      provider: { name: 'google', clientId: 'x', clientSecret: 'y' },
    });
    assert.equal(second.body.error, 'portalsCountTooMuch');
    const settings = await server.store.db.selectFrom('settings').select(['tenant_id', 'setting_key']).execute();
    assert.deepEqual(
      settings.map((s) => [Number(s.tenant_id), s.setting_key]),
      [[first.body.tenant.tenantId, 'authkey_google']],
    );
  });

  it('after a machine-key rotation the provider secret is sealed again under the new key and still opens', async () => {
    const oldKey = `old-key-${randomBytes(8).toString('hex')}`;
    const first = await start({ MACHINE_KEY: oldKey });
    const res = await provision(first, {
      email: randomEmail(),
      provider: { name: 'linkedin', clientId: 'li', clientSecret: 'the-linkedin-secret' },
    });
    const tenantId = res.body.tenant.tenantId as number;
    const sealedBefore = JSON.parse((await storedSettings(first, tenantId)).authkey_linkedin ?? '{}').clientSecret;
    await servers.stop(first);
    const newKey = `new-key-${randomBytes(8).toString('hex')}`;
    const rotated = await start({ MACHINE_KEY: `${newKey},${oldKey}` }, { database: first.database });
    const { resealSecrets } = await import('../../src/domain/maintenance/reseal-secrets.js');
    assert.ok((await resealSecrets(rotated.ctx)) >= 1);
    const sealedAfter = JSON.parse((await storedSettings(rotated, tenantId)).authkey_linkedin ?? '{}').clientSecret;
    assert.notEqual(sealedAfter, sealedBefore);
    assert.ok(rotated.ctx.secrets.isCurrent(sealedAfter));
    assert.equal(rotated.ctx.secrets.open(sealedAfter, `setting:${tenantId}:authkey_linkedin`), 'the-linkedin-secret');
    assert.equal(await resealSecrets(rotated.ctx), 0, 'nothing left to re-seal');
  });
});
