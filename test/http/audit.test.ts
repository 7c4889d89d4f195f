import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { fixedClock } from '../../src/domain/clock.js';
import { pseudonymOf, purgeExpired } from '../../src/domain/maintenance/purge-expired.js';
import { DAY_MS } from '../../src/domain/time.js';
import { ascToken, clientFrom, createTestClient, randomClientId } from '../helpers/client-auth.js';
import {
  registration,
  startTestServer,
  type ApiResponse,
  type CallOptions,
  type TestServer,
} from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/** The audit log: one record per change, in the change's transaction, never a secret; audit/list. */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface AuditEvent {
  id: number;
  at: string;
  action: string;
  actor: { type: string; id: string | null; ip: string | null };
  tenantId: number | null;
  portalName: string | null;
  requestId: string | null;
  changes: Record<string, [unknown, unknown]>;
}

/** Captures the server's log lines, to learn the id the server gave each request. */
function logCapture() {
  const lines: Array<Record<string, unknown>> = [];
  return {
    lines,
    write: (line: string) => {
      try {
        lines.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        // Not JSON: not a request line.
      }
    },
    /** The request id of the request whose URL carried `trace`. */
    requestIdOf(trace: string): string | undefined {
      const line = lines.find(
        (l) =>
          typeof (l.req as { url?: string } | undefined)?.url === 'string' &&
          (l.req as { url: string }).url.includes(trace),
      );
      return line?.reqId as string | undefined;
    },
  };
}

/** Every record the operator can see, newest first (all pages). */
async function allEvents(
  server: TestServer,
  query: Record<string, string> = {},
  auth: boolean | string = true,
): Promise<AuditEvent[]> {
  const events: AuditEvent[] = [];
  let after: string | null = null;
  for (;;) {
    const res: ApiResponse = await server.call('GET', 'audit/list', {
      auth,
      query: { ...query, limit: '1000', ...(after === null ? {} : { after }) },
    });
    assert.equal(res.status, 200, res.text);
    events.push(...(res.body.events as AuditEvent[]));
    after = res.body.next;
    if (after === null) return events;
  }
}

/** The newest record id so far (0 when none). */
async function newestId(server: TestServer): Promise<number> {
  const res = await server.call('GET', 'audit/list', { auth: true, query: { limit: '1' } });
  return res.body.events[0]?.id ?? 0;
}

describe('audit records of every change', () => {
  const clock = fixedClock(new Date('2026-12-01T08:00:00.000Z'));
  const logs = logCapture();
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      clock,
      env: { LOG_LEVEL: 'info', AUTH_ALLOW_SKIP_REGISTER: 'true' },
      logDestination: logs,
    });
  });
  after(() => server.close({ drop: true }));

  /**
   * Makes one call (with a trace marker in its URL) and returns the records it added, checking
   * the actor's IP and that requestId is the id the server gave that request.
   */
  async function change(method: string, path: string, options: CallOptions, expectedStatus = 200) {
    const since = await newestId(server);
    const trace = randomBytes(8).toString('hex');
    clock.advance(1000);
    const res = await server.call(method, path, { ...options, query: { ...options.query, trace } });
    assert.equal(res.status, expectedStatus, `${path}: ${res.text}`);
    const added = (await allEvents(server)).filter((e) => e.id > since);
    for (const event of added) {
      assert.equal(event.actor.ip, '127.0.0.1');
      assert.match(event.requestId ?? '', UUID);
      assert.equal(event.requestId, logs.requestIdOf(trace), 'requestId is the id of the request that made the change');
      assert.equal(event.at, clock.now().toISOString());
    }
    return { res, added };
  }

  it('each mutating method writes exactly one record with actor, ip, requestId, tenantId, portalName and [before, after] changes', async () => {
    const password = `Secret-${randomBytes(6).toString('hex')}`;
    const body = registration({ password });
    const reg = await change('POST', 'portal/register', { auth: true, json: body }, 201);
    const tenantId: number = reg.res.body.tenant.tenantId;
    const portalName: string = reg.res.body.tenant.portalName;
    assert.equal(reg.added.length, 1);
    assert.deepEqual(
      { ...reg.added[0], id: 0, at: '', requestId: '' },
      {
        id: 0,
        at: '',
        action: 'portal.register',
        actor: { type: 'operator', id: 'test', ip: '127.0.0.1' },
        tenantId,
        portalName,
        requestId: '',
        changes: {
          portalName: [null, portalName],
          status: [null, 'Active'],
          ownerEmail: [null, String(body.email).toLowerCase()],
          plan: [null, 'default'],
          clientId: [null, null],
        },
      },
    );

    const status = await change('PUT', 'portal/status', {
      auth: true,
      json: { portalName, status: 'Suspended', reason: 'unpaid invoice' },
    });
    assert.deepEqual(
      status.added.map((e) => [e.action, e.tenantId, e.portalName, e.changes]),
      [['portal.status', tenantId, portalName, { status: ['Active', 'Suspended'], reason: [null, 'unpaid invoice'] }]],
    );

    const tariff = await change('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: String(tenantId), activeUsers: 50, maxTotalSize: 123456 },
    });
    assert.deepEqual(
      tariff.added.map((e) => [e.action, e.tenantId, e.portalName]),
      [['tariff.set', tenantId, portalName]],
    );
    assert.deepEqual(tariff.added[0]?.changes, { activeUsers: [10000, 50], maxTotalSize: [1099511627775, 123456] });

    const setting = await change('POST', 'settings/save', {
      auth: true,
      json: { portalName, key: 'Theme', value: 'a-setting-value-7f3a' },
    });
    assert.deepEqual(
      setting.added.map((e) => [e.action, e.tenantId, e.portalName, e.changes]),
      [['settings.save', tenantId, portalName, { setting: [null, 'theme'] }]],
    );

    const clientId = randomClientId('aud');
    const created = await change(
      'POST',
      'client/create',
      { auth: true, json: { name: 'Audited', clientId, scopes: 'portals:read', maxPortals: 3 } },
      201,
    );
    assert.deepEqual(
      created.added.map((e) => [e.action, e.tenantId, e.portalName, e.actor.type]),
      [['client.create', null, null, 'operator']],
    );
    assert.deepEqual(created.added[0]?.changes, {
      clientId: [null, clientId],
      name: [null, 'Audited'],
      scopes: [null, ['portals:read']],
      maxPortals: [null, 3],
      rateLimit: [null, null],
      partnerId: [null, null],
    });

    const updated = await change('PUT', 'client/update', {
      auth: true,
      json: { clientId, name: 'Audited 2', scopes: 'portals:read,billing', disabled: true },
    });
    assert.deepEqual(
      updated.added.map((e) => [e.action, e.changes]),
      [
        [
          'client.update',
          {
            clientId: [clientId, clientId],
            name: ['Audited', 'Audited 2'],
            scopes: [['portals:read'], ['portals:read', 'billing']],
            disabled: [false, true],
          },
        ],
      ],
    );

    const rotatedAt = clock.now().getTime() + 1000;
    const rotated = await change('POST', 'client/rotate', { auth: true, json: { clientId, graceMinutes: 15 } });
    assert.deepEqual(
      rotated.added.map((e) => e.action),
      ['client.rotate'],
    );
    assert.deepEqual(rotated.added[0]?.changes, {
      clientId: [clientId, clientId],
      rotated: [created.res.body.client.secretRotated, new Date(rotatedAt).toISOString()],
      graceMinutes: [null, 15],
    });

    const moved = await change('PUT', 'portal/client', { auth: true, json: { tenantId, clientId } });
    assert.deepEqual(
      moved.added.map((e) => [e.action, e.tenantId, e.portalName, e.changes]),
      [['portal.client', tenantId, portalName, { clientId: [null, clientId] }]],
    );

    const removedClient = await change('DELETE', 'client/remove', { auth: true, json: { clientId } });
    assert.deepEqual(
      removedClient.added.map((e) => [e.action, Object.keys(e.changes)]),
      [['client.remove', ['clientId', 'removed']]],
    );

    const removed = await change('DELETE', 'portal/remove', { auth: true, json: { tenantId } });
    assert.deepEqual(
      removed.added.map((e) => [e.action, e.tenantId, e.portalName, e.changes]),
      [['portal.remove', tenantId, portalName, { status: ['Suspended', 'RemovePending'] }]],
    );
  });

  it('a client and an anonymous caller are named as such', async () => {
    const c = await createTestClient(server);
    const byClient = await change('POST', 'portal/register', { auth: c.auth(), json: registration() }, 201);
    assert.deepEqual(
      byClient.added.map((e) => [e.action, e.actor.type, e.actor.id, e.changes.clientId]),
      [['portal.register', 'client', c.clientId, [null, c.clientId]]],
    );
    const tariff = await change('PUT', 'tariff/set', {
      auth: c.auth(),
      json: { tenantId: byClient.res.body.tenant.tenantId, plan: 'default', activeUsers: 3 },
    });
    assert.deepEqual(
      tariff.added.map((e) => [e.action, e.actor.type, e.actor.id]),
      [['tariff.set', 'client', c.clientId]],
    );
    const anonymous = await change('POST', 'portal/register', { json: registration() }, 201);
    assert.deepEqual(
      anonymous.added.map((e) => [e.action, e.actor.type, e.actor.id]),
      [['portal.register', 'anonymous', null]],
    );
    const byEmail = await change(
      'POST',
      'portal/registerbyemail',
      { auth: true, json: { email: `ae-${randomBytes(3).toString('hex')}@example.com` } },
      201,
    );
    assert.deepEqual(
      byEmail.added.map((e) => [e.action, e.portalName]),
      [['portal.register', byEmail.res.body.tenant.portalName]],
    );
  });

  it('the activation page records owner.activate (and owner.password) with the owner as actor; a sign-in link records owner.signin', async () => {
    const body = registration();
    const reg = await server.call('POST', 'portal/register', { auth: true, json: body });
    assert.equal(reg.status, 201, reg.text);
    const tenantId: number = reg.body.tenant.tenantId;
    const ownerId: string = reg.body.tenant.ownerId;
    const reference = new URL(reg.body.reference);
    const host = reference.host;
    const since = await newestId(server);
    clock.advance(1000);
    const form = await server.app.inject({
      method: 'GET',
      url: reference.pathname + reference.search,
      headers: { host },
    });
    assert.equal(form.statusCode, 200, form.body);
    const csrf = /name="csrf" value="([^"]*)"/.exec(form.body)?.[1]?.replace(/&amp;/g, '&') ?? '';
    const password = `Owner-${randomBytes(6).toString('hex')}`;
    const post = await server.app.inject({
      method: 'POST',
      url: '/confirm',
      headers: { host, origin: `http://${host}`, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({
        ...Object.fromEntries(reference.searchParams),
        csrf,
        password,
        passwordAgain: password,
      }).toString(),
    });
    assert.equal(post.statusCode, 303, post.body);
    const added = (await allEvents(server)).filter((e) => e.id > since);
    assert.deepEqual(added.map((e) => e.action).sort(), ['owner.activate', 'owner.password']);
    for (const event of added) {
      assert.deepEqual(event.actor, { type: 'owner', id: ownerId, ip: '127.0.0.1' });
      assert.equal(event.tenantId, tenantId);
      assert.match(event.requestId ?? '', UUID);
    }
    assert.deepEqual(added.find((e) => e.action === 'owner.activate')?.changes, { activated: [false, true] });
    assert.ok(!JSON.stringify(added).includes(password));

    // portal/signin gives a one-time link; using it is recorded as owner.signin (issuing it changes nothing).
    const beforeSignin = await newestId(server);
    const signin = await server.call('POST', 'portal/signin', { json: { email: body.email, password } });
    assert.equal(signin.status, 200, signin.text);
    assert.equal(await newestId(server), beforeSignin, 'portal/signin itself records nothing');
    const link = new URL(signin.body.tenants[0].portalLink);
    const used = await server.app.inject({
      method: 'GET',
      url: link.pathname + link.search,
      headers: { host: link.host },
    });
    assert.equal(used.statusCode, 303, used.body);
    const signedIn = (await allEvents(server)).filter((e) => e.id > beforeSignin);
    assert.deepEqual(
      signedIn.map((e) => [e.action, e.actor.type, e.actor.id, e.tenantId]),
      [['owner.signin', 'owner', ownerId, tenantId]],
    );
  });

  it('a refused change writes no record', async () => {
    const reg = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    const portalName: string = reg.body.tenant.portalName;
    const c = await createTestClient(server);
    const since = await newestId(server);
    const refusals: Array<[string, string, CallOptions, string]> = [
      ['PUT', 'tariff/set', { auth: true, json: { portalName, activeUsers: -1 } }, 'params'],
      ['PUT', 'tariff/set', { auth: true, json: { portalName, dueDate: 'not a date' } }, 'params'],
      ['PUT', 'tariff/set', { auth: true, json: { portalName, plan: 'no-such-plan' } }, 'params'],
      ['POST', 'portal/register', { auth: true, json: registration({ portalName }) }, 'portalNameExist'],
      ['POST', 'portal/register', { auth: true, json: registration({ password: 'x' }) }, 'passPolicyError'],
      [
        'PUT',
        'portal/status',
        { auth: true, json: { portalName: `nope${randomBytes(4).toString('hex')}` } },
        'portalNameNotFound',
      ],
      ['PUT', 'portal/status', { auth: c.auth(), json: { portalName } }, 'portalNameNotFound'],
      ['DELETE', 'portal/remove', { auth: c.auth(), json: { portalName } }, 'portalNameNotFound'],
      ['POST', 'settings/save', { auth: true, json: { portalName, key: 'k' } }, 'params'],
      [
        'POST',
        'settings/save',
        { auth: true, json: { tenantId: -1, key: 'BaseDomain', value: 'not a host!' } },
        'params',
      ],
      ['POST', 'client/create', { auth: true, json: { name: 'x', scopes: 'bogus' } }, 'params'],
      ['POST', 'client/create', { auth: true, json: { name: 'x', clientId: c.clientId } }, 'clientExist'],
      ['PUT', 'client/update', { auth: true, json: { clientId: c.clientId, maxPortals: -1 } }, 'params'],
      ['POST', 'client/rotate', { auth: true, json: { clientId: c.clientId, graceMinutes: 99999 } }, 'params'],
      ['DELETE', 'client/remove', { auth: true, json: { clientId: randomClientId('none') } }, 'clientNotFound'],
      [
        'PUT',
        'portal/client',
        { auth: true, json: { portalName, clientId: randomClientId('none') } },
        'clientNotFound',
      ],
      ['PUT', 'portal/client', { auth: c.auth(), json: { portalName, clientId: c.clientId } }, 'forbidden'],
    ];
    for (const [method, path, options, error] of refusals) {
      const res = await server.call(method, path, options);
      assert.equal(res.body?.error, error, `${method} ${path}: ${res.text}`);
    }
    assert.equal(await newestId(server), since, 'no record of a refused change');
  });

  it('no record carries a password, a password hash, a client secret, a token, a link key or a setting value', async () => {
    const password = `Pass-${randomBytes(6).toString('hex')}`;
    const passwordHash = `client-side-hash-${randomBytes(8).toString('hex')}`;
    const settingValue = `setting-value-${randomBytes(8).toString('hex')}`;
    const reg = await server.call('POST', 'portal/register', { auth: true, json: registration({ password }) });
    const reg2 = await server.call('POST', 'portal/registerbyemail', {
      auth: true,
      json: { email: `h-${randomBytes(3).toString('hex')}@example.com`, passwordHash },
    });
    assert.equal(reg2.status, 201, reg2.text);
    const anonymous = await server.call('POST', 'portal/register', { json: registration() });
    await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: reg.body.tenant.tenantId, key: 'smtpPassword', value: settingValue },
    });
    await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: -1, key: 'providerApiKey', value: settingValue },
    });
    const created = await server.call('POST', 'client/create', { auth: true, json: { name: 'Secretive' } });
    const rotated = await server.call('POST', 'client/rotate', {
      auth: true,
      json: { clientId: created.body.client.clientId },
    });
    const c = clientFrom(server, rotated);
    const token = c.auth();
    await server.call('POST', 'portal/register', { auth: token, json: registration() });
    const operatorToken = server.token();
    await server.call('PUT', 'tariff/set', {
      auth: operatorToken,
      json: { tenantId: reg.body.tenant.tenantId, features: 'x' },
    });

    const hashes = await sql<{
      password_hash: string | null;
    }>`select password_hash from users where password_hash is not null`.execute(server.store.db);
    assert.ok(hashes.rows.length >= 2);
    const keyOf = (link: string) => new URL(link).searchParams.get('key') ?? '';
    const forbidden = [
      password,
      passwordHash,
      settingValue,
      String(created.body.secret),
      c.secret,
      token,
      token.split(':')[2] ?? '',
      operatorToken.split(':')[2] ?? '',
      server.machineKey,
      keyOf(reg.body.reference),
      keyOf(reg2.body.reference),
      keyOf(anonymous.body.reference),
      ...hashes.rows.map((r) => String(r.password_hash)),
    ];
    const text = JSON.stringify(await allEvents(server));
    for (const value of forbidden) {
      assert.ok(value.length >= 8);
      assert.ok(!text.includes(value), `found ${value.slice(0, 6)}… in the audit log`);
    }
    // The raw rows too (what a database reader sees).
    const raw = JSON.stringify((await sql`select * from audit_log`.execute(server.store.db)).rows);
    for (const value of forbidden) assert.ok(!raw.includes(value));
  });

  it('audit/list answers under every prefix', async () => {
    for (const prefix of ['/api', '/apisystem', '/apisystem/api']) {
      const res = await server.call('GET', `${prefix}/audit/list`, { auth: true, query: { limit: '1' } });
      assert.equal(res.status, 200, res.text);
      assert.equal(res.body.events.length, 1);
    }
  });
});

describe('a change rolled back leaves no record', () => {
  it('a registration that fails after its record was written (in the same transaction) leaves neither portal nor record', async () => {
    const server = await startTestServer({
      overrides: {
        onRegistered: async () => {
          throw new Error('the work committed with the portal failed');
        },
      },
    });
    try {
      const body = registration();
      const res = await server.call('POST', 'portal/register', { auth: true, json: body });
      assert.equal(res.status, 500);
      assert.equal(res.body.error, 'registerNewTenantError');
      assert.deepEqual((await server.call('GET', 'audit/list', { auth: true })).body, { events: [], next: null });
      assert.deepEqual((await server.call('GET', 'portal/get', { auth: true, query: { status: 'all' } })).body, {
        tenants: [],
      });
    } finally {
      await server.close({ drop: true });
    }
  });
});

describe('unusual callers still leave their record', () => {
  const server = useServer({ env: { TRUST_PROXY: 'true', AUTH_ALLOW_SKIP_REGISTER: 'true' } });

  it('a 300-character pkey is cut to its column and a forwarded value that is not an IP counts as absent, never a failed change', async () => {
    const pkey = `ops-${'k'.repeat(296)}`;
    const token = ascToken(server.machineKey, pkey, server.ctx.clock.now());
    const forwarded = `proxy-said-${'x'.repeat(120)}`;
    const res = await server.call('POST', 'portal/register', {
      auth: token,
      json: registration(),
      headers: { 'x-forwarded-for': forwarded },
    });
    assert.equal(res.status, 201, res.text);
    const [event] = await allEvents(server, { tenantId: String(res.body.tenant.tenantId) });
    assert.equal(event?.actor.id, pkey.slice(0, 255));
    // A trusted proxy passing on a made-up value: the proxy's own address is recorded instead.
    assert.equal(event?.actor.ip, '127.0.0.1');
    const anonymous = await server.call('POST', 'portal/register', {
      json: registration(),
      headers: { 'x-forwarded-for': forwarded },
    });
    assert.equal(anonymous.status, 201, anonymous.text);
    const short = await server.call('PUT', 'portal/status', {
      auth: true,
      json: { tenantId: res.body.tenant.tenantId },
      headers: { 'x-forwarded-for': '2001:db8::7' },
    });
    assert.equal(short.status, 200);
    assert.equal(
      (await allEvents(server, { tenantId: String(res.body.tenant.tenantId), action: 'portal.status' }))[0]?.actor.ip,
      '2001:db8::7',
    );
  });
});

describe('audit/list paging and filters', () => {
  const clock = fixedClock(new Date('2026-12-02T08:00:00.000Z'));
  const server = useServer({ clock });

  it('pages of 7 with `after` are disjoint, complete and newest first', async () => {
    const reg = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    const tenantId = String(reg.body.tenant.tenantId);
    for (let i = 1; i <= 25; i++) {
      clock.advance(1000);
      const res = await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId, activeUsers: i } });
      assert.equal(res.status, 200);
    }
    const everything = await allEvents(server, { tenantId });
    assert.equal(everything.length, 26);
    const pages: AuditEvent[][] = [];
    let after: string | null = null;
    do {
      const res: ApiResponse = await server.call('GET', 'audit/list', {
        auth: true,
        query: { tenantId, limit: '7', ...(after === null ? {} : { after }) },
      });
      assert.equal(res.status, 200, res.text);
      pages.push(res.body.events);
      after = res.body.next;
      if (after !== null) assert.equal(after, String(res.body.events.at(-1).id));
    } while (after !== null);
    assert.deepEqual(
      pages.map((p) => p.length),
      [7, 7, 7, 5],
    );
    const ids = pages.flat().map((e) => e.id);
    assert.equal(new Set(ids).size, ids.length, 'disjoint');
    assert.deepEqual(
      ids,
      everything.map((e) => e.id),
      'complete, in the same order',
    );
    assert.deepEqual(
      [...ids].sort((x, y) => y - x),
      ids,
      'newest first',
    );
    assert.deepEqual(pages.flat().at(-1)?.action, 'portal.register');
    assert.deepEqual(pages[0]?.[0]?.changes, { activeUsers: [24, 25] });
    // A page of exactly the remaining records says there is no next one.
    const exact = await server.call('GET', 'audit/list', { auth: true, query: { tenantId, limit: '26' } });
    assert.equal(exact.body.events.length, 26);
    assert.equal(exact.body.next, null);
    // Without a limit, pages of 100.
    for (let i = 26; i <= 110; i++)
      await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId, activeUsers: i } });
    const byDefault = await server.call('GET', 'audit/list', { auth: true, query: { tenantId } });
    assert.equal(byDefault.body.events.length, 100);
    assert.equal(byDefault.body.next, String(byDefault.body.events[99].id));
    const rest = await server.call('GET', 'audit/list', {
      auth: true,
      query: { tenantId, after: byDefault.body.next },
    });
    assert.equal(rest.body.events.length, 11);
    assert.equal(rest.body.next, null);
  });

  it('filters narrow the list: tenantId, portalName (alias or domain), action, actorType, actorId, from/to', async () => {
    const c = await createTestClient(server, { scopes: 'portals:write,billing' });
    clock.advance(60_000);
    const start = clock.now();
    const one = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    clock.advance(60_000);
    const middle = clock.now();
    const two = await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() });
    clock.advance(60_000);
    await server.call('PUT', 'portal/status', {
      auth: c.auth(),
      json: { tenantId: two.body.tenant.tenantId, status: 'Suspended' },
    });
    const end = clock.now();
    clock.advance(1);
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: one.body.tenant.tenantId, activeUsers: 1 },
    });

    const actions = (events: AuditEvent[]) => events.map((e) => e.action);
    assert.deepEqual(actions(await allEvents(server, { tenantId: String(one.body.tenant.tenantId) })), [
      'tariff.set',
      'portal.register',
    ]);
    assert.deepEqual(actions(await allEvents(server, { portalName: two.body.tenant.portalName })), [
      'portal.status',
      'portal.register',
    ]);
    assert.deepEqual(actions(await allEvents(server, { portalName: two.body.tenant.domain.toUpperCase() })), [
      'portal.status',
      'portal.register',
    ]);
    assert.deepEqual(
      actions(await allEvents(server, { tenantId: String(two.body.tenant.tenantId), action: 'portal.status' })),
      ['portal.status'],
    );
    const byClient = await allEvents(server, { actorType: 'client' });
    assert.deepEqual(actions(byClient), ['portal.status', 'portal.register']);
    assert.ok(byClient.every((e) => e.actor.id === c.clientId));
    assert.deepEqual(actions(await allEvents(server, { actorId: c.clientId })), ['portal.status', 'portal.register']);
    assert.deepEqual(actions(await allEvents(server, { actorType: 'operator', actorId: c.clientId })), []);
    assert.deepEqual(actions(await allEvents(server, { action: 'client.create', actorType: 'operator' })), [
      'client.create',
    ]);
    // from and to are inclusive bounds on `at`.
    const between = await allEvents(server, { from: start.toISOString(), to: end.toISOString() });
    assert.deepEqual(actions(between), ['portal.status', 'portal.register', 'portal.register']);
    assert.deepEqual(
      actions(await allEvents(server, { from: middle.toISOString(), to: end.toISOString(), actorType: 'client' })),
      ['portal.status', 'portal.register'],
    );
    assert.deepEqual(
      actions(await allEvents(server, { to: new Date(start.getTime() - 1).toISOString() })).includes('portal.status'),
      false,
    );
    // A date alone is accepted too.
    assert.equal((await server.call('GET', 'audit/list', { auth: true, query: { from: '2026-12-02' } })).status, 200);
    // A filter that matches nothing answers an empty page.
    assert.deepEqual((await server.call('GET', 'audit/list', { auth: true, query: { tenantId: '999999' } })).body, {
      events: [],
      next: null,
    });
  });

  it('a client with audit:read sees only the records of its own portals and its own actions; without it, 403', async () => {
    const mine = await createTestClient(server, { scopes: 'portals:read,portals:write,billing,audit:read' });
    const other = await createTestClient(server, { scopes: 'portals:write,billing,audit:read' });
    const own = await server.call('POST', 'portal/register', { auth: mine.auth(), json: registration() });
    const theirs = await server.call('POST', 'portal/register', { auth: other.auth(), json: registration() });
    const operators = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    // The operator changing the client's portal: part of the client's portal history.
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: own.body.tenant.tenantId, activeUsers: 77 },
    });
    await server.call('PUT', 'tariff/set', {
      auth: other.auth(),
      json: { tenantId: theirs.body.tenant.tenantId, activeUsers: 5 },
    });
    await server.call('PUT', 'client/update', { auth: true, json: { clientId: mine.clientId, name: 'Renamed' } });

    const seen = await allEvents(server, {}, mine.auth());
    assert.ok(seen.length > 0);
    const ownTenant = own.body.tenant.tenantId;
    for (const event of seen) {
      const aboutOwnPortal = event.tenantId === ownTenant;
      const aboutItself =
        event.tenantId === null &&
        (event.changes.clientId?.[1] === mine.clientId || event.action.startsWith('client.'));
      assert.ok(aboutOwnPortal || aboutItself, `a client saw ${JSON.stringify(event)}`);
    }
    assert.deepEqual(
      seen.filter((e) => e.tenantId === ownTenant).map((e) => [e.action, e.actor.type]),
      [
        ['tariff.set', 'operator'],
        ['portal.register', 'client'],
      ],
    );
    // The operator's record is shown as the operator's, without the staff member's name or address.
    const byOperator = seen.find((e) => e.tenantId === ownTenant && e.action === 'tariff.set');
    assert.deepEqual(byOperator?.actor, { type: 'operator' });
    const asOperatorSees = (await allEvents(server, { tenantId: String(ownTenant), action: 'tariff.set' }))[0];
    assert.equal(asOperatorSees?.actor.id, 'test');
    assert.equal(typeof asOperatorSees?.actor.ip, 'string');
    assert.ok(
      seen.some((e) => e.action === 'client.update'),
      'its own client record changes',
    );
    // Not another client's: its creation record (the one naming its id) is not in the slice.
    const otherCreated = (await allEvents(server, { action: 'client.create' })).find(
      (e) => e.changes.clientId?.[1] === other.clientId,
    );
    assert.ok(otherCreated);
    assert.ok(!seen.some((e) => e.id === otherCreated.id));
    assert.ok(seen.some((e) => e.action === 'client.create' && e.changes.clientId?.[1] === mine.clientId));
    assert.ok(
      !seen.some((e) => e.tenantId === theirs.body.tenant.tenantId || e.tenantId === operators.body.tenant.tenantId),
    );
    // Asking for another portal's records by id or name: nothing, not an error.
    assert.deepEqual(
      (
        await server.call('GET', 'audit/list', {
          auth: mine.auth(),
          query: { tenantId: String(theirs.body.tenant.tenantId) },
        })
      ).body,
      { events: [], next: null },
    );
    assert.deepEqual(
      (
        await server.call('GET', 'audit/list', {
          auth: mine.auth(),
          query: { portalName: operators.body.tenant.portalName },
        })
      ).body,
      { events: [], next: null },
    );

    const noScope = await createTestClient(server, { scopes: 'portals:read' });
    const refused = await server.call('GET', 'audit/list', { auth: noScope.auth() });
    assert.equal(refused.status, 403);
    assert.deepEqual(refused.body, { error: 'forbidden', message: 'Scope audit:read is required' });
  });

  describe('bad input is 400 params', () => {
    const cases: Array<[string, Record<string, string>]> = [
      ['limit 0', { limit: '0' }],
      ['limit 1001', { limit: '1001' }],
      ['limit -5', { limit: '-5' }],
      ['a non-numeric limit', { limit: 'ten' }],
      ['an unknown action', { action: 'portal.explode' }],
      ['an unknown actorType', { actorType: 'robot' }],
      ['a bad from', { from: 'yesterday' }],
      ['an impossible to', { to: '2026-13-45T00:00:00Z' }],
      ['a non-numeric after', { after: 'abc' }],
      ['a negative after', { after: '-1' }],
      ['a non-numeric tenantId', { tenantId: 'first' }],
    ];
    for (const [what, query] of cases) {
      it(what, async () => {
        const res = await server.call('GET', 'audit/list', { auth: true, query });
        assert.equal(res.status, 400, res.text);
        assert.equal(res.body.error, 'params');
        assert.ok(Array.isArray(res.body.message) && res.body.message.length > 0);
      });
    }
    it('the limits 1 and 1000 are accepted', async () => {
      for (const limit of ['1', '1000'])
        assert.equal((await server.call('GET', 'audit/list', { auth: true, query: { limit } })).status, 200);
    });
  });
});

describe('audit retention and erasure (fixed clock)', () => {
  const clock = fixedClock(new Date('2026-01-10T00:00:00.000Z'));
  const server = useServer({ clock, env: { AUDIT_RETENTION_DAYS: '30', REMOVE_RETENTION_DAYS: '1' } });

  it('records older than AUDIT_RETENTION_DAYS are purged by the maintenance job; younger ones stay', async () => {
    const old = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    const oldTenant = String(old.body.tenant.tenantId);
    await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: oldTenant, activeUsers: 2 } });
    clock.advance(20 * DAY_MS);
    const young = await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: oldTenant, activeUsers: 3 } });
    assert.equal(young.status, 200);
    clock.advance(11 * DAY_MS);
    const result = await purgeExpired(server.ctx);
    assert.ok(result.auditRecords >= 2, JSON.stringify(result));
    const left = await allEvents(server, { tenantId: oldTenant });
    assert.deepEqual(
      left.map((e) => [e.action, e.changes]),
      [['tariff.set', { activeUsers: [2, 3] }]],
    );
    // Running it again finds nothing more to do.
    assert.equal((await purgeExpired(server.ctx)).auditRecords, 0);
  });

  it("a purged portal's owner e-mail is replaced by a pseudonym in its records; the purge is recorded by the system", async () => {
    const email = `Erase.Me-${randomBytes(4).toString('hex')}@Example.com`;
    const reg = await server.call('POST', 'portal/register', { auth: true, json: registration({ email }) });
    const tenantId: number = reg.body.tenant.tenantId;
    const other = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    await server.call('DELETE', 'portal/remove', { auth: true, json: { tenantId } });
    const before = JSON.stringify(await allEvents(server, { tenantId: String(tenantId) }));
    assert.ok(before.includes(email.toLowerCase()));

    clock.advance(2 * DAY_MS);
    const result = await purgeExpired(server.ctx);
    assert.equal(result.tenants, 1);
    const events = await allEvents(server, { tenantId: String(tenantId) });
    assert.deepEqual(
      events.map((e) => e.action),
      ['portal.purge', 'portal.remove', 'portal.register'],
    );
    const text = JSON.stringify(events);
    assert.ok(!text.toLowerCase().includes(email.toLowerCase()), 'the e-mail is gone');
    const register = events.find((e) => e.action === 'portal.register');
    assert.deepEqual(register?.changes.ownerEmail, [null, pseudonymOf(email)]);
    assert.match(pseudonymOf(email), /^erased-[0-9a-f]{16}@invalid$/);
    const purge = events[0];
    assert.deepEqual(purge?.actor, { type: 'system', id: null, ip: null });
    assert.equal(purge?.requestId, null);
    assert.equal(purge?.portalName, reg.body.tenant.portalName);
    // Other portals' records keep their e-mails.
    const kept = await allEvents(server, { tenantId: String(other.body.tenant.tenantId) });
    assert.ok(JSON.stringify(kept).includes(String(other.body.tenant.portalName)));
    assert.ok(!JSON.stringify(kept).includes('erased-'));
  });
});

describe('audit/list pages stay bounded however the filters combine', () => {
  let server: TestServer;
  const base = Date.parse('2026-01-01T00:00:00.000Z');
  before(async () => {
    server = await startTestServer();
    // 12,000 records, one a second: status changes by the operator 'panel' (every second one),
    // tariff changes by a client; one status change by the system, the oldest of all; and
    // one tariff change by 'panel' too, near the start (far below the newest 5,000 of 'panel').
    const rows = Array.from({ length: 12_000 }, (_, i) => {
      const system = i === 0;
      const rare = i === 11;
      const status = i % 2 === 0;
      return {
        at: new Date(base + i * 1000),
        action: status ? 'portal.status' : 'tariff.set',
        actor_type: system ? 'system' : status || rare ? 'operator' : 'client',
        actor_id: system ? null : status || rare ? 'panel' : 'acme',
        actor_ip: null,
        tenant_id: null,
        portal_name: null,
        client_id: status || rare ? null : 'acme',
        request_id: null,
        changes: '{}',
      };
    });
    for (let i = 0; i < rows.length; i += 1000)
      await server.store.db
        .insertInto('audit_log')
        .values(rows.slice(i, i + 1000))
        .execute();
  });
  after(() => server.close({ drop: true }));

  const list = async (query: Record<string, string>) => {
    const res = await server.call('GET', 'audit/list', { auth: true, query });
    assert.equal(res.status, 200, res.text);
    return res.body as { events: AuditEvent[]; next: string | null };
  };

  /** Every event of a filter, page after page until `next` is null; and how many pages it took. */
  const all = async (query: Record<string, string>) => {
    const events: AuditEvent[] = [];
    let pages = 0;
    let after: string | null = null;
    do {
      const page = await list({ ...query, ...(after === null ? {} : { after }) });
      events.push(...page.events);
      after = page.next;
      pages += 1;
    } while (after !== null && pages < 100);
    return { events, pages };
  };

  it('actorType=system with action=portal.status finds the one record on the first page (their own index)', async () => {
    const page = await list({ actorType: 'system', action: 'portal.status' });
    assert.equal(page.events.length, 1);
    assert.equal(page.events[0]?.actor.type, 'system');
    assert.equal(page.next, null);
  });

  it('filters that are each common but rare together give short pages with a cursor, and paging finds every record', async () => {
    const first = await list({ actorId: 'panel', action: 'tariff.set', limit: '100' });
    assert.equal(first.events.length, 0, 'the newest window holds no match');
    assert.notEqual(first.next, null, 'but the cursor says more may follow');
    const { events, pages } = await all({ actorType: 'operator', actorId: 'panel', action: 'tariff.set' });
    assert.deepEqual(
      events.map((e) => [e.actor.id, e.action, e.at]),
      [['panel', 'tariff.set', new Date(base + 11_000).toISOString()]],
    );
    assert.ok(pages >= 2);
  });

  it('from/to select exactly the records of the time range, newest first', async () => {
    const from = new Date(base + 5_000 * 1000).toISOString();
    const to = new Date(base + 5_009 * 1000).toISOString();
    const { events } = await all({ from, to, limit: '3' });
    assert.deepEqual(
      events.map((e) => e.at),
      Array.from({ length: 10 }, (_, i) => new Date(base + (5_009 - i) * 1000).toISOString()),
    );
    const statuses = await all({ from, to, action: 'portal.status' });
    assert.equal(statuses.events.length, 5);
    const none = await list({ from: new Date(base + 20_000 * 1000).toISOString() });
    assert.deepEqual(none, { events: [], next: null });
  });

  it('a full page of a common filter reads no further than it needs: 100 events and a cursor', async () => {
    const page = await list({ actorType: 'operator', limit: '100' });
    assert.equal(page.events.length, 100);
    assert.ok(page.events.every((e) => e.actor.type === 'operator'));
    const next = await list({ actorType: 'operator', limit: '100', after: String(page.next) });
    assert.ok(Math.max(...next.events.map((e) => e.id)) < Math.min(...page.events.map((e) => e.id)));
  });
});
