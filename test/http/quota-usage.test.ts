import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { createTestClient } from '../helpers/client-auth.js';
import { registration } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * What the control panel reads: quota and usedSize on every tenant, people/find in both shapes,
 * usage reports (PUT portal/usage), quotaUsage with statistics, overQuota, keyset paging.
 */

const GiB = 1024 ** 3;
const TiB = 1024 ** 4;
const TENANT_KEYS = [
  'tenantId',
  'portalName',
  'domain',
  'name',
  'status',
  'created',
  'statusChanged',
  'language',
  'timeZoneName',
  'ownerId',
  'industry',
  'partnerId',
  'affiliateId',
  'campaign',
  'region',
  'clientId',
  'quota',
  'usedSize',
  // What ONLYOFFICE's current server adds (docs/api.md).
  'timeZoneId',
  'hostedRegion',
  'mappedDomain',
  'paymentId',
  'customQuota',
  'removalScheduledAt',
  'protected',
].sort();
/** The room figures of a usage object nothing has reported yet. */
const NO_ROOMS = { roomAdminCount: 0, roomsCount: 0, aiAgentsCount: 0 };
/** The room figures of quotaUsage for a portal with nothing reported (rooms and AI agents unlimited). */
const roomQuota = (maxRoomAdminsCount: number) => ({
  maxRoomAdminsCount,
  roomAdminCount: 0,
  roomsCount: 0,
  maxRoomsCount: -1,
  aiAgentsCount: 0,
  maxAIAgentsCount: -1,
});

describe('quota and usage', () => {
  const clock = fixedClock(new Date('2026-12-03T10:00:00.000Z'));
  const server = useServer({ clock });

  async function register(overrides: Record<string, unknown> = {}) {
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration(overrides) });
    assert.equal(res.status, 201, res.text);
    return res.body.tenant as {
      tenantId: number;
      portalName: string;
      domain: string;
      ownerId: string;
      quota: number;
      usedSize: number;
    };
  }
  const plainGet = async (tenantId: number) => {
    const res = await server.call('GET', 'portal/get', { auth: true, query: { tenantId: String(tenantId) } });
    assert.equal(res.status, 200, res.text);
    return res.body.tenants[0];
  };
  const report = (params: Record<string, unknown>, auth: boolean | string = true) =>
    server.call('PUT', 'portal/usage', { auth, json: params });

  it('a plain portal/get reads quota and usedSize; tariff/set with tenantId as a string moves the quota', async () => {
    const portal = await register();
    assert.equal(portal.quota, TiB - 1, 'a new portal: the default plan');
    assert.equal(portal.usedSize, 0);
    const before = await plainGet(portal.tenantId);
    assert.deepEqual(Object.keys(before).sort(), TENANT_KEYS, 'no statistics: the tenant object alone');
    assert.deepEqual([before.quota, before.usedSize], [TiB - 1, 0]);

    const set = await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: String(portal.tenantId), maxTotalSize: 5 * GiB },
    });
    assert.equal(set.status, 200, set.text);
    assert.equal(set.body.tenant.quota, 5 * GiB, 'tariff/set answers the new quota on its tenant');
    assert.equal((await plainGet(portal.tenantId)).quota, 5 * GiB);
    // Form-encoded, as the control panel sends it.
    await server.call('PUT', 'tariff/set', {
      auth: true,
      form: { tenantId: String(portal.tenantId), maxTotalSize: String(7 * GiB) },
    });
    assert.equal((await plainGet(portal.tenantId)).quota, 7 * GiB);
    assert.equal((await plainGet(portal.tenantId)).usedSize, 0);
  });

  it('quota and usedSize are on the tenant object of every answer that returns one', async () => {
    const c = await createTestClient(server, { scopes: 'portals:read,portals:write,billing,usage' });
    const portal = await register();
    await report({ tenantId: portal.tenantId, usedSize: 1234 });
    const answers = [
      (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(portal.tenantId) } })).body
        .tenant,
      (await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: portal.tenantId, activeUsers: 9 } })).body
        .tenant,
      (
        await server.call('PUT', 'portal/status', {
          auth: true,
          json: { tenantId: portal.tenantId, status: 'Suspended' },
        })
      ).body.tenant,
      (await server.call('PUT', 'portal/status', { auth: true, json: { tenantId: portal.tenantId } })).body.tenant,
      (
        await server.call('PUT', 'portal/client', {
          auth: true,
          json: { tenantId: portal.tenantId, clientId: c.clientId },
        })
      ).body.tenant,
      (await report({ tenantId: portal.tenantId, usersCount: 2 }, c.auth())).body.tenant,
      (
        await server.call('GET', 'portal/get', {
          auth: true,
          query: { tenantId: String(portal.tenantId), statistics: 'true' },
        })
      ).body.tenants[0],
      (await server.call('DELETE', 'portal/remove', { auth: c.auth(), json: { tenantId: portal.tenantId } })).body
        .tenant,
    ];
    for (const tenant of answers) {
      assert.equal(tenant.quota, TiB - 1, JSON.stringify(tenant));
      assert.equal(tenant.usedSize, 1234, JSON.stringify(tenant));
    }
  });

  it('people/find takes a bare array and answers the same list as result and response', async () => {
    const one = await register();
    const two = await register({ firstName: 'Grace', lastName: 'Hopper' });
    const bare = await server.call('POST', 'people/find', {
      auth: true,
      json: [two.ownerId, one.ownerId, two.ownerId.toUpperCase()],
    });
    assert.equal(bare.status, 200, bare.text);
    assert.deepEqual(Object.keys(bare.body).sort(), ['response', 'result']);
    assert.deepEqual(bare.body.response, bare.body.result);
    assert.deepEqual(
      bare.body.result.map((p: { id: string }) => p.id),
      [two.ownerId, one.ownerId],
      'in the order asked, each once',
    );
    assert.deepEqual(Object.keys(bare.body.result[0]).sort(), ['email', 'id', 'link', 'name']);
    assert.equal(bare.body.result[0].name, 'Grace Hopper');
    assert.equal(new URL(bare.body.result[0].link).hostname, two.domain);
    // The other shapes: {userIds: [...]}, a comma list in the query, repeated form fields.
    const wrapped = await server.call('POST', 'people/find', { auth: true, json: { UserIds: [one.ownerId] } });
    assert.deepEqual(
      wrapped.body.result.map((p: { id: string }) => p.id),
      [one.ownerId],
    );
    const query = await server.call('POST', 'people/find', {
      auth: true,
      query: { userIds: `${one.ownerId},${two.ownerId}` },
    });
    assert.equal(query.body.response.length, 2);
    const form = await server.call('POST', 'people/find', {
      auth: true,
      body: `userIds=${one.ownerId}&userIds=${two.ownerId}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    assert.equal(form.body.result.length, 2);
    const none = await server.call('POST', 'people/find', { auth: true, json: [] });
    assert.deepEqual(none.body, { result: [], response: [] });
  });

  it('PUT portal/usage stores a report: 200 {tenant, usage:{usedSize, usersCount, reported}}; fields not sent keep their values', async () => {
    const portal = await register();
    clock.advance(1000);
    const first = await report({ portalName: portal.portalName, usedSize: 3 * GiB, usersCount: 12 });
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(Object.keys(first.body).sort(), ['tenant', 'usage']);
    assert.deepEqual(first.body.usage, {
      usedSize: 3 * GiB,
      usersCount: 12,
      ...NO_ROOMS,
      reported: clock.now().toISOString(),
    });
    assert.equal(first.body.tenant.usedSize, 3 * GiB);
    assert.deepEqual(Object.keys(first.body.tenant).sort(), TENANT_KEYS);

    clock.advance(1000);
    const onlyUsers = await report({ tenantId: String(portal.tenantId), usersCount: 15 });
    assert.deepEqual(onlyUsers.body.usage, {
      usedSize: 3 * GiB,
      usersCount: 15,
      ...NO_ROOMS,
      reported: clock.now().toISOString(),
    });
    clock.advance(1000);
    const onlySize = await server.call('PUT', 'portal/usage', {
      auth: true,
      form: { PortalName: portal.domain, UsedSize: '0' },
    });
    assert.equal(onlySize.status, 200, onlySize.text);
    assert.deepEqual(onlySize.body.usage, {
      usedSize: 0,
      usersCount: 15,
      ...NO_ROOMS,
      reported: clock.now().toISOString(),
    });

    // tariff/get carries the same usage object.
    const tariff = await server.call('GET', 'tariff/get', { auth: true, query: { portalName: portal.portalName } });
    assert.deepEqual(tariff.body.usage, onlySize.body.usage);
    const fresh = await register();
    assert.deepEqual(
      (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(fresh.tenantId) } })).body.usage,
      { usedSize: 0, usersCount: 0, ...NO_ROOMS, reported: null },
    );
    assert.deepEqual(
      (await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: fresh.tenantId, activeUsers: 3 } })).body
        .usage,
      { usedSize: 0, usersCount: 0, ...NO_ROOMS, reported: null },
    );
  });

  it('a report over the quota is stored as sent; sizes up to 2^53-1 bytes are kept exactly', async () => {
    const portal = await register();
    await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: portal.tenantId, maxTotalSize: 1000 } });
    const over = await report({ tenantId: portal.tenantId, usedSize: 5000 });
    assert.equal(over.status, 200);
    assert.equal(over.body.usage.usedSize, 5000);
    const huge = await report({ tenantId: portal.tenantId, usedSize: Number.MAX_SAFE_INTEGER, usersCount: 2147483647 });
    assert.equal(huge.status, 200, huge.text);
    assert.equal(huge.body.usage.usedSize, Number.MAX_SAFE_INTEGER);
    assert.equal((await plainGet(portal.tenantId)).usedSize, Number.MAX_SAFE_INTEGER);
    assert.equal(
      (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(portal.tenantId) } })).body.usage
        .usersCount,
      2147483647,
    );
  });

  it('statistics=true adds quotaUsage {tenantId, tenantAlias, tenantDomain, storageSize, usedSize, maxUsers, usersCount}', async () => {
    const portal = await register();
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: portal.tenantId, maxTotalSize: 20 * GiB, activeUsers: 25 },
    });
    await report({ tenantId: portal.tenantId, usedSize: 4 * GiB, usersCount: 7 });
    const res = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(portal.tenantId), statistics: 'true' },
    });
    assert.equal(res.status, 200, res.text);
    const [tenant] = res.body.tenants;
    assert.deepEqual(tenant.quotaUsage, {
      tenantId: portal.tenantId,
      tenantAlias: portal.portalName,
      tenantDomain: portal.domain,
      storageSize: 20 * GiB,
      usedSize: 4 * GiB,
      maxUsers: 25,
      usersCount: 7,
      ...roomQuota(25),
    });
    assert.equal(tenant.quota, 20 * GiB);
    assert.equal(tenant.usedSize, 4 * GiB);
    assert.equal(tenant.tariff.maxTotalSize, 20 * GiB);
    assert.equal(tenant.owner.id, portal.ownerId);
    // A portal with nothing reported: zeros.
    const fresh = await register();
    const plain = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(fresh.tenantId), statistics: '1' },
    });
    assert.deepEqual(plain.body.tenants[0].quotaUsage, {
      tenantId: fresh.tenantId,
      tenantAlias: fresh.portalName,
      tenantDomain: fresh.domain,
      storageSize: TiB - 1,
      usedSize: 0,
      maxUsers: 10000,
      usersCount: 0,
      ...roomQuota(10000),
    });
  });

  it('overQuota=true lists exactly the portals whose usedSize exceeds their quota, and follows later tariff changes', async () => {
    const c = await createTestClient(server, { scopes: 'portals:read,usage' });
    const under = await register();
    const equal = await register();
    const over = await register();
    const unreported = await register();
    const mine = await register();
    await server.call('PUT', 'portal/client', { auth: true, json: { tenantId: mine.tenantId, clientId: c.clientId } });
    for (const p of [under, equal, over, unreported, mine]) {
      await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: p.tenantId, maxTotalSize: 1000 } });
    }
    await report({ tenantId: under.tenantId, usedSize: 999 });
    await report({ tenantId: equal.tenantId, usedSize: 1000 });
    await report({ tenantId: over.tenantId, usedSize: 1001 });
    await report({ tenantId: mine.tenantId, usedSize: 5000 }, c.auth());
    const ours = new Set([under, equal, over, unreported, mine].map((p) => p.tenantId));
    const overQuota = async (query: Record<string, string> = {}, auth: boolean | string = true) => {
      const res = await server.call('GET', 'portal/get', { auth, query: { overQuota: 'true', ...query } });
      assert.equal(res.status, 200, res.text);
      for (const t of res.body.tenants) assert.ok(t.usedSize > t.quota, JSON.stringify(t));
      return res.body.tenants.map((t: { tenantId: number }) => t.tenantId).filter((id: number) => ours.has(id));
    };
    assert.deepEqual(await overQuota(), [over.tenantId, mine.tenantId]);
    assert.deepEqual(await overQuota({}, c.auth()), [mine.tenantId], 'a client: its own portals only');
    assert.deepEqual(await overQuota({ clientId: c.clientId }), [mine.tenantId]);
    assert.deepEqual(await overQuota({ statistics: 'true' }), [over.tenantId, mine.tenantId]);
    const all = await server.call('GET', 'portal/get', { auth: true, query: { overQuota: 'false' } });
    assert.ok(
      all.body.tenants.some((t: { tenantId: number }) => t.tenantId === under.tenantId),
      'overQuota=false does not filter',
    );

    // Raising the quota takes a portal off the list; lowering it puts one on.
    await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: over.tenantId, maxTotalSize: 2000 } });
    await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: under.tenantId, maxTotalSize: 998 } });
    assert.deepEqual(await overQuota(), [under.tenantId, mine.tenantId]);
    // A plan applies its quota too (trial: 2 GiB).
    await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: under.tenantId, plan: 'trial' } });
    assert.deepEqual(await overQuota(), [mine.tenantId]);
    // A new report crosses back over; a smaller one leaves.
    await report({ tenantId: equal.tenantId, usedSize: 1001 });
    await report({ tenantId: mine.tenantId, usedSize: 10 }, c.auth());
    assert.deepEqual(await overQuota(), [equal.tenantId]);
    // Only the listed statuses: a suspended portal over its quota shows with status=all.
    await server.call('PUT', 'portal/status', { auth: true, json: { tenantId: equal.tenantId, status: 'Suspended' } });
    assert.deepEqual(await overQuota(), []);
    assert.deepEqual(await overQuota({ status: 'all' }), [equal.tenantId]);
  });

  it('portal/get?after=<tenantId> pages by id (keyset), with count', async () => {
    const c = await createTestClient(server, { scopes: 'portals:read' });
    const portals = [];
    for (let i = 0; i < 5; i++) {
      const p = await register();
      await server.call('PUT', 'portal/client', { auth: true, json: { tenantId: p.tenantId, clientId: c.clientId } });
      portals.push(p.tenantId);
    }
    const page = async (query: Record<string, string>) => {
      const res = await server.call('GET', 'portal/get', { auth: c.auth(), query });
      assert.equal(res.status, 200, res.text);
      return res.body.tenants.map((t: { tenantId: number }) => t.tenantId);
    };
    assert.deepEqual(await page({}), portals);
    const first = await page({ count: '2' });
    assert.deepEqual(first, portals.slice(0, 2));
    const second = await page({ count: '2', after: String(first.at(-1)) });
    assert.deepEqual(second, portals.slice(2, 4));
    const third = await page({ count: '2', after: String(second.at(-1)) });
    assert.deepEqual(third, portals.slice(4));
    assert.deepEqual(await page({ count: '2', after: String(third.at(-1)) }), []);
    assert.deepEqual(await page({ after: '0' }), portals);
    assert.deepEqual(await page({ after: '999999999999' }), []);
    // after and startIndex together: skip within what follows the cursor.
    assert.deepEqual(await page({ after: String(portals[0]), startIndex: '1', count: '2' }), portals.slice(2, 4));
    for (const after of ['-1', 'abc', '1.5']) {
      const res = await server.call('GET', 'portal/get', { auth: true, query: { after } });
      assert.equal(res.status, 400, `after=${after}: ${res.text}`);
      assert.equal(res.body.error, 'params');
    }
  });

  describe('usage reports with bad input are 400, never 500', () => {
    const cases: Array<[string, Record<string, unknown>, string]> = [
      ['a negative usedSize', { usedSize: -1 }, 'params'],
      ['a negative usersCount', { usersCount: '-3' }, 'params'],
      ['a fractional usedSize', { usedSize: 1.5 }, 'params'],
      ['a fractional usersCount as text', { usersCount: '2.5' }, 'params'],
      ['a non-numeric usedSize', { usedSize: 'lots' }, 'params'],
      ['an object for usedSize', { usedSize: { bytes: 1 } }, 'params'],
      ['a usedSize beyond 2^53', { usedSize: 2 ** 60 }, 'params'],
      ['a usedSize in exponent form beyond 2^53', { usedSize: 1e300 }, 'params'],
      ['a usersCount beyond 32 bits', { usersCount: 2 ** 31 }, 'params'],
      ['neither field', {}, 'params'],
      ['both fields null', { usedSize: null, usersCount: null }, 'params'],
    ];
    for (const [what, fields, error] of cases) {
      it(what, async () => {
        const portal = await register();
        const res = await report({ tenantId: portal.tenantId, ...fields });
        assert.equal(res.status, 400, res.text);
        assert.equal(res.body.error, error);
        if (error === 'params') assert.ok(Array.isArray(res.body.message) && res.body.message.length > 0);
        // Nothing was stored.
        assert.deepEqual(
          (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(portal.tenantId) } })).body
            .usage,
          { usedSize: 0, usersCount: 0, ...NO_ROOMS, reported: null },
        );
      });
    }
    it('an unknown portal, a removed one, or none named', async () => {
      const unknown = await report({ portalName: 'no-such-portal-here', usedSize: 1 });
      assert.deepEqual(unknown.body, { error: 'portalNameNotFound', message: 'Portal not found' });
      const badId = await report({ tenantId: 2 ** 40, usedSize: 1 });
      assert.equal(badId.body.error, 'portalNameNotFound');
      const removed = await register();
      await server.call('DELETE', 'portal/remove', { auth: true, json: { tenantId: removed.tenantId } });
      assert.equal((await report({ tenantId: removed.tenantId, usedSize: 1 })).body.error, 'portalNameNotFound');
      const none = await report({ usedSize: 1 });
      assert.equal(none.status, 400);
      assert.equal(none.body.error, 'portalNameEmpty');
    });
    it('without a token: 403 authorization', async () => {
      const portal = await register();
      const res = await server.call('PUT', 'portal/usage', { json: { tenantId: portal.tenantId, usedSize: 1 } });
      assert.equal(res.status, 403);
      assert.equal(res.body.error, 'authorization');
    });
  });

  it('PUT portal/usage answers under every prefix', async () => {
    const portal = await register();
    for (const [i, prefix] of ['/api', '/apisystem', '/apisystem/api'].entries()) {
      const res = await server.call('PUT', `${prefix}/portal/usage`, {
        auth: true,
        json: { tenantId: portal.tenantId, usedSize: i + 1 },
      });
      assert.equal(res.status, 200, `${prefix}: ${res.text}`);
      assert.equal(res.body.usage.usedSize, i + 1);
    }
  });
});

describe('a portal list longer than one batch', () => {
  const server = useServer();

  it('is streamed with quota and usedSize on every tenant, and quotaUsage with statistics', async () => {
    const total = 520;
    for (let start = 0; start < total; start += 20) {
      const batch = await Promise.all(
        Array.from({ length: Math.min(20, total - start) }, () =>
          server.call('POST', 'portal/register', { auth: true, json: registration() }),
        ),
      );
      for (const res of batch) assert.equal(res.status, 201, res.text);
    }
    const last = (await server.call('GET', 'portal/get', { auth: true, query: { startIndex: String(total - 1) } })).body
      .tenants[0];
    await server.call('PUT', 'portal/usage', {
      auth: true,
      json: { tenantId: last.tenantId, usedSize: 77, usersCount: 4 },
    });
    const plain = await server.call('GET', 'portal/get', { auth: true });
    assert.equal(plain.status, 200);
    assert.equal(plain.body.tenants.length, total);
    for (const t of plain.body.tenants) {
      assert.deepEqual(Object.keys(t).sort(), TENANT_KEYS);
      assert.equal(t.quota, TiB - 1);
    }
    assert.equal(plain.body.tenants.at(-1).usedSize, 77);
    const stats = await server.call('GET', 'portal/get', { auth: true, query: { statistics: 'true' } });
    assert.equal(stats.body.tenants.length, total);
    assert.deepEqual(stats.body.tenants.at(-1).quotaUsage, {
      tenantId: last.tenantId,
      tenantAlias: last.portalName,
      tenantDomain: last.domain,
      storageSize: TiB - 1,
      usedSize: 77,
      maxUsers: 10000,
      usersCount: 4,
      ...roomQuota(10000),
    });
    for (const t of stats.body.tenants) assert.equal(typeof t.quotaUsage.storageSize, 'number');
  });
});
