import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import { useServer } from '../helpers/suite-server.js';
import { registerPortal } from '../helpers/builders.js';

const randomKey = () => `Key${randomBytes(4).toString('hex')}`;

describe('settings/get and settings/save', () => {
  const server = useServer({ env: { BASE_DOMAIN: 'first.example' } });

  test('control panel: BaseDomain saved globally (tenantId=-1) moves portals registered afterwards only', async () => {
    const before = await registerPortal(server);
    assert.equal(before.domain, `${before.portalName}.first.example`);

    const saved = await server.call('POST', 'settings/save', {
      auth: true,
      form: { tenantId: '-1', key: 'BaseDomain', value: 'portals.example.com' },
    });
    assert.equal(saved.status, 200, saved.text);
    assert.deepEqual(saved.body, { settings: 'portals.example.com' });
    const read = await server.call('GET', 'settings/get', { auth: true, query: { tenantId: '-1', key: 'BaseDomain' } });
    assert.deepEqual([read.status, read.body], [200, { settings: 'portals.example.com' }]);

    const afterwards = await registerPortal(server);
    assert.equal(afterwards.domain, `${afterwards.portalName}.portals.example.com`);
    // The earlier portal keeps the domain it was registered under, and is still found by it.
    const old = await server.call('GET', 'tariff/get', { auth: true, query: { portalName: before.domain } });
    assert.equal(old.status, 200, old.text);
    assert.equal(old.body.tenant.domain, before.domain);
    const moved = await server.call('GET', 'tariff/get', { auth: true, query: { portalName: afterwards.domain } });
    assert.equal(moved.body.tenant.tenantId, afterwards.tenantId);
  });

  test('BaseDomain is matched case-insensitively and stored normalised', async () => {
    const saved = await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: -1, key: 'basedomain', value: ' Portals2.Example.COM. ' },
    });
    assert.deepEqual([saved.status, saved.body], [200, { settings: 'portals2.example.com' }]);
    const read = await server.call('GET', 'settings/get', { auth: true, query: { TenantId: '-1', KEY: 'BASEDOMAIN' } });
    assert.deepEqual(read.body, { settings: 'portals2.example.com' });
    const tenant = await registerPortal(server);
    assert.equal(tenant.domain, `${tenant.portalName}.portals2.example.com`);
  });

  test('an invalid BaseDomain is refused with params and the old one stays', async () => {
    await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: -1, key: 'BaseDomain', value: 'kept.example.com' },
    });
    for (const value of [
      'not a domain',
      '-lead.example.com',
      'under_score.example.com',
      'a..b',
      '192.0.2.1',
      'https://x.example.com',
      `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.com`,
    ]) {
      const response = await server.call('POST', 'settings/save', {
        auth: true,
        json: { tenantId: -1, key: 'BaseDomain', value },
      });
      assert.equal(response.status, 400, `${value}: ${response.text}`);
      assert.equal(response.body.error, 'params');
      assert.match(response.body.message[0], /^value: BaseDomain must be/);
    }
    const read = await server.call('GET', 'settings/get', { auth: true, query: { tenantId: '-1', key: 'BaseDomain' } });
    assert.deepEqual(read.body, { settings: 'kept.example.com' });
  });

  test('an unset setting answers {}', async () => {
    const global = await server.call('GET', 'settings/get', {
      auth: true,
      query: { tenantId: '-1', key: randomKey() },
    });
    assert.deepEqual([global.status, global.body], [200, {}]);
    const tenant = await registerPortal(server);
    const portal = await server.call('GET', 'settings/get', {
      auth: true,
      query: { tenantId: String(tenant.tenantId), key: randomKey() },
    });
    assert.deepEqual([portal.status, portal.body], [200, {}]);
  });

  test('per-portal settings are kept apart from each other and from the global ones', async () => {
    const a = await registerPortal(server);
    const b = await registerPortal(server);
    const key = randomKey();
    await server.call('POST', 'settings/save', { auth: true, json: { portalName: a.portalName, key, value: 'for a' } });
    await server.call('POST', 'settings/save', {
      auth: true,
      form: { tenantId: String(b.tenantId), key, value: 'for b' },
    });
    await server.call('POST', 'settings/save', { auth: true, json: { tenantId: -1, key, value: 'global' } });
    const get = async (query: Record<string, string>) =>
      (await server.call('GET', 'settings/get', { auth: true, query: { ...query, key } })).body;
    assert.deepEqual(await get({ tenantId: String(a.tenantId) }), { settings: 'for a' });
    assert.deepEqual(await get({ portalName: b.domain }), { settings: 'for b' });
    assert.deepEqual(await get({ tenantId: '-1' }), { settings: 'global' });
    // Keys match in any case on every database; saving again replaces the value.
    await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: a.tenantId, key: key.toUpperCase(), value: 'a, again' },
    });
    assert.deepEqual(await get({ tenantId: String(a.tenantId) }), { settings: 'a, again' });
  });

  test('a per-portal BaseDomain is an ordinary setting and does not move new portals', async () => {
    await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: -1, key: 'BaseDomain', value: 'global.example.com' },
    });
    const tenant = await registerPortal(server);
    const saved = await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: tenant.tenantId, key: 'BaseDomain', value: 'anything at all' },
    });
    assert.deepEqual(saved.body, { settings: 'anything at all' });
    const next = await registerPortal(server);
    assert.equal(next.domain, `${next.portalName}.global.example.com`);
  });

  test('values are text: numbers and booleans are taken as their text, objects are refused', async () => {
    const key = randomKey();
    const number = await server.call('POST', 'settings/save', { auth: true, json: { tenantId: -1, key, value: 42 } });
    assert.deepEqual(number.body, { settings: '42' });
    const object = await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: -1, key, value: { a: 1 } },
    });
    assert.deepEqual([object.status, object.body], [400, { error: 'params', message: ['value: must be text'] }]);
  });

  test('missing key or value is params; a missing or unknown portal is portalNameEmpty / portalNameNotFound', async () => {
    const noKey = await server.call('GET', 'settings/get', { auth: true, query: { tenantId: '-1' } });
    assert.deepEqual([noKey.status, noKey.body], [400, { error: 'params', message: ['key is required'] }]);
    const noKeySave = await server.call('POST', 'settings/save', { auth: true, json: { tenantId: -1, value: 'x' } });
    assert.deepEqual(noKeySave.body, { error: 'params', message: ['key is required'] });
    const noValue = await server.call('POST', 'settings/save', { auth: true, json: { tenantId: -1, key: 'a' } });
    assert.deepEqual([noValue.status, noValue.body], [400, { error: 'params', message: ['value is required'] }]);
    const longKey = await server.call('GET', 'settings/get', {
      auth: true,
      query: { tenantId: '-1', key: 'k'.repeat(129) },
    });
    assert.deepEqual(longKey.body, { error: 'params', message: ['key must be at most 128 characters'] });
    const noPortal = await server.call('GET', 'settings/get', { auth: true, query: { key: 'a' } });
    assert.deepEqual([noPortal.status, noPortal.body.error], [400, 'portalNameEmpty']);
    const unknown = await server.call('POST', 'settings/save', {
      auth: true,
      json: { portalName: 'nosuchportal9', key: 'a', value: 'b' },
    });
    assert.deepEqual([unknown.status, unknown.body.error], [400, 'portalNameNotFound']);
    const zero = await server.call('GET', 'settings/get', { auth: true, query: { tenantId: '0', key: 'a' } });
    assert.equal(zero.body.error, 'portalNameNotFound');
  });

  test('settings methods need a token', async () => {
    for (const [method, path] of [
      ['GET', 'settings/get'],
      ['POST', 'settings/save'],
      ['POST', 'settings/checkdomain'],
    ] as const) {
      const params = { tenantId: '-1', key: 'BaseDomain', value: 'evil.example.com', hostName: 'localhost' };
      const response = await server.call(method, path, method === 'GET' ? { query: params } : { form: params });
      assert.deepEqual([response.status, response.body.error], [403, 'authorization'], path);
    }
    const read = await server.call('GET', 'settings/get', { auth: true, query: { tenantId: '-1', key: 'BaseDomain' } });
    assert.notEqual(read.body.settings, 'evil.example.com');
  });
});

describe('settings/checkdomain', () => {
  const server = useServer();

  test('a name that resolves to this machine is true', async () => {
    const response = await server.call('POST', 'settings/checkdomain', { auth: true, json: { hostName: 'localhost' } });
    assert.deepEqual([response.status, response.body], [200, { value: true }]);
  });

  test('a name that does not resolve is false, not an error', async () => {
    // .invalid never resolves (RFC 6761).
    const response = await server.call('POST', 'settings/checkdomain', {
      auth: true,
      form: { hostName: `nothing-${randomBytes(4).toString('hex')}.invalid` },
    });
    assert.deepEqual([response.status, response.body], [200, { value: false }]);
  });

  test('an empty name is hostNameEmpty, a malformed one hostNameInvalid', async () => {
    const empty = await server.call('POST', 'settings/checkdomain', { auth: true, json: { hostName: '' } });
    assert.deepEqual([empty.status, empty.body], [400, { error: 'hostNameEmpty', message: 'HostName is required' }]);
    const missing = await server.call('POST', 'settings/checkdomain', { auth: true });
    assert.equal(missing.body.error, 'hostNameEmpty');
    for (const hostName of ['bad_name.example.com', '-x.example.com', '127.0.0.1', 'a b']) {
      const invalid = await server.call('POST', 'settings/checkdomain', { auth: true, json: { hostName } });
      assert.deepEqual(
        [invalid.status, invalid.body],
        [400, { error: 'hostNameInvalid', message: 'HostName is invalid' }],
        hostName,
      );
    }
  });
});
