import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { registerPortal } from '../helpers/builders.js';

describe('people/find', () => {
  let server: TestServer;
  before(async () => {
    // A public HTTPS origin, so links have no port: https://<domain>.
    server = await startTestServer({ env: { PUBLIC_SCHEME: 'https', PUBLIC_PORT: '443' } });
  });
  after(async () => server.close({ drop: true }));

  test('finds owners by a userIds array: id, name, email and a link to their portal, in the order asked', async () => {
    const a = await registerPortal(server, { firstName: 'Grace', lastName: 'Hopper' });
    const b = await registerPortal(server, { firstName: 'Émile', lastName: "O'Neil-Zoë" });
    const response = await server.call('POST', 'people/find', {
      auth: true,
      json: { userIds: [b.ownerId, a.ownerId] },
    });
    assert.equal(response.status, 200, response.text);
    const people = [
      { id: b.ownerId, name: "Émile O'Neil-Zoë", email: b.email, link: `https://${b.domain}` },
      { id: a.ownerId, name: 'Grace Hopper', email: a.email, link: `https://${a.domain}` },
    ];
    // The same list under both names: DocSpace-era callers read `result`, the control panel `response`.
    assert.deepEqual(response.body, { result: people, response: people });
  });

  test('accepts a bare JSON array body', async () => {
    const a = await registerPortal(server);
    const response = await server.call('POST', 'people/find', { auth: true, json: [a.ownerId] });
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(
      response.body.result.map((p: { id: string }) => p.id),
      [a.ownerId],
    );
  });

  test('accepts repeated form fields, a comma-separated list, any case of the name and of the ids', async () => {
    const a = await registerPortal(server);
    const b = await registerPortal(server);
    const form = await server.call('POST', 'people/find', {
      auth: true,
      body: `userIds=${a.ownerId}&userIds=${b.ownerId}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.deepEqual(
      form.body.result.map((p: { id: string }) => p.id),
      [a.ownerId, b.ownerId],
    );
    const comma = await server.call('POST', 'people/find', {
      auth: true,
      json: { USERIDS: `${b.ownerId.toUpperCase()}, ${a.ownerId}` },
    });
    assert.deepEqual(
      comma.body.result.map((p: { id: string }) => p.id),
      [b.ownerId, a.ownerId],
    );
  });

  test('unknown ids are left out and duplicates answered once; an empty list finds nobody', async () => {
    const a = await registerPortal(server);
    const response = await server.call('POST', 'people/find', {
      auth: true,
      json: { userIds: [randomUUID(), a.ownerId, a.ownerId] },
    });
    assert.deepEqual(
      response.body.result.map((p: { id: string }) => p.id),
      [a.ownerId],
    );
    const empty = await server.call('POST', 'people/find', { auth: true, json: [] });
    assert.deepEqual([empty.status, empty.body], [200, { result: [], response: [] }]);
  });

  test('owners of removed portals are not found', async () => {
    const a = await registerPortal(server);
    await server.call('DELETE', 'portal/remove', { auth: true, query: { tenantId: String(a.tenantId) } });
    const response = await server.call('POST', 'people/find', { auth: true, json: { userIds: [a.ownerId] } });
    assert.deepEqual(response.body, { result: [], response: [] });
  });

  test('a suspended portal’s owner is still found', async () => {
    const a = await registerPortal(server);
    await server.call('PUT', 'portal/status', { auth: true, json: { tenantId: a.tenantId, status: 'Suspended' } });
    const response = await server.call('POST', 'people/find', { auth: true, json: { userIds: [a.ownerId] } });
    assert.equal(response.body.result.length, 1);
  });

  test('missing userIds, a malformed id, a wrong shape or too many ids are params errors', async () => {
    const missing = await server.call('POST', 'people/find', { auth: true, json: {} });
    assert.deepEqual([missing.status, missing.body], [400, { error: 'params', message: ['userIds is required'] }]);
    const malformed = await server.call('POST', 'people/find', {
      auth: true,
      json: { userIds: [randomUUID(), 'not-a-uuid'] },
    });
    assert.deepEqual(
      [malformed.status, malformed.body],
      [400, { error: 'params', message: ['userIds: "not-a-uuid" is not a UUID'] }],
    );
    const objects = await server.call('POST', 'people/find', { auth: true, json: [{ id: randomUUID() }] });
    assert.deepEqual([objects.status, objects.body.error], [400, 'params']);
    assert.match(objects.body.message[0], /^userIds\.0: must be text$/);
    const tooMany = await server.call('POST', 'people/find', {
      auth: true,
      json: Array.from({ length: 1001 }, () => randomUUID()),
      headers: { 'content-type': 'application/json' },
    });
    assert.deepEqual(
      [tooMany.status, tooMany.body],
      [400, { error: 'params', message: ['userIds: at most 1000 ids per call'] }],
    );
  });

  test('people/find needs a token', async () => {
    const response = await server.call('POST', 'people/find', { json: [randomUUID()] });
    assert.deepEqual([response.status, response.body.error], [403, 'authorization']);
  });
});
