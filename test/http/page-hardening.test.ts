import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { recordingProtection } from '../helpers/recording-protection.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { registerPortal } from '../helpers/builders.js';

/** A new portal's host name. */
async function portalHost(server: TestServer): Promise<string> {
  return (await registerPortal(server)).domain;
}

describe('a malformed body on a portal page', () => {
  const lines: string[] = [];
  let server: TestServer;
  let host: string;
  before(async () => {
    server = await startTestServer({
      env: { LOG_LEVEL: 'info' },
      logDestination: { write: (line) => void lines.push(line) },
    });
    host = await portalHost(server);
  });
  after(() => server.close({ drop: true }));

  for (const path of ['/signin', '/confirm']) {
    it(`POST ${path} with Content-Type: application/json and body "{" → a 400 page, no error log`, async () => {
      const before = lines.length;
      const res = await server.app.inject({
        method: 'POST',
        url: path,
        headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
        payload: '{',
      });
      assert.equal(res.statusCode, 400, res.body);
      assert.match(String(res.headers['content-type']), /^text\/html/);
      assert.match(res.body, /<h1>Bad request<\/h1>/);
      const logged = lines.slice(before).map((line) => JSON.parse(line) as { level: number; err?: { stack?: string } });
      assert.deepEqual(
        logged.filter((entry) => entry.level >= 50),
        [],
        'nothing logged as an error',
      );
      assert.ok(
        logged.every((entry) => entry.err?.stack === undefined),
        'no stack logged',
      );
    });
  }
});

describe('behind a trusted proxy (TRUST_PROXY)', () => {
  const limiter = recordingProtection();
  let server: TestServer;
  let portalA: string;
  let portalB: string;
  before(async () => {
    server = await startTestServer({
      env: { TRUST_PROXY: '127.0.0.1' },
      overrides: { protection: limiter.protection },
    });
    portalA = await portalHost(server);
    portalB = await portalHost(server);
  });
  after(() => server.close({ drop: true }));

  it('X-Forwarded-Host never picks the portal: the Host the proxy passes does', async () => {
    const other = await server.app.inject({
      method: 'GET',
      url: '/signin',
      headers: { host: 'api.example.net', 'x-forwarded-host': portalA },
    });
    assert.equal(other.statusCode, 404);
    assert.deepEqual(JSON.parse(other.body), { error: 'notFound', message: 'No such method' });

    const a = await server.app.inject({
      method: 'GET',
      url: '/signin',
      headers: { host: portalA, 'x-forwarded-host': portalB },
    });
    assert.equal(a.statusCode, 200);
    assert.ok(a.body.includes(portalA), 'the page of the Host header');
    assert.ok(!a.body.includes(portalB));
  });

  it('a forwarded address that is not an IP address counts as absent: the peer address is the key', async () => {
    const start = limiter.attempts.length;
    for (const forwarded of ['not-an-ip', 'x'.repeat(40), '203.0.113.9, bogus']) {
      await server.call('POST', 'portal/signin', {
        headers: { 'x-forwarded-for': forwarded },
        json: { email: 'a@example.com', password: 'whatever 1' },
      });
    }
    await server.call('POST', 'portal/signin', {
      headers: { 'x-forwarded-for': '203.0.113.9' },
      json: { email: 'a@example.com', password: 'whatever 1' },
    });
    assert.deepEqual(limiter.attempts.slice(start), ['127.0.0.1', '127.0.0.1', '127.0.0.1', '203.0.113.9']);
  });
});

describe('Strict-Transport-Security on the pages', () => {
  it('is sent with PUBLIC_SCHEME=https, on pages and on the API alike', async () => {
    const server = await startTestServer({ env: { PUBLIC_SCHEME: 'https', PUBLIC_PORT: '443' } });
    try {
      const host = await portalHost(server);
      const page = await server.app.inject({ method: 'GET', url: '/signin', headers: { host } });
      assert.equal(page.statusCode, 200);
      assert.equal(page.headers['strict-transport-security'], 'max-age=31536000');
      const api = await server.call('GET', 'portal/test');
      // Harmless over plain HTTP inside a network (browsers heed it only over https), and one
      // rule for every answer leaves no surface without it.
      assert.equal(api.headers.get('strict-transport-security'), 'max-age=31536000');
    } finally {
      await server.close({ drop: true });
    }
  });

  it('is not sent with PUBLIC_SCHEME=http', async () => {
    const server = await startTestServer();
    try {
      const host = await portalHost(server);
      const page = await server.app.inject({ method: 'GET', url: '/signin', headers: { host } });
      assert.equal(page.headers['strict-transport-security'], undefined);
    } finally {
      await server.close({ drop: true });
    }
  });
});
