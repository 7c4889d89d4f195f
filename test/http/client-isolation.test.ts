import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { callWith, createTestClient, randomClientId, type TestClient } from '../helpers/client-auth.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { registerPortal, registration, type RegisteredPortal } from '../helpers/builders.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * A client sees and changes only its own portals: another client's portal does not exist for it
 * (portalNameNotFound, an empty list, absent items), never "forbidden".
 */

const ALL_PORTAL_SCOPES = 'portals:read,portals:write,billing,usage,settings';

/** A portal and its owner's password. */
type Portal = RegisteredPortal & { readonly password: string };

/** A portal registered with an owner password, as `auth` (a client's header, or true: the operator). */
async function registerAs(
  server: TestServer,
  auth: boolean | string,
  fields: Record<string, unknown> = {},
): Promise<Portal> {
  const password = `Pw-${randomBytes(6).toString('hex')}`;
  return { ...(await registerPortal(server, { password, ...fields }, { auth })), password };
}

describe('client isolation', () => {
  let server: TestServer;
  let a: TestClient;
  let b: TestClient;
  before(async () => {
    server = await startTestServer();
    a = await createTestClient(server, { scopes: ALL_PORTAL_SCOPES });
    b = await createTestClient(server, { scopes: ALL_PORTAL_SCOPES });
  });
  after(() => server.close({ drop: true }));

  /** How each method names a portal, and what success looks like on the caller's own portal. */
  interface Case {
    readonly method: string;
    readonly path: string;
    readonly params: (p: Portal) => Record<string, unknown>;
  }
  const byName =
    (extra: Record<string, unknown> = {}) =>
    (p: Portal) => ({ portalName: p.portalName, ...extra });
  const byId =
    (extra: Record<string, unknown> = {}) =>
    (p: Portal) => ({ tenantId: p.tenantId, ...extra });
  const byDomain =
    (extra: Record<string, unknown> = {}) =>
    (p: Portal) => ({ portalName: p.domain.toUpperCase(), ...extra });
  const cases: Case[] = [
    { method: 'PUT', path: 'portal/status', params: byName({ status: 'Suspended' }) },
    { method: 'PUT', path: 'portal/status', params: byId({ status: 'Active' }) },
    { method: 'PUT', path: 'portal/status', params: byDomain({ status: 'Active' }) },
    { method: 'GET', path: 'tariff/get', params: byName() },
    { method: 'GET', path: 'tariff/get', params: byId() },
    { method: 'GET', path: 'tariff/get', params: byDomain() },
    { method: 'PUT', path: 'tariff/set', params: byName({ activeUsers: 42 }) },
    { method: 'PUT', path: 'tariff/set', params: byId({ maxTotalSize: 1000 }) },
    { method: 'GET', path: 'settings/get', params: byName({ key: 'color' }) },
    { method: 'GET', path: 'settings/get', params: byId({ key: 'color' }) },
    { method: 'POST', path: 'settings/save', params: byName({ key: 'color', value: 'blue' }) },
    { method: 'POST', path: 'settings/save', params: byId({ key: 'color', value: 'red' }) },
    { method: 'PUT', path: 'portal/usage', params: byName({ usedSize: 5 }) },
    { method: 'PUT', path: 'portal/usage', params: byId({ usersCount: 3 }) },
    // Last: it removes the portal.
    { method: 'DELETE', path: 'portal/remove', params: byName() },
  ];

  it("every method that names a portal: another client's portal is portalNameNotFound, the caller's own works", async () => {
    const mine = await registerAs(server, a.auth());
    const theirs = await registerAs(server, b.auth());
    for (const { method, path, params } of cases) {
      const foreign = await callWith(server, method, path, a.auth(), params(theirs));
      assert.equal(foreign.status, 400, `${method} ${path} ${JSON.stringify(params(theirs))}: ${foreign.text}`);
      assert.deepEqual(foreign.body, { error: 'portalNameNotFound', message: 'Portal not found' });
      const own = await callWith(server, method, path, a.auth(), params(mine));
      assert.equal(own.status, 200, `${method} ${path} on its own portal: ${own.text}`);
    }
    // B's portal is untouched by all of A's attempts.
    const t = await server.call('GET', 'tariff/get', { auth: b.auth(), query: { portalName: theirs.portalName } });
    assert.equal(t.body.tenant.status, 'Active');
    assert.notEqual(t.body.tariff.activeUsers, 42);
    assert.notEqual(t.body.tariff.maxTotalSize, 1000);
    assert.equal(t.body.usage.usedSize, 0);
    assert.deepEqual(
      (
        await server.call('GET', 'settings/get', {
          auth: b.auth(),
          query: { portalName: theirs.portalName, key: 'color' },
        })
      ).body,
      {},
    );
  });

  it("portal/get names another client's portal: an empty list; its own portals only without a filter", async () => {
    const mine = await registerAs(server, a.auth());
    const theirs = await registerAs(server, b.auth());
    const operators = await registerAs(server, true);
    const foreignQueries: Array<Record<string, string>> = [
      { portalName: theirs.portalName },
      { tenantId: String(theirs.tenantId) },
      { portalName: theirs.domain },
      { email: theirs.email },
      { clientId: b.clientId },
    ];
    for (const query of foreignQueries) {
      const res = await server.call('GET', 'portal/get', { auth: a.auth(), query });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.body, { tenants: [] }, JSON.stringify(query));
    }
    const operatorQueries: Array<Record<string, string>> = [
      { portalName: operators.portalName },
      { tenantId: String(operators.tenantId) },
    ];
    for (const query of operatorQueries) {
      assert.deepEqual((await server.call('GET', 'portal/get', { auth: a.auth(), query })).body, { tenants: [] });
    }
    const own = await server.call('GET', 'portal/get', { auth: a.auth(), query: { portalName: mine.portalName } });
    assert.deepEqual(
      own.body.tenants.map((t: { tenantId: number }) => t.tenantId),
      [mine.tenantId],
    );
    const all = await server.call('GET', 'portal/get', { auth: a.auth(), query: { status: 'all' } });
    assert.ok(all.body.tenants.length > 0);
    assert.ok(
      all.body.tenants.every((t: { clientId: string }) => t.clientId === a.clientId),
      'only its own portals',
    );
    const stats = await server.call('GET', 'portal/get', {
      auth: a.auth(),
      query: { statistics: 'true', status: 'all' },
    });
    assert.ok(stats.body.tenants.every((t: { clientId: string }) => t.clientId === a.clientId));
  });

  it("people/find with another client's owner id: the item is simply absent", async () => {
    const mine = await registerAs(server, a.auth());
    const theirs = await registerAs(server, b.auth());
    const operators = await registerAs(server, true);
    const res = await server.call('POST', 'people/find', {
      auth: a.auth(),
      json: { userIds: [theirs.ownerId, mine.ownerId, operators.ownerId] },
    });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(
      res.body.result.map((p: { id: string }) => p.id),
      [mine.ownerId],
    );
    assert.deepEqual(res.body.response, res.body.result);
    const onlyTheirs = await server.call('POST', 'people/find', { auth: a.auth(), json: [theirs.ownerId] });
    assert.deepEqual(onlyTheirs.body, { result: [], response: [] });
    const operator = await server.call('POST', 'people/find', {
      auth: true,
      json: { userIds: [theirs.ownerId, mine.ownerId] },
    });
    assert.equal(operator.body.result.length, 2);
  });

  it("portal/signin as a client lists only its own portals; another client's owner alone is invalid credentials", async () => {
    const email = `shared-${randomBytes(4).toString('hex')}@example.com`;
    const password = `Shared-${randomBytes(6).toString('hex')}`;
    const mine = await registerAs(server, a.auth(), { email, password });
    const theirs = await registerAs(server, b.auth(), { email, password });
    const signin = (auth: boolean | string, body: Record<string, unknown> = { email, password }) =>
      server.call('POST', 'portal/signin', { auth, json: body });
    const hosts = (res: { body: { tenants: Array<{ portalName: string }> } }) =>
      res.body.tenants.map((t) => new URL(t.portalName).hostname).sort();
    const asA = await signin(a.auth());
    assert.equal(asA.status, 200, asA.text);
    assert.deepEqual(hosts(asA), [mine.domain]);
    const asB = await signin(b.auth());
    assert.deepEqual(hosts(asB), [theirs.domain]);
    const asOperator = await signin(true);
    assert.deepEqual(hosts(asOperator), [mine.domain, theirs.domain].sort());

    const onlyB = await registerAs(server, b.auth());
    const refused = await signin(a.auth(), { email: onlyB.email, password: onlyB.password });
    assert.equal(refused.status, 400);
    assert.deepEqual(refused.body, { error: 'params', message: ['Invalid login or password.'] });
  });

  it('validateportalname still reports a name another client holds (names are global)', async () => {
    const theirs = await registerAs(server, b.auth());
    const res = await server.call('POST', 'portal/validateportalname', {
      auth: a.auth(),
      json: { portalName: theirs.portalName },
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'portalNameExist');
    const taken = await server.call('POST', 'portal/register', {
      auth: a.auth(),
      json: registration({ portalName: theirs.portalName }),
    });
    assert.equal(taken.body.error, 'portalNameExist');
  });

  it('global settings (tenantId=-1) are 403 forbidden for a client, read and write; the operator may', async () => {
    const get = await server.call('GET', 'settings/get', {
      auth: a.auth(),
      query: { tenantId: '-1', key: 'BaseDomain' },
    });
    assert.equal(get.status, 403, get.text);
    assert.deepEqual(get.body, { error: 'forbidden', message: 'Only the operator may call this method' });
    const save = await server.call('POST', 'settings/save', {
      auth: a.auth(),
      json: { tenantId: -1, key: 'somekey', value: 'v' },
    });
    assert.equal(save.status, 403, save.text);
    assert.deepEqual(save.body, { error: 'forbidden', message: 'Only the operator may call this method' });
    assert.deepEqual(
      (await server.call('GET', 'settings/get', { auth: true, query: { tenantId: '-1', key: 'somekey' } })).body,
      {},
      'nothing was saved',
    );
    const operator = await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: -1, key: 'somekey', value: 'v' },
    });
    assert.equal(operator.status, 200, operator.text);
  });

  it("a client's partnerId marks its portals unless the request gives one", async () => {
    const partner = await createTestClient(server, { partnerId: 'reseller-7' });
    const plain = await server.call('POST', 'portal/register', { auth: partner.auth(), json: registration() });
    assert.equal(plain.body.tenant.partnerId, 'reseller-7');
    const named = await server.call('POST', 'portal/register', {
      auth: partner.auth(),
      json: registration({ partnerId: 'own-partner' }),
    });
    assert.equal(named.body.tenant.partnerId, 'own-partner');
    const byEmail = await server.call('POST', 'portal/registerbyemail', {
      auth: partner.auth(),
      json: { email: `pe-${randomBytes(3).toString('hex')}@example.com` },
    });
    assert.equal(byEmail.status, 201, byEmail.text);
    assert.equal(byEmail.body.tenant.partnerId, 'reseller-7');
    const stored = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(plain.body.tenant.tenantId) },
    });
    assert.equal(stored.body.tenants[0].partnerId, 'reseller-7');
    // A client without a partnerId leaves it null; the operator's portals have none either.
    assert.equal(
      (await server.call('POST', 'portal/register', { auth: a.auth(), json: registration() })).body.tenant.partnerId,
      null,
    );
  });
});

describe('PUT portal/client and the operator clientId filter', () => {
  const server = useServer();

  it('moves a portal to another client: the new client sees it, the old one no longer does', async () => {
    const a = await createTestClient(server);
    const b = await createTestClient(server);
    const portal = await registerAs(server, a.auth());
    const moved = await server.call('PUT', 'portal/client', {
      auth: true,
      json: { portalName: portal.portalName, clientId: b.clientId },
    });
    assert.equal(moved.status, 200, moved.text);
    assert.equal(moved.body.tenant.clientId, b.clientId);
    assert.equal(moved.body.tenant.tenantId, portal.tenantId);
    assert.deepEqual(
      (await server.call('GET', 'portal/get', { auth: a.auth(), query: { portalName: portal.portalName } })).body,
      { tenants: [] },
    );
    const seen = await server.call('GET', 'tariff/get', { auth: b.auth(), query: { portalName: portal.portalName } });
    assert.equal(seen.status, 200);
    assert.equal(seen.body.tenant.clientId, b.clientId);
    assert.equal(
      (await server.call('GET', 'client/get', { auth: true, query: { clientId: a.clientId } })).body.client.portalCount,
      0,
    );
    assert.equal(
      (await server.call('GET', 'client/get', { auth: true, query: { clientId: b.clientId } })).body.client.portalCount,
      1,
    );
  });

  it("an empty clientId makes it the operator's (no client)", async () => {
    const a = await createTestClient(server);
    const portal = await registerAs(server, a.auth());
    for (const body of [{ tenantId: portal.tenantId, clientId: '' }, { tenantId: portal.tenantId }]) {
      const res = await server.call('PUT', 'portal/client', { auth: true, json: body });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.tenant.clientId, null);
    }
    assert.equal(
      (await server.call('GET', 'tariff/get', { auth: a.auth(), query: { tenantId: String(portal.tenantId) } })).body
        .error,
      'portalNameNotFound',
    );
  });

  it("checks the target client's maxPortals", async () => {
    const full = await createTestClient(server, { maxPortals: 1 });
    await registerAs(server, full.auth());
    const other = await registerAs(server, true);
    const res = await server.call('PUT', 'portal/client', {
      auth: true,
      json: { portalName: other.portalName, clientId: full.clientId },
    });
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(res.body, { error: 'portalsCountTooMuch', message: 'Too much portals registered already' });
    const still = await server.call('GET', 'portal/get', { auth: true, query: { portalName: other.portalName } });
    assert.equal(still.body.tenants[0].clientId, null, 'not moved');
    // Re-assigning a portal to the client that already has it is no new portal for its quota.
    const own = await server.call('GET', 'portal/get', { auth: true, query: { clientId: full.clientId } });
    const same = await server.call('PUT', 'portal/client', {
      auth: true,
      json: { tenantId: own.body.tenants[0].tenantId, clientId: full.clientId },
    });
    assert.equal(same.status, 200, same.text);
  });

  it('an unknown or removed target client is clientNotFound; an unknown portal is portalNameNotFound', async () => {
    const portal = await registerAs(server, true);
    const unknown = await server.call('PUT', 'portal/client', {
      auth: true,
      json: { tenantId: portal.tenantId, clientId: randomClientId('none') },
    });
    assert.deepEqual(unknown.body, { error: 'clientNotFound', message: 'Client not found' });
    const gone = await createTestClient(server);
    await server.call('DELETE', 'client/remove', { auth: true, json: { clientId: gone.clientId } });
    const removed = await server.call('PUT', 'portal/client', {
      auth: true,
      json: { tenantId: portal.tenantId, clientId: gone.clientId },
    });
    assert.equal(removed.body.error, 'clientNotFound');
    const noPortal = await server.call('PUT', 'portal/client', {
      auth: true,
      json: { portalName: `none${randomBytes(4).toString('hex')}`, clientId: gone.clientId },
    });
    assert.equal(noPortal.body.error, 'portalNameNotFound');
    const noName = await server.call('PUT', 'portal/client', { auth: true, json: { clientId: gone.clientId } });
    assert.equal(noName.body.error, 'portalNameEmpty');
  });

  it("is the operator's alone: a client (any scopes) gets 403 forbidden", async () => {
    const c = await createTestClient(server, {
      scopes: 'portals:read,portals:write,billing,usage,settings,audit:read',
    });
    const portal = await registerAs(server, c.auth());
    const res = await server.call('PUT', 'portal/client', {
      auth: c.auth(),
      json: { tenantId: portal.tenantId, clientId: '' },
    });
    assert.equal(res.status, 403);
    assert.deepEqual(res.body, { error: 'forbidden', message: 'Only the operator may call this method' });
  });

  it('is audited as portal.client with the clientId change', async () => {
    const a = await createTestClient(server);
    const b = await createTestClient(server);
    const portal = await registerAs(server, a.auth());
    await server.call('PUT', 'portal/client', {
      auth: true,
      json: { tenantId: portal.tenantId, clientId: b.clientId },
    });
    const audit = await server.call('GET', 'audit/list', {
      auth: true,
      query: { tenantId: String(portal.tenantId), action: 'portal.client' },
    });
    assert.equal(audit.status, 200, audit.text);
    assert.equal(audit.body.events.length, 1);
    const [event] = audit.body.events;
    assert.equal(event.action, 'portal.client');
    assert.equal(event.portalName, portal.portalName);
    assert.deepEqual(event.actor.type, 'operator');
    assert.deepEqual(event.changes, { clientId: [a.clientId, b.clientId] });
  });

  it("portal/get?clientId= lists only that client's portals (AND with the other filters)", async () => {
    const a = await createTestClient(server);
    const b = await createTestClient(server);
    const a1 = await registerAs(server, a.auth());
    const a2 = await registerAs(server, a.auth());
    await registerAs(server, b.auth());
    await registerAs(server, true);
    const res = await server.call('GET', 'portal/get', { auth: true, query: { clientId: a.clientId } });
    assert.equal(res.status, 200);
    assert.deepEqual(
      res.body.tenants.map((t: { tenantId: number }) => t.tenantId),
      [a1.tenantId, a2.tenantId],
    );
    const and = await server.call('GET', 'portal/get', {
      auth: true,
      query: { clientId: a.clientId, portalName: a2.portalName },
    });
    assert.deepEqual(
      and.body.tenants.map((t: { tenantId: number }) => t.tenantId),
      [a2.tenantId],
    );
    const mismatch = await server.call('GET', 'portal/get', {
      auth: true,
      query: { clientId: b.clientId, portalName: a2.portalName },
    });
    assert.deepEqual(mismatch.body, { tenants: [] });
    const unknown = await server.call('GET', 'portal/get', { auth: true, query: { clientId: randomClientId('none') } });
    assert.deepEqual(unknown.body, { tenants: [] });
    // A client asking for its own id gets its own portals; for another's, nothing.
    assert.equal(
      (await server.call('GET', 'portal/get', { auth: a.auth(), query: { clientId: a.clientId } })).body.tenants.length,
      2,
    );
    assert.deepEqual(
      (await server.call('GET', 'portal/get', { auth: a.auth(), query: { clientId: b.clientId } })).body,
      { tenants: [] },
    );
  });
});
