import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/** GET /docs: the interactive reference, served from the installed package, on the API's host only. */

describe('GET /docs', () => {
  let server: TestServer;
  let portalHost: string;

  before(async () => {
    server = await startTestServer();
    const body = registration();
    const res = await server.call('POST', 'portal/register', { auth: true, json: body });
    assert.equal(res.status, 201);
    portalHost = `${body.portalName}.localhost`;
  });
  after(() => server.close({ drop: true }));

  it('serves the reference page and its scripts from this server (no CDN), under a strict content security policy', async () => {
    const res = await fetch(`${server.baseUrl}/docs`);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /script-src 'self'/);
    assert.match(csp, /connect-src 'self'/);
    const html = await res.text();
    assert.doesNotMatch(html, /https?:\/\//, 'the page loads nothing from elsewhere');
    const assets = [...html.matchAll(/(?:src|href)="(\/docs\/[^"]+)"/g)].map((m) => m[1] ?? '');
    assert.deepEqual(assets.sort(), [
      '/docs/favicon-32x32.png',
      '/docs/start.js',
      '/docs/swagger-ui-bundle.js',
      '/docs/swagger-ui.css',
    ]);
    for (const asset of assets) {
      const file = await fetch(`${server.baseUrl}${asset}`);
      assert.equal(file.status, 200, asset);
      assert.ok((await file.arrayBuffer()).byteLength > 100, asset);
    }
    const start = await (await fetch(`${server.baseUrl}/docs/start.js`)).text();
    assert.match(start, /url: "\/openapi\.json"/);
    assert.equal((await fetch(`${server.baseUrl}/docs/`)).status, 200, 'a trailing slash works too');
  });

  it('does not exist on a portal host (known or not): the JSON 404, and the portal pages still answer there', async () => {
    // fetch() cannot set Host: these requests go through Fastify's inject, as the page tests do.
    const get = (url: string, host: string) => server.app.inject({ method: 'GET', url, headers: { host } });
    for (const host of [portalHost, `${portalHost}:8092`, 'nosuchportal.localhost']) {
      const res = await get('/docs', host);
      assert.equal(res.statusCode, 404, host);
      assert.deepEqual(res.json(), { error: 'notFound', message: 'No such method' });
      assert.equal((await get('/docs/swagger-ui-bundle.js', host)).statusCode, 404, host);
    }
    assert.equal((await get('/docs', '127.0.0.1:8092')).statusCode, 200);
    const signin = await get('/signin', portalHost);
    assert.equal(signin.statusCode, 200);
    assert.match(signin.body, /<form/);
    const spec = await get('/openapi.json', portalHost);
    assert.equal(spec.statusCode, 200, 'the description, like the API, answers on every host');
  });

  it('keeps the JSON 404 for unknown paths next to it', async () => {
    const res = await fetch(`${server.baseUrl}/docs/nothing.js`);
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { error: 'notFound', message: 'No such method' });
  });
});

describe('DOCS_ENABLED=false', () => {
  const server = useServer({ env: { DOCS_ENABLED: 'false' } });

  it('answers /docs with the JSON 404 but still serves /openapi.json (the API it describes is still served)', async () => {
    const docs = await fetch(`${server.baseUrl}/docs`);
    assert.equal(docs.status, 404);
    assert.deepEqual(await docs.json(), { error: 'notFound', message: 'No such method' });
    const spec = await fetch(`${server.baseUrl}/openapi.json`);
    assert.equal(spec.status, 200);
    assert.equal(((await spec.json()) as { openapi: string }).openapi, '3.1.0');
  });
});
