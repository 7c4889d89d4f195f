import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Client mistakes the databases would refuse (a 400 `params`, never a 500).
 * SQLite stores most of these silently; PostgreSQL refuses NUL characters, values longer than a
 * varchar column and numbers beyond a 32-bit integer column, and MySQL the last two — so this
 * file is run on every dialect (npm test with TEST_POSTGRES_URL / TEST_MYSQL_URL).
 */
describe('input the database cannot hold answers params, on every dialect', () => {
  let server: TestServer;
  let portalName: string;
  before(async () => {
    server = await startTestServer();
    const reg = registration();
    portalName = String(reg.portalName);
    const res = await server.call('POST', 'portal/register', { auth: true, json: reg });
    assert.equal(res.status, 201, res.text);
  });
  after(() => server.close({ drop: true }));

  function assertParams(
    res: { status: number; body: { error: string; message: unknown }; text: string },
    field: string,
  ): void {
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error, 'params', res.text);
    assert.ok(Array.isArray(res.body.message), res.text);
    assert.ok(
      (res.body.message as string[]).some((m) => m.includes(field)),
      res.text,
    );
  }

  for (const field of ['campaign', 'region', 'partnerId', 'affiliateId']) {
    it(`register answers params for a 300-character ${field}`, async () => {
      const res = await server.call('POST', 'portal/register', {
        auth: true,
        json: registration({ [field]: 'x'.repeat(300) }),
      });
      assertParams(res, field);
    });
  }

  it('register keeps a 255-character campaign of non-ASCII letters exactly', async () => {
    const campaign = 'é'.repeat(254) + '😀';
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ campaign }) });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.tenant.campaign, campaign);
  });

  it('register answers params for an industry beyond a 32-bit integer', async () => {
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ industry: 3_000_000_000 }),
    });
    assertParams(res, 'industry');
  });

  it('register answers params for a language tag longer than 35 characters', async () => {
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ language: 'en-abcdefgh-bcdefghi-cdefghij-defghijk-efghijkl' }),
    });
    assertParams(res, 'language');
  });

  it('register answers params for a NUL character in any text field', async () => {
    for (const [field, value] of [
      ['campaign', 'a\u0000b'],
      ['email', 'a\u0000b@example.com'],
      ['passwordHash', 'hash\u0000'],
    ] as const) {
      const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ [field]: value }) });
      assertParams(res, field);
    }
  });

  it('portal/status answers params for a 2000-character reason and for a NUL in it', async () => {
    for (const reason of ['r'.repeat(2000), 'r\u0000']) {
      const res = await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName, status: 'Suspended', reason },
      });
      assertParams(res, 'reason');
    }
    const check = await server.call('GET', 'portal/get', { auth: true, query: { portalName } });
    assert.equal(check.body.tenants[0]?.status, 'Active', 'a refused change changes nothing');
  });

  it('settings, tariffs, portal/get and signin answer params for a NUL character', async () => {
    const calls = [
      server.call('POST', 'settings/save', { auth: true, json: { tenantId: -1, key: 'note', value: 'a\u0000' } }),
      server.call('GET', 'settings/get', { auth: true, query: { tenantId: '-1', key: 'a\u0000' } }),
      server.call('PUT', 'tariff/set', { auth: true, json: { portalName, features: 'a\u0000' } }),
      server.call('GET', 'tariff/get', { auth: true, query: { portalName: 'ab\u0000cdef' } }),
      server.call('GET', 'portal/get', { auth: true, query: { email: 'a\u0000@example.com' } }),
      server.call('POST', 'portal/signin', { json: { email: 'a\u0000@example.com', password: 'whatever1' } }),
    ];
    for (const res of await Promise.all(calls)) assertParams(res, 'NUL');
  });

  it('a tenantId beyond a 32-bit integer names no portal (not a 500)', async () => {
    const tenantId = '3000000000';
    const found = await server.call('GET', 'portal/get', { auth: true, query: { tenantId } });
    assert.equal(found.status, 200, found.text);
    assert.deepEqual(found.body, { tenants: [] });
    for (const res of [
      await server.call('GET', 'tariff/get', { auth: true, query: { tenantId } }),
      await server.call('PUT', 'portal/status', { auth: true, query: { tenantId } }),
      await server.call('DELETE', 'portal/remove', { auth: true, query: { tenantId } }),
      await server.call('POST', 'settings/save', {
        auth: true,
        json: { tenantId: Number(tenantId), key: 'k', value: 'v' },
      }),
    ]) {
      assert.equal(res.status, 400, res.text);
      assert.equal(res.body.error, 'portalNameNotFound', res.text);
    }
  });
});
