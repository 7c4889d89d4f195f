import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomPortalName, registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';
import { registerPortal } from '../helpers/builders.js';

describe('portal/get, portal/status, portal/remove', () => {
  const server = useServer();

  it('finds a portal by name, by full domain, by id and by owner e-mail', async () => {
    const email = `${randomPortalName('mail')}@example.com`;
    const tenant = await registerPortal(server, { email });
    const queries: Array<Record<string, string>> = [
      { portalName: tenant.portalName },
      { portalName: `${tenant.portalName.toUpperCase()}.localhost` },
      { tenantId: String(tenant.tenantId) },
      { email: email.toUpperCase() },
    ];
    for (const query of queries) {
      const res = await server.call('GET', 'portal/get', { auth: true, query });
      assert.equal(res.status, 200);
      assert.deepEqual(
        res.body.tenants.map((t: { tenantId: number }) => t.tenantId),
        [tenant.tenantId],
        JSON.stringify(query),
      );
    }
  });

  it('combines filters with AND', async () => {
    const a = await registerPortal(server);
    const b = await registerPortal(server);
    const res = await server.call('GET', 'portal/get', {
      auth: true,
      query: { portalName: a.portalName, tenantId: String(b.tenantId) },
    });
    assert.deepEqual(res.body, { tenants: [] });
  });

  it('adds owner and tariff with statistics=true', async () => {
    const tenant = await registerPortal(server, { firstName: 'Grace', lastName: 'Hopper' });
    const res = await server.call('GET', 'portal/get', {
      auth: true,
      query: { portalName: tenant.portalName, statistics: 'true' },
    });
    const [item] = res.body.tenants;
    assert.equal(item.owner.id, tenant.ownerId);
    assert.equal(item.owner.displayName, 'Grace Hopper');
    assert.deepEqual(item.tariff, {
      activeUsers: 10000,
      countManager: 10000,
      dueDate: null,
      features: '',
      maxFileSize: 1073741824,
      maxTotalSize: 1099511627775,
      state: 1,
      plan: 'default',
    });
    assert.equal(
      'owner' in
        (await server.call('GET', 'portal/get', { auth: true, query: { portalName: tenant.portalName } })).body
          .tenants[0],
      false,
    );
  });

  it('suspends, resumes by name alone, and stores the reason', async () => {
    const tenant = await registerPortal(server);
    const suspended = await server.call('PUT', 'portal/status', {
      auth: true,
      form: { portalName: tenant.portalName, status: 'suspended', reason: 'unpaid invoice' },
    });
    assert.equal(suspended.status, 200);
    assert.equal(suspended.body.tenant.status, 'Suspended');
    const row = await server.store.db
      .selectFrom('tenants')
      .select('status_reason')
      .where('id', '=', tenant.tenantId)
      .executeTakeFirstOrThrow();
    assert.equal(row.status_reason, 'unpaid invoice');

    const hidden = await server.call('GET', 'portal/get', { auth: true, query: { portalName: tenant.portalName } });
    assert.deepEqual(hidden.body.tenants, [], 'only active portals are listed by default');
    const shown = await server.call('GET', 'portal/get', {
      auth: true,
      query: { portalName: tenant.portalName, status: '1' },
    });
    assert.equal(shown.body.tenants[0].status, 'Suspended');

    const resumed = await server.call('PUT', 'portal/status', { auth: true, json: { PortalName: tenant.portalName } });
    assert.equal(resumed.body.tenant.status, 'Active');
    const byNumber = await server.call('PUT', 'portal/status', {
      auth: true,
      json: { tenantId: tenant.tenantId, status: 1 },
    });
    assert.equal(byNumber.body.tenant.status, 'Suspended');
  });

  it('removes a portal: RemovePending, hidden by default, the name free at once, and no way back', async () => {
    const tenant = await registerPortal(server);
    const removed = await server.call('DELETE', 'portal/remove', {
      auth: true,
      query: { portalName: tenant.portalName },
    });
    assert.equal(removed.status, 200);
    assert.equal(removed.body.removed, true);
    assert.equal(removed.body.tenant.status, 'RemovePending');

    assert.deepEqual(
      (await server.call('GET', 'portal/get', { auth: true, query: { portalName: tenant.portalName } })).body.tenants,
      [],
    );
    const all = await server.call('GET', 'portal/get', {
      auth: true,
      query: { portalName: tenant.portalName, status: 'all' },
    });
    assert.equal(all.body.tenants[0].status, 'RemovePending');

    const resume = await server.call('PUT', 'portal/status', { auth: true, json: { tenantId: tenant.tenantId } });
    assert.equal(resume.status, 400);
    assert.deepEqual(resume.body, { error: 'portalNameNotFound', message: 'Portal not found' });

    const again = await server.call('DELETE', 'portal/remove', {
      auth: true,
      query: { tenantId: String(tenant.tenantId) },
    });
    assert.equal(again.body.error, 'portalNameNotFound');

    const reRegistered = await registerPortal(server, { portalName: tenant.portalName });
    assert.notEqual(reRegistered.tenantId, tenant.tenantId);
    const both = await server.call('GET', 'portal/get', {
      auth: true,
      query: { portalName: tenant.portalName, status: 'all' },
    });
    assert.deepEqual(
      both.body.tenants.map((t: { status: string }) => t.status),
      ['RemovePending', 'Active'],
    );
  });

  it('answers portalNameEmpty and portalNameNotFound for status and remove', async () => {
    for (const [method, path] of [
      ['PUT', 'portal/status'],
      ['DELETE', 'portal/remove'],
    ] as const) {
      const empty = await server.call(method, path, { auth: true });
      assert.deepEqual(empty.body, { error: 'portalNameEmpty', message: 'PortalName is required' });
      const missing = await server.call(method, path, { auth: true, json: { portalName: randomPortalName('ghost') } });
      assert.deepEqual(missing.body, { error: 'portalNameNotFound', message: 'Portal not found' });
      assert.equal(missing.status, 400);
    }
  });

  it('answers params for a bad status filter or a non-numeric tenantId', async () => {
    const bad = await server.call('GET', 'portal/get', { auth: true, query: { status: 'Sleeping' } });
    assert.equal(bad.status, 400);
    assert.equal(bad.body.error, 'params');
    const id = await server.call('GET', 'portal/get', { auth: true, query: { tenantId: 'seven' } });
    assert.equal(id.body.error, 'params');
    assert.match(id.body.message[0], /tenantId/);
  });
});

describe('portal/get over many portals', () => {
  let server: TestServer;
  const created: number[] = [];
  before(async () => {
    server = await startTestServer();
    // 1,234 portals: more than two internal batches, so the answer is streamed.
    for (let i = 0; i < 1234; i += 50) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(50, 1234 - i) }, () =>
          server.call('POST', 'portal/register', { auth: true, json: registration() }),
        ),
      );
      for (const r of batch) created.push(r.body.tenant.tenantId);
    }
  });
  after(() => server.close({ drop: true }));

  it('lists every portal, ordered by id, as one valid JSON document', async () => {
    const res = await server.call('GET', 'portal/get', { auth: true });
    assert.equal(res.status, 200);
    const ids = res.body.tenants.map((t: { tenantId: number }) => t.tenantId);
    assert.deepEqual(
      ids,
      [...created].sort((a, b) => a - b),
    );
  });

  it('pages with count and startIndex', async () => {
    const sorted = [...created].sort((a, b) => a - b);
    const res = await server.call('GET', 'portal/get', { auth: true, query: { count: '100', startIndex: '600' } });
    assert.deepEqual(
      res.body.tenants.map((t: { tenantId: number }) => t.tenantId),
      sorted.slice(600, 700),
    );
    const tail = await server.call('GET', 'portal/get', {
      auth: true,
      query: { count: '100', startIndex: '1200', statistics: 'true' },
    });
    assert.equal(tail.body.tenants.length, 34);
    assert.equal(tail.body.tenants[0].tariff.plan, 'default');
  });

  it('pages deep with startIndex while a portal before the page is suspended and resumed', async () => {
    const sorted = [...created].sort((a, b) => a - b);
    const page = async (startIndex: number): Promise<number[]> => {
      const res = await server.call('GET', 'portal/get', {
        auth: true,
        query: { count: '20', startIndex: String(startIndex) },
      });
      assert.equal(res.status, 200);
      return res.body.tenants.map((t: { tenantId: number }) => t.tenantId);
    };
    // Beyond the first 1,024 portals a page starts from where the list is remembered to reach.
    assert.deepEqual(await page(1100), sorted.slice(1100, 1120));
    assert.deepEqual(await page(1100), sorted.slice(1100, 1120));
    const early = (await server.call('GET', 'portal/get', { auth: true, query: { tenantId: String(sorted[10]) } })).body
      .tenants[0];
    const suspended = await server.call('PUT', 'portal/status', {
      auth: true,
      form: { portalName: early.portalName, status: 'suspended' },
    });
    assert.equal(suspended.body.tenant.status, 'Suspended');
    // The list holds active portals by default: every one after the suspended portal moves up.
    assert.deepEqual(await page(1100), sorted.slice(1101, 1121));
    const resumed = await server.call('PUT', 'portal/status', { auth: true, json: { PortalName: early.portalName } });
    assert.equal(resumed.body.tenant.status, 'Active');
    assert.deepEqual(await page(1100), sorted.slice(1100, 1120));
  });
});

describe('portal/get by full domain after a BaseDomain change', () => {
  it('finds portals under the base domain each was registered with', async () => {
    const server = await startTestServer();
    try {
      const old = await registerPortal(server);
      const saved = await server.call('POST', 'settings/save', {
        auth: true,
        json: { tenantId: -1, key: 'BaseDomain', value: 'portals.example.net' },
      });
      assert.equal(saved.status, 200, saved.text);
      const fresh = await registerPortal(server);
      for (const [domain, id] of [
        [`${old.portalName}.localhost`, old.tenantId],
        [`${fresh.portalName}.portals.example.net`, fresh.tenantId],
      ] as const) {
        const res = await server.call('GET', 'portal/get', { auth: true, query: { portalName: domain } });
        assert.deepEqual(
          res.body.tenants.map((t: { tenantId: number }) => t.tenantId),
          [id],
          domain,
        );
      }
    } finally {
      await server.close({ drop: true });
    }
  });
});
