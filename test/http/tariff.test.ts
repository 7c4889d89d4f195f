import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { startTestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';
import { registerPortal } from '../helpers/builders.js';

/** The lifecycle policy every built-in plan follows: the server's defaults (docs/lifecycle.md). */
const DEFAULT_POLICY = {
  dueReminderDays: [1, 7],
  suspendWhenNotPaid: false,
  removeSuspendedAfterDays: null,
  usageAlerts: [80, 100],
};
const GiB = 1024 ** 3;
const TiB = 1024 ** 4;
const DAY = 86_400_000;
const NOW = new Date('2026-05-01T12:00:00.000Z');

const DEFAULT_TARIFF = {
  activeUsers: 10000,
  countManager: 10000,
  dueDate: null,
  features: '',
  maxFileSize: GiB,
  maxTotalSize: TiB - 1,
  state: 1,
  plan: 'default',
};

function assertParams(response: { status: number; body: { error: string; message: unknown } }, pattern: RegExp): void {
  assert.equal(response.status, 400, JSON.stringify(response.body));
  assert.equal(response.body.error, 'params');
  assert.ok(Array.isArray(response.body.message), 'params message is an array');
  assert.ok(
    (response.body.message as string[]).some((m) => pattern.test(m)),
    `no message matches ${pattern}: ${JSON.stringify(response.body.message)}`,
  );
}

describe('tariff/get, tariff/set, tariff/all', () => {
  const clock = fixedClock(NOW);
  const server = useServer({ clock });

  test('tariff/get of a new portal answers the tenant and the default tariff', async () => {
    const tenant = await registerPortal(server);
    const response = await server.call('GET', 'tariff/get', { auth: true, query: { portalName: tenant.portalName } });
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(Object.keys(response.body).sort(), ['tariff', 'tenant', 'usage']);
    assert.deepEqual(response.body.tariff, DEFAULT_TARIFF);
    assert.deepEqual(response.body.usage, {
      usedSize: 0,
      usersCount: 0,
      roomAdminCount: 0,
      roomsCount: 0,
      aiAgentsCount: 0,
      reported: null,
    });
    assert.equal(response.body.tenant.tenantId, tenant.tenantId);
    assert.equal(response.body.tenant.portalName, tenant.portalName);
    assert.equal(response.body.tenant.status, 'Active');
  });

  test('tariff/get of a portal whose tariff row is gone (a hand-edited database) answers the default plan, by name and by id', async () => {
    const tenant = await registerPortal(server);
    await server.call('PUT', 'portal/usage', {
      auth: true,
      json: { portalName: tenant.portalName, usedSize: 5, usersCount: 2 },
    });
    await server.store.db.deleteFrom('tariffs').where('tenant_id', '=', tenant.tenantId).execute();
    const queries: Array<Record<string, string>> = [
      { portalName: tenant.portalName },
      { tenantId: String(tenant.tenantId) },
    ];
    for (const query of queries) {
      const response = await server.call('GET', 'tariff/get', { auth: true, query });
      assert.equal(response.status, 200, response.text);
      assert.deepEqual(response.body.tariff, DEFAULT_TARIFF);
      assert.deepEqual(response.body.usage, {
        usedSize: 0,
        usersCount: 0,
        roomAdminCount: 0,
        roomsCount: 0,
        aiAgentsCount: 0,
        reported: null,
      });
      assert.equal(response.body.tenant.tenantId, tenant.tenantId);
    }
  });

  test('tariff/get reads the usage a portal reported, by name and by id', async () => {
    const tenant = await registerPortal(server);
    const reported = await server.call('PUT', 'portal/usage', {
      auth: true,
      json: { portalName: tenant.portalName, usedSize: 5 * GiB, usersCount: 7, roomsCount: 12, aiAgentsCount: 2 },
    });
    assert.equal(reported.status, 200, reported.text);
    const queries: Array<Record<string, string>> = [
      { portalName: tenant.portalName },
      { tenantId: String(tenant.tenantId) },
    ];
    for (const query of queries) {
      const response = await server.call('GET', 'tariff/get', { auth: true, query });
      assert.equal(response.status, 200, response.text);
      assert.deepEqual(response.body.tariff, DEFAULT_TARIFF);
      assert.deepEqual(response.body.usage, {
        usedSize: 5 * GiB,
        usersCount: 7,
        roomAdminCount: 0,
        roomsCount: 12,
        aiAgentsCount: 2,
        reported: NOW.toISOString(),
      });
    }
  });

  test('tariff/get finds the portal by tenantId, by full domain, and tenantId wins over portalName', async () => {
    const a = await registerPortal(server);
    const b = await registerPortal(server);
    await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: b.tenantId, activeUsers: 7 } });
    const byId = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(b.tenantId) } });
    assert.equal(byId.body.tariff.activeUsers, 7);
    const byDomain = await server.call('GET', 'tariff/get', {
      auth: true,
      query: { portalName: b.domain.toUpperCase() },
    });
    assert.equal(byDomain.body.tenant.tenantId, b.tenantId);
    const both = await server.call('GET', 'tariff/get', {
      auth: true,
      query: { portalName: a.portalName, tenantId: String(b.tenantId) },
    });
    assert.equal(both.body.tenant.tenantId, b.tenantId);
  });

  test('tariff/get answers portalNameEmpty, portalNameNotFound, and 403 without a token', async () => {
    const empty = await server.call('GET', 'tariff/get', { auth: true });
    assert.equal(empty.status, 400);
    assert.deepEqual(empty.body, { error: 'portalNameEmpty', message: 'PortalName is required' });
    const unknown = await server.call('GET', 'tariff/get', { auth: true, query: { portalName: 'nosuchportal1' } });
    assert.deepEqual(
      [unknown.status, unknown.body],
      [400, { error: 'portalNameNotFound', message: 'Portal not found' }],
    );
    const badId = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: '999999' } });
    assert.equal(badId.body.error, 'portalNameNotFound');
    const anonymous = await server.call('GET', 'tariff/get', { query: { tenantId: '1' } });
    assert.deepEqual([anonymous.status, anonymous.body.error], [403, 'authorization']);
    const anonymousSet = await server.call('PUT', 'tariff/set', { form: { tenantId: '1', activeUsers: '1' } });
    assert.deepEqual([anonymousSet.status, anonymousSet.body.error], [403, 'authorization']);
    const anonymousAll = await server.call('GET', 'tariff/all');
    assert.deepEqual([anonymousAll.status, anonymousAll.body.error], [403, 'authorization']);
  });

  test('a removed portal has no tariff to read or set', async () => {
    const tenant = await registerPortal(server);
    await server.call('DELETE', 'portal/remove', { auth: true, query: { tenantId: String(tenant.tenantId) } });
    const read = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenant.tenantId) } });
    assert.equal(read.body.error, 'portalNameNotFound');
    const write = await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, activeUsers: 3 },
    });
    assert.equal(write.body.error, 'portalNameNotFound');
  });

  test('control panel: tariff/set by tenantId with maxTotalSize and features; both survive a later set that omits them', async () => {
    const tenant = await registerPortal(server);
    // The panel sends a form body, as PHP's http_build_query does.
    const first = await server.call('PUT', 'tariff/set', {
      auth: true,
      form: { tenantId: String(tenant.tenantId), maxTotalSize: String(50 * GiB), features: 'docs,sso,whitelabel' },
    });
    assert.equal(first.status, 200, first.text);
    assert.deepEqual(first.body.tariff, { ...DEFAULT_TARIFF, maxTotalSize: 50 * GiB, features: 'docs,sso,whitelabel' });
    assert.equal(first.body.tenant.tenantId, tenant.tenantId);

    const second = await server.call('PUT', 'tariff/set', {
      auth: true,
      form: { tenantId: String(tenant.tenantId), activeUsers: '25' },
    });
    assert.equal(second.status, 200, second.text);
    assert.deepEqual(second.body.tariff, {
      ...DEFAULT_TARIFF,
      activeUsers: 25,
      countManager: 25,
      maxTotalSize: 50 * GiB,
      features: 'docs,sso,whitelabel',
    });
    const read = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenant.tenantId) } });
    assert.deepEqual(read.body.tariff, second.body.tariff);
  });

  test('an empty string, or no field at all, changes nothing', async () => {
    const tenant = await registerPortal(server);
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, features: 'docs', dueDate: '2026-09-01' },
    });
    const blank = await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, features: '', dueDate: '', maxFileSize: '', activeUsers: null },
    });
    assert.equal(blank.status, 200, blank.text);
    assert.equal(blank.body.tariff.features, 'docs');
    assert.equal(blank.body.tariff.dueDate, '2026-09-01T00:00:00.000Z');
    assert.equal(blank.body.tariff.maxFileSize, GiB);
    const nothing = await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: tenant.tenantId } });
    assert.deepEqual(nothing.body.tariff, blank.body.tariff);
  });

  test('sizes are kept in exact bytes: 1 TiB, 5 TiB + 3 and Number.MAX_SAFE_INTEGER round-trip', async () => {
    const tenant = await registerPortal(server);
    for (const size of [TiB, 5 * TiB + 3, Number.MAX_SAFE_INTEGER]) {
      const set = await server.call('PUT', 'tariff/set', {
        auth: true,
        json: { portalName: tenant.portalName, maxTotalSize: size, maxFileSize: String(size) },
      });
      assert.equal(set.status, 200, set.text);
      const read = await server.call('GET', 'tariff/get', { auth: true, query: { portalName: tenant.portalName } });
      assert.equal(read.body.tariff.maxTotalSize, size);
      assert.equal(read.body.tariff.maxFileSize, size);
      // The exact digits are on the wire, not a rounded or exponent form.
      assert.ok(read.text.includes(`"maxTotalSize":${size}`), read.text);
    }
    const list = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(tenant.tenantId), statistics: 'true' },
    });
    assert.equal(list.body.tenants[0].tariff.maxTotalSize, Number.MAX_SAFE_INTEGER);
  });

  test('negative, fractional, too large and non-numeric values are refused with params and change nothing', async () => {
    const tenant = await registerPortal(server);
    const id = tenant.tenantId;
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ maxTotalSize: -1 }, /^maxTotalSize: must be 0 or more$/],
      [{ maxFileSize: '-5' }, /^maxFileSize: must be 0 or more$/],
      [{ activeUsers: -3 }, /^activeUsers: must be 0 or more$/],
      [{ activeUsers: 1.5 }, /^activeUsers: must be a whole number$/],
      [{ maxTotalSize: '1.5' }, /^maxTotalSize: must be a whole number$/],
      [{ maxTotalSize: 'lots' }, /^maxTotalSize: must be a whole number$/],
      [{ maxTotalSize: Number.MAX_SAFE_INTEGER + 1 }, /^maxTotalSize: /],
      [{ maxTotalSize: '99999999999999999999' }, /^maxTotalSize: /],
      [{ activeUsers: 2_147_483_648 }, /^activeUsers: must be at most 2147483647$/],
      [{ features: { a: 1 } }, /^features: must be text$/],
      [{ features: 'x'.repeat(4001) }, /^features: must be at most 4000 characters$/],
      [{ dueDate: 'next tuesday' }, /^dueDate: must be an ISO 8601 date/],
      [{ dueDate: '2026-02-30' }, /^dueDate: /],
      // The year is checked after conversion to UTC: -14:00 carries this into the year 10000.
      [{ dueDate: '9999-12-31T23:59:59-14:00' }, /^dueDate: the year must be between 1970 and 9999$/],
      [{ dueDate: '1970-01-01T00:00:00+01:00' }, /^dueDate: the year must be between 1970 and 9999$/],
      [{ plan: 'platinum' }, /^plan: unknown plan "platinum"/],
    ];
    for (const [fields, pattern] of cases) {
      const response = await server.call('PUT', 'tariff/set', {
        auth: true,
        json: { tenantId: id, activeUsers: 9, ...fields },
      });
      assertParams(response, pattern);
    }
    const read = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(id) } });
    assert.deepEqual(read.body.tariff, DEFAULT_TARIFF);
  });

  test('every problem is reported at once', async () => {
    const tenant = await registerPortal(server);
    const response = await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, maxTotalSize: -1, maxFileSize: -2 },
    });
    assert.equal(response.status, 400);
    assert.deepEqual(response.body, {
      error: 'params',
      message: ['maxFileSize: must be 0 or more', 'maxTotalSize: must be 0 or more'],
    });
  });

  test('dueDate drives the state: Paid before it, Delay within the grace days, NotPaid after', async () => {
    const tenant = await registerPortal(server);
    const setDue = async (dueDate: unknown) =>
      server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: tenant.tenantId, dueDate } });
    const iso = (offset: number) => new Date(NOW.getTime() + offset).toISOString();

    let response = await setDue(iso(DAY));
    assert.equal(response.status, 200, response.text);
    assert.deepEqual([response.body.tariff.dueDate, response.body.tariff.state], [iso(DAY), 1]);
    response = await setDue(iso(-DAY));
    assert.deepEqual([response.body.tariff.dueDate, response.body.tariff.state], [iso(-DAY), 2]);
    response = await setDue(iso(-7 * DAY));
    assert.equal(response.body.tariff.state, 2, 'the 7th grace day is still Delay');
    response = await setDue(iso(-8 * DAY));
    assert.equal(response.body.tariff.state, 3);

    // The state moves with the clock, without another tariff/set.
    await setDue(iso(DAY));
    clock.set(new Date(NOW.getTime() + 3 * DAY));
    try {
      const read = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenant.tenantId) } });
      assert.equal(read.body.tariff.state, 2);
    } finally {
      clock.set(NOW);
    }
  });

  test('dueDate accepts a date, a date-time with an offset; "null" and JSON null clear it', async () => {
    const tenant = await registerPortal(server);
    const setDue = async (dueDate: unknown) =>
      (await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: tenant.tenantId, dueDate } })).body.tariff
        .dueDate;
    assert.equal(await setDue('2027-01-31'), '2027-01-31T00:00:00.000Z');
    assert.equal(await setDue('2027-01-31T10:15:00+02:00'), '2027-01-31T08:15:00.000Z');
    assert.equal(await setDue('null'), null);
    assert.equal(await setDue('2027-03-01T00:00:00Z'), '2027-03-01T00:00:00.000Z');
    assert.equal(await setDue(null), null);
  });

  test('plan applies a named plan first, then the explicit fields', async () => {
    const tenant = await registerPortal(server);
    const business = await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, plan: 'Business', maxTotalSize: 5 * TiB + 3 },
    });
    assert.equal(business.status, 200, business.text);
    assert.deepEqual(business.body.tariff, {
      activeUsers: 100,
      countManager: 100,
      dueDate: null,
      features: '',
      maxFileSize: GiB,
      maxTotalSize: 5 * TiB + 3,
      state: 1,
      plan: 'business',
    });
    const trial = await server.call('PUT', 'tariff/set', {
      auth: true,
      form: { tenantId: String(tenant.tenantId), plan: 'trial' },
    });
    assert.deepEqual(trial.body.tariff, {
      activeUsers: 5,
      countManager: 5,
      dueDate: new Date(NOW.getTime() + 30 * DAY).toISOString(),
      features: 'trial',
      maxFileSize: 100 * 1024 ** 2,
      maxTotalSize: 2 * GiB,
      state: 0,
      plan: 'trial',
    });
    // A plan without dueDays keeps the due date the portal has (no silent reset).
    const enterprise = await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, plan: 'enterprise' },
    });
    assert.equal(enterprise.body.tariff.dueDate, trial.body.tariff.dueDate);
    assert.equal(enterprise.body.tariff.state, 1);
    assert.equal(enterprise.body.tariff.maxTotalSize, 10 * TiB);
  });

  test('tariff/all lists the built-in plans', async () => {
    const response = await server.call('GET', 'tariff/all', { auth: true });
    assert.equal(response.status, 200, response.text);
    assert.deepEqual(response.body, {
      tariffs: [
        {
          plan: 'default',
          activeUsers: 10000,
          countManager: 10000,
          maxFileSize: GiB,
          maxTotalSize: TiB - 1,
          features: '',
          dueDays: null,
          policy: DEFAULT_POLICY,
        },
        {
          plan: 'trial',
          activeUsers: 5,
          countManager: 5,
          maxFileSize: 100 * 1024 ** 2,
          maxTotalSize: 2 * GiB,
          features: 'trial',
          dueDays: 30,
          policy: DEFAULT_POLICY,
        },
        {
          plan: 'business',
          activeUsers: 100,
          countManager: 100,
          maxFileSize: GiB,
          maxTotalSize: 100 * GiB,
          features: '',
          dueDays: null,
          policy: DEFAULT_POLICY,
        },
        {
          plan: 'enterprise',
          activeUsers: 10000,
          countManager: 10000,
          maxFileSize: 5 * GiB,
          maxTotalSize: 10 * TiB,
          features: '',
          dueDays: null,
          policy: DEFAULT_POLICY,
        },
      ],
    });
  });

  test('portal/get with statistics=true returns each portal’s current tariff', async () => {
    const tenant = await registerPortal(server);
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, maxTotalSize: 3 * TiB, features: 'audit' },
    });
    const response = await server.call('GET', 'portal/get', {
      auth: true,
      query: { portalName: tenant.portalName, statistics: 'true' },
    });
    assert.equal(response.status, 200, response.text);
    assert.equal(response.body.tenants.length, 1);
    assert.deepEqual(response.body.tenants[0].tariff, { ...DEFAULT_TARIFF, maxTotalSize: 3 * TiB, features: 'audit' });
    const plain = await server.call('GET', 'portal/get', { auth: true, query: { portalName: tenant.portalName } });
    assert.equal(plain.body.tenants[0].tariff, undefined);
  });

  test('the methods answer under every prefix, and only to their verbs', async () => {
    const tenant = await registerPortal(server);
    for (const prefix of ['/api', '/apisystem', '/apisystem/api']) {
      const response = await server.call('GET', `${prefix}/Tariff/Get.json`, {
        auth: true,
        query: { tenantId: String(tenant.tenantId) },
      });
      assert.equal(response.status, 200, `${prefix}: ${response.text}`);
    }
    const wrongVerb = await server.call('GET', 'tariff/set', {
      auth: true,
      query: { tenantId: String(tenant.tenantId) },
    });
    assert.deepEqual([wrongVerb.status, wrongVerb.body.error], [405, 'methodNotAllowed']);
  });
});

describe('configured plans: TARIFF_PLANS, TARIFF_PLANS_FILE, TARIFF_DEFAULT_PLAN, TARIFF_GRACE_DAYS', () => {
  const plans = [
    { plan: 'starter', activeUsers: 3, maxFileSize: 10 * 1024 ** 2, maxTotalSize: GiB, features: 'docs' },
    { plan: 'pro', activeUsers: 50, maxFileSize: GiB, maxTotalSize: 5 * TiB + 3, features: 'docs,sso', dueDays: 365 },
  ];

  test('inline TARIFF_PLANS replace the built-ins; new portals get TARIFF_DEFAULT_PLAN', async () => {
    const server = await startTestServer({
      env: { TARIFF_PLANS: JSON.stringify(plans), TARIFF_DEFAULT_PLAN: 'starter' },
    });
    try {
      const all = await server.call('GET', 'tariff/all', { auth: true });
      assert.deepEqual(
        all.body.tariffs.map((p: { plan: string }) => p.plan),
        ['starter', 'pro'],
      );
      assert.equal(all.body.tariffs[1].maxTotalSize, 5 * TiB + 3);
      const tenant = await registerPortal(server);
      const read = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenant.tenantId) } });
      assert.deepEqual(read.body.tariff, {
        activeUsers: 3,
        countManager: 3,
        dueDate: null,
        features: 'docs',
        maxFileSize: 10 * 1024 ** 2,
        maxTotalSize: GiB,
        state: 1,
        plan: 'starter',
      });
      const unknown = await server.call('PUT', 'tariff/set', {
        auth: true,
        json: { tenantId: tenant.tenantId, plan: 'business' },
      });
      assertParams(unknown, /^plan: unknown plan "business" \(known: starter, pro\)$/);
    } finally {
      await server.close({ drop: true });
    }
  });

  test('TARIFF_PLANS_FILE is read at start; TARIFF_GRACE_DAYS changes when Delay ends', async () => {
    const clock = fixedClock(NOW);
    const probe = await startTestServer({ clock });
    const file = join(probe.database.dir, 'plans.json');
    await probe.close({ drop: false });
    writeFileSync(file, JSON.stringify(plans));
    const server = await startTestServer({
      clock,
      database: probe.database,
      env: { TARIFF_PLANS_FILE: file, TARIFF_DEFAULT_PLAN: 'pro', TARIFF_GRACE_DAYS: '0' },
    });
    try {
      const tenant = await registerPortal(server);
      const read = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenant.tenantId) } });
      assert.equal(read.body.tariff.plan, 'pro');
      assert.equal(read.body.tariff.dueDate, new Date(NOW.getTime() + 365 * DAY).toISOString());
      const late = await server.call('PUT', 'tariff/set', {
        auth: true,
        json: { tenantId: tenant.tenantId, dueDate: new Date(NOW.getTime() - 1000).toISOString() },
      });
      assert.equal(late.body.tariff.state, 3, 'no grace days: NotPaid right after the due date');
    } finally {
      await server.close({ drop: true });
    }
  });
});
