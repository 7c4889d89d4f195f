import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { randomPortalName, registration } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

describe('routes, request reading and error bodies', () => {
  const server = useServer({ env: { BODY_LIMIT: '2048' } });

  for (const path of [
    '/api/portal/test',
    '/apisystem/portal/test',
    '/apisystem/api/portal/test',
    '/API/Portal/Test',
    '/api/portal/test/',
    '/api/portal/test.json',
  ]) {
    it(`serves ${path}`, async () => {
      const res = await server.call('GET', path);
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { value: 'Portal api works' });
    });
  }

  it('answers /health once the database answers', async () => {
    const res = await server.call('GET', '/health');
    assert.deepEqual([res.status, res.body], [200, { status: 'ok' }]);
  });

  it('validates a free name with portalNameReadyToRegister, under any prefix', async () => {
    for (const prefix of ['/api', '/apisystem', '/apisystem/api']) {
      const res = await server.call('POST', `${prefix}/portal/validateportalname`, {
        json: { portalName: randomPortalName() },
      });
      assert.deepEqual([res.status, res.body], [200, { message: 'portalNameReadyToRegister' }]);
    }
  });

  it('validates names with the documented error codes and exact messages', async () => {
    const cases: Array<[unknown, string, string]> = [
      ['', 'portalNameEmpty', 'PortalName is required'],
      ['ab', 'tooShortError', 'Portal name is too short'],
      ['bad.name', 'portalNameIncorrect', 'Unallowable symbols in portalName'],
      // Three letters are long enough (PORTAL_NAME_MIN 3): www is refused as reserved, not as short.
      ['www', 'portalNameExist', 'Portal already exists'],
      ['support', 'portalNameExist', 'Portal already exists'],
      ['identity-us-east-2', 'portalNameExist', 'Portal already exists'],
    ];
    for (const [portalName, error, message] of cases) {
      const res = await server.call('POST', 'portal/validateportalname', { form: { portalName: String(portalName) } });
      assert.equal(res.status, 400);
      assert.equal(res.body.error, error, String(portalName));
      assert.equal(res.body.message, message);
    }
    const long = await server.call('POST', 'portal/validateportalname', { json: { portalName: 'a'.repeat(64) } });
    assert.equal(long.body.error, 'portalNameTooLong');
    assert.match(long.body.message, /too long/);
  });

  it('validates a taken name with variants that are all free and valid', async () => {
    const portalName = randomPortalName('v');
    await server.call('POST', 'portal/register', { auth: true, json: registration({ portalName }) });
    await server.call('POST', 'portal/register', { auth: true, json: registration({ portalName: `${portalName}2` }) });
    const res = await server.call('POST', 'portal/validateportalname', { query: { portalName } });
    assert.equal(res.body.error, 'portalNameExist');
    assert.ok(!res.body.variants.includes(`${portalName}2`), 'a taken variant is not offered');
    assert.ok(res.body.variants.length >= 1 && res.body.variants.length <= 10);
  });

  it('answers an unknown path with a JSON 404', async () => {
    const res = await server.call('GET', '/api/portal/nothing');
    assert.equal(res.status, 404);
    assert.deepEqual(res.body, { error: 'notFound', message: 'No such method' });
    assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  });

  it('answers a known path with the wrong verb with a JSON 405', async () => {
    const res = await server.call('DELETE', '/apisystem/portal/register');
    assert.equal(res.status, 405);
    assert.equal(res.body.error, 'methodNotAllowed');
  });

  it('answers invalid JSON with params, not a crash', async () => {
    const res = await server.call('POST', 'portal/validateportalname', {
      body: '{"portalName": ',
      headers: { 'content-type': 'application/json' },
    });
    assert.equal(res.status, 400);
    assert.deepEqual(res.body, { error: 'params', message: ['The request body is not valid JSON'] });
  });

  it('reads a body without Content-Type, as JSON or as a form', async () => {
    const json = await server.call('POST', 'portal/validateportalname', {
      body: '{"portalName":"ab"}',
      headers: { 'content-type': '' },
    });
    assert.equal(json.body.error, 'tooShortError');
    const form = await server.call('POST', 'portal/validateportalname', {
      body: 'portalName=ab',
      headers: { 'content-type': 'text/plain' },
    });
    assert.equal(form.body.error, 'tooShortError');
  });

  it('answers a body over the limit with 413 params', async () => {
    const res = await server.call('POST', 'portal/validateportalname', { json: { portalName: 'x'.repeat(5000) } });
    assert.equal(res.status, 413);
    assert.equal(res.body.error, 'params');
  });

  it('never answers HTML', async () => {
    for (const path of ['/', '/api', '/api/portal', '/apisystem/api/tariff/unknown']) {
      const res = await server.call('GET', path);
      assert.equal(res.status, 404, path);
      assert.equal(res.body.error, 'notFound');
    }
  });
});
