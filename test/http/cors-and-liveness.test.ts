import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * Opt-in CORS for browser-based panels (CORS_ORIGINS): preflights answered before the token check,
 * the allowed origin on every API answer, nothing on the console or the portal pages, never
 * credentials; and GET /liveness, which answers without the database.
 */

const PANEL = 'https://panel.example.com';

/** A raw request (fetch), for what test-server's call() does not send: OPTIONS, Origin, a Host. */
async function raw(server: TestServer, method: string, path: string, headers: Record<string, string> = {}) {
  const res = await fetch(new URL(path, server.baseUrl), { method, headers });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

describe('CORS with a list of origins', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      env: {
        CORS_ORIGINS: `${PANEL}, http://localhost:3000`,
        ADMIN_EMAIL: 'cors-admin@example.com',
        ADMIN_PASSWORD: 'Cors-admin-1',
      },
    });
  });
  after(() => server.close({ drop: true }));

  it('answers a preflight on any API path with 204 and what the browser may send, before any token check', async () => {
    for (const path of [
      '/api/portal/register',
      '/apisystem/portal/get',
      '/apisystem/api/tariff/set',
      '/API/Portal/Get.json',
    ]) {
      const res = await raw(server, 'OPTIONS', path, {
        origin: PANEL,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type, idempotency-key',
      });
      assert.equal(res.status, 204, `${path}: ${res.text}`);
      assert.equal(res.text, '');
      assert.equal(res.headers.get('access-control-allow-origin'), PANEL);
      assert.match(res.headers.get('access-control-allow-methods') ?? '', /GET.*POST.*PUT.*DELETE/);
      const allowed = (res.headers.get('access-control-allow-headers') ?? '').toLowerCase();
      for (const header of ['authorization', 'content-type', 'idempotency-key']) assert.ok(allowed.includes(header));
      assert.equal(res.headers.get('access-control-allow-credentials'), null, 'never credentials');
      assert.match(res.headers.get('vary') ?? '', /Origin/);
    }
  });

  it('a preflight carrying a wrong token is still 204: the token is checked on the call, not the preflight', async () => {
    const res = await raw(server, 'OPTIONS', '/api/portal/get', { origin: PANEL, authorization: 'ASC x:1:y' });
    assert.equal(res.status, 204);
  });

  it('every API answer to an allowed origin names it, errors included', async () => {
    const ok = await server.call('GET', 'portal/get', { auth: true, headers: { origin: 'http://localhost:3000' } });
    assert.equal(ok.status, 200);
    assert.equal(ok.headers.get('access-control-allow-origin'), 'http://localhost:3000');
    assert.match(ok.headers.get('access-control-expose-headers') ?? '', /Retry-After/);
    const created = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration(),
      headers: { origin: PANEL },
    });
    assert.equal(created.status, 201);
    assert.equal(created.headers.get('access-control-allow-origin'), PANEL);
    const denied = await server.call('GET', 'portal/get', { headers: { origin: PANEL } });
    assert.equal(denied.status, 403);
    assert.equal(denied.headers.get('access-control-allow-origin'), PANEL, 'the panel can read why it failed');
    const unknown = await server.call('GET', '/api/portal/nothing', { headers: { origin: PANEL } });
    assert.equal(unknown.status, 404);
    assert.equal(unknown.headers.get('access-control-allow-origin'), PANEL);
  });

  it('an origin not listed gets no CORS headers (its browser refuses the answer)', async () => {
    const preflight = await raw(server, 'OPTIONS', '/api/portal/get', { origin: 'https://evil.example.net' });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
    assert.equal(preflight.headers.get('access-control-allow-methods'), null);
    const call = await server.call('GET', 'portal/test', { headers: { origin: 'https://evil.example.net' } });
    assert.equal(call.status, 200);
    assert.equal(call.headers.get('access-control-allow-origin'), null);
    assert.match(call.headers.get('vary') ?? '', /Origin/, 'caches keep the answers of different origins apart');
  });

  it('never on the console, the portal pages, /health or /liveness', async () => {
    const paths = ['/console/signin', '/health', '/liveness', '/openapi.json'];
    for (const path of paths) {
      const get = await raw(server, 'GET', path, { origin: PANEL });
      assert.equal(get.headers.get('access-control-allow-origin'), null, path);
      const preflight = await raw(server, 'OPTIONS', path, { origin: PANEL });
      assert.notEqual(preflight.status, 204, `${path} answers no preflight`);
      assert.equal(preflight.headers.get('access-control-allow-origin'), null, path);
    }
    const registered = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    const host = new URL(registered.body.reference).host;
    const portalPage = await server.app.inject({ method: 'GET', url: '/signin', headers: { host, origin: PANEL } });
    assert.equal(portalPage.statusCode, 200);
    assert.equal(portalPage.headers['access-control-allow-origin'], undefined);
  });
});

describe('CORS with *', () => {
  const server = useServer({ env: { CORS_ORIGINS: '*' } });

  it('allows any origin with *, never with credentials, without Vary', async () => {
    const preflight = await raw(server, 'OPTIONS', '/apisystem/portal/validateportalname', {
      origin: 'https://anywhere.example.org',
    });
    assert.equal(preflight.status, 204);
    assert.equal(preflight.headers.get('access-control-allow-origin'), '*');
    assert.equal(preflight.headers.get('access-control-allow-credentials'), null);
    const call = await server.call('POST', 'portal/validateportalname', {
      json: { portalName: 'ab' },
      headers: { origin: 'https://anywhere.example.org' },
    });
    assert.equal(call.headers.get('access-control-allow-origin'), '*');
    assert.equal(call.headers.get('access-control-allow-credentials'), null);
    assert.equal(call.headers.get('vary'), null);
  });
});

describe('without CORS_ORIGINS', () => {
  const server = useServer();

  it('sends no CORS headers, and OPTIONS is the JSON 405 it always was', async () => {
    const call = await server.call('GET', 'portal/test', { headers: { origin: PANEL } });
    assert.equal(call.headers.get('access-control-allow-origin'), null);
    const preflight = await raw(server, 'OPTIONS', '/api/portal/get', { origin: PANEL });
    assert.equal(preflight.status, 405);
    assert.equal(JSON.parse(preflight.text).error, 'methodNotAllowed');
    assert.equal(preflight.headers.get('access-control-allow-origin'), null);
  });

  it('GET /liveness answers {"status":"ok"} without the database; /health still asks it', async () => {
    const live = await raw(server, 'GET', '/liveness');
    assert.deepEqual([live.status, JSON.parse(live.text)], [200, { status: 'ok' }]);
    // With the database gone, liveness is unchanged while health reports the outage.
    const ping = server.store.ping;
    server.store.ping = async () => false;
    try {
      const health = await raw(server, 'GET', '/health');
      assert.equal(health.status, 503);
      const stillLive = await raw(server, 'GET', '/liveness');
      assert.deepEqual([stillLive.status, JSON.parse(stillLive.text)], [200, { status: 'ok' }]);
    } finally {
      server.store.ping = ping;
    }
  });
});
