import assert from 'node:assert/strict';
import { resealSecrets } from '../../src/domain/maintenance/reseal-secrets.js';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { fixedClock } from '../../src/domain/clock.js';
import {
  ascToken,
  callWith,
  clientFrom,
  createTestClient,
  HASH_ENCODINGS,
  randomClientId,
  type TestClient,
} from '../helpers/client-auth.js';
import { registration, startTestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/** API clients ("client creation"): the operator's client/* methods, signing as a client, scopes. */

const PREFIXES = ['/api', '/apisystem', '/apisystem/api'] as const;
const MINUTE = 60_000;

const CLIENT_KEYS = [
  'clientId',
  'name',
  'scopes',
  'maxPortals',
  'rateLimit',
  'partnerId',
  'disabled',
  'created',
  'secretRotated',
  'portalCount',
];

describe('client/* methods', () => {
  const server = useServer();

  it('client/create answers 201 with the client and a 43-character base64url secret, shown only there', async () => {
    const clientId = randomClientId('panel');
    const res = await server.call('POST', 'client/create', { auth: true, json: { name: 'Billing panel', clientId } });
    assert.equal(res.status, 201, res.text);
    assert.deepEqual(Object.keys(res.body).sort(), ['client', 'secret']);
    assert.match(res.body.secret, /^[A-Za-z0-9_-]{43}$/);
    assert.deepEqual(Object.keys(res.body.client).sort(), [...CLIENT_KEYS].sort());
    assert.deepEqual(
      { ...res.body.client, created: undefined, secretRotated: undefined },
      {
        clientId,
        name: 'Billing panel',
        scopes: ['portals:read', 'portals:write', 'billing'],
        maxPortals: null,
        rateLimit: null,
        partnerId: null,
        disabled: false,
        created: undefined,
        secretRotated: undefined,
        portalCount: 0,
      },
    );
    assert.match(res.body.client.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const secret: string = res.body.secret;

    const got = await server.call('GET', 'client/get', { auth: true, query: { clientId } });
    assert.equal(got.status, 200, got.text);
    assert.deepEqual(got.body, { client: res.body.client });
    const list = await server.call('GET', 'client/list', { auth: true });
    assert.equal(list.status, 200);
    assert.ok(list.body.clients.some((c: { clientId: string }) => c.clientId === clientId));
    for (const text of [got.text, list.text]) assert.ok(!text.includes(secret), 'the secret is never shown again');
    for (const c of list.body.clients) assert.deepEqual(Object.keys(c).sort(), [...CLIENT_KEYS].sort());
  });

  it('client/create generates an id when none is given', async () => {
    const res = await server.call('POST', 'client/create', { auth: true, json: { name: 'No id' } });
    assert.equal(res.status, 201, res.text);
    assert.match(res.body.client.clientId, /^[a-z0-9][a-z0-9-]{2,62}$/);
  });

  it('client/list lists clients in creation order', async () => {
    const ids = [randomClientId('o1'), randomClientId('o2'), randomClientId('o3')];
    for (const clientId of ids)
      assert.equal(
        (await server.call('POST', 'client/create', { auth: true, json: { name: 'Ordered', clientId } })).status,
        201,
      );
    const list = await server.call('GET', 'client/list', { auth: true });
    const order = list.body.clients
      .map((c: { clientId: string }) => c.clientId)
      .filter((id: string) => ids.includes(id));
    assert.deepEqual(order, ids);
  });

  for (const prefix of PREFIXES) {
    it(`every client method answers under ${prefix}`, async () => {
      const clientId = randomClientId('px');
      const created = await server.call('POST', `${prefix}/client/create`, {
        auth: true,
        json: { name: 'Prefixed', clientId },
      });
      assert.equal(created.status, 201, created.text);
      assert.equal(
        (await server.call('GET', `${prefix}/client/get`, { auth: true, query: { clientId } })).body.client.clientId,
        clientId,
      );
      const list = await server.call('GET', `${prefix}/client/list`, { auth: true });
      assert.ok(list.body.clients.some((c: { clientId: string }) => c.clientId === clientId));
      const updated = await server.call('PUT', `${prefix}/client/update`, {
        auth: true,
        json: { clientId, name: 'Renamed' },
      });
      assert.equal(updated.status, 200, updated.text);
      assert.deepEqual(Object.keys(updated.body), ['client'], 'no secret outside create and rotate');
      assert.equal(updated.body.client.name, 'Renamed');
      const rotated = await server.call('POST', `${prefix}/client/rotate`, { auth: true, json: { clientId } });
      assert.equal(rotated.status, 200, rotated.text);
      assert.match(rotated.body.secret, /^[A-Za-z0-9_-]{43}$/);
      assert.notEqual(rotated.body.secret, created.body.secret);
      const removed = await server.call('DELETE', `${prefix}/client/remove`, { auth: true, query: { clientId } });
      assert.equal(removed.status, 200, removed.text);
      assert.equal(removed.body.removed, true);
      assert.equal(removed.body.client.clientId, clientId);
    });
  }

  it('reads parameters liberally: form body, query string, names in any case, scopes as comma text or JSON array', async () => {
    const formId = randomClientId('form');
    const byForm = await server.call('POST', 'client/create', {
      auth: true,
      form: {
        NAME: 'Form client',
        ClientId: formId,
        SCOPES: 'Portals:Read, billing',
        MaxPortals: '5',
        ratelimit: '100',
        partnerid: 'p-1',
      },
    });
    assert.equal(byForm.status, 201, byForm.text);
    assert.deepEqual(byForm.body.client.scopes, ['portals:read', 'billing']);
    assert.equal(byForm.body.client.maxPortals, 5);
    assert.equal(byForm.body.client.rateLimit, 100);
    assert.equal(byForm.body.client.partnerId, 'p-1');

    const queryId = randomClientId('query');
    const byQuery = await server.call('POST', 'client/create', {
      auth: true,
      query: { name: 'Query client', clientid: queryId, scopes: 'usage,audit:read' },
    });
    assert.equal(byQuery.status, 201, byQuery.text);
    assert.deepEqual(byQuery.body.client.scopes, ['usage', 'audit:read']);

    const jsonId = randomClientId('json');
    const byJson = await server.call('POST', 'client/create', {
      auth: true,
      json: {
        Name: 'Json client',
        CLIENTID: jsonId,
        Scopes: ['SETTINGS', 'portals:read', 'settings'],
        maxPortals: '3',
      },
    });
    assert.equal(byJson.status, 201, byJson.text);
    assert.deepEqual(byJson.body.client.scopes, ['portals:read', 'settings'], 'canonical order, repeats dropped');
    assert.equal(byJson.body.client.maxPortals, 3);

    const update = await server.call('PUT', 'client/update', {
      auth: true,
      form: { CLIENTID: jsonId, scopes: 'billing,usage', Disabled: 'true' },
    });
    assert.equal(update.status, 200, update.text);
    assert.deepEqual(update.body.client.scopes, ['billing', 'usage']);
    assert.equal(update.body.client.disabled, true);
    const get = await server.call('GET', 'client/get', { auth: true, query: { CLIENTID: jsonId } });
    assert.equal(get.body.client.disabled, true);
    assert.equal(get.body.client.name, 'Json client');
    const rotate = await server.call('POST', 'client/rotate', {
      auth: true,
      query: { clientid: jsonId, GRACEMINUTES: '0' },
    });
    assert.equal(rotate.status, 200, rotate.text);
  });

  it('client/update is partial: fields not sent keep their values; 0 clears a quota', async () => {
    const c = await createTestClient(server, {
      scopes: 'portals:read,usage',
      maxPortals: 4,
      rateLimit: 50,
      partnerId: 'keep-me',
    });
    const res = await server.call('PUT', 'client/update', { auth: true, json: { clientId: c.clientId, rateLimit: 0 } });
    assert.equal(res.status, 200, res.text);
    assert.deepEqual(
      {
        scopes: res.body.client.scopes,
        maxPortals: res.body.client.maxPortals,
        rateLimit: res.body.client.rateLimit,
        partnerId: res.body.client.partnerId,
        name: res.body.client.name,
      },
      { scopes: ['portals:read', 'usage'], maxPortals: 4, rateLimit: null, partnerId: 'keep-me', name: 'Test client' },
    );
  });

  it('a client with an empty scope list is allowed (JSON []): open methods only', async () => {
    const c = await createTestClient(server, { scopes: [] });
    assert.deepEqual(c.client.scopes, []);
    assert.equal((await server.call('GET', 'portal/test', { auth: c.auth() })).status, 200);
    assert.equal(
      (
        await server.call('POST', 'portal/validateportalname', {
          auth: c.auth(),
          json: { portalName: `free${Date.now()}` },
        })
      ).status,
      200,
    );
    const denied = await server.call('GET', 'tariff/all', { auth: c.auth() });
    assert.equal(denied.status, 403);
    assert.deepEqual(denied.body, { error: 'forbidden', message: 'Scope portals:read is required' });
  });

  it('unknown or removed clients: clientNotFound on get, update, rotate, remove', async () => {
    const missing = randomClientId('nobody');
    for (const [method, path] of [
      ['GET', 'client/get'],
      ['PUT', 'client/update'],
      ['POST', 'client/rotate'],
      ['DELETE', 'client/remove'],
    ] as const) {
      const res = await callWith(server, method, path, true, { clientId: missing });
      assert.equal(res.status, 400, `${path}: ${res.text}`);
      assert.deepEqual(res.body, { error: 'clientNotFound', message: 'Client not found' });
    }
    const noId = await server.call('GET', 'client/get', { auth: true });
    assert.equal(noId.body.error, 'clientNotFound');
    const removed = await createTestClient(server);
    await server.call('DELETE', 'client/remove', { auth: true, json: { clientId: removed.clientId } });
    for (const [method, path] of [
      ['PUT', 'client/update'],
      ['POST', 'client/rotate'],
      ['DELETE', 'client/remove'],
    ] as const) {
      const res = await server.call(method, path, { auth: true, json: { clientId: removed.clientId, name: 'Back' } });
      assert.deepEqual(res.body, { error: 'clientNotFound', message: 'Client not found' }, path);
    }
  });

  it('paths match in any case, with a .json suffix or a trailing slash; a wrong verb is 405', async () => {
    assert.equal((await server.call('GET', '/API/Client/List', { auth: true })).status, 200);
    assert.equal((await server.call('GET', '/apisystem/client/list.json', { auth: true })).status, 200);
    assert.equal((await server.call('GET', '/apisystem/api/client/list/', { auth: true })).status, 200);
    assert.equal((await server.call('GET', '/api/Audit/List', { auth: true })).status, 200);
    const wrongVerb = await server.call('GET', 'client/create', { auth: true });
    assert.equal(wrongVerb.status, 405);
    assert.equal(wrongVerb.body.error, 'methodNotAllowed');
    assert.equal((await server.call('POST', 'client/list', { auth: true })).status, 405);
    assert.equal((await server.call('GET', 'portal/usage', { auth: true })).status, 405);
  });

  it('a taken id is clientExist', async () => {
    const c = await createTestClient(server);
    const again = await server.call('POST', 'client/create', {
      auth: true,
      json: { name: 'Again', clientId: c.clientId },
    });
    assert.equal(again.status, 400);
    assert.deepEqual(again.body, { error: 'clientExist', message: 'Client already exists' });
  });

  describe('bad input is 400 params, never 500', () => {
    const cases: Array<[string, Record<string, unknown>, RegExp]> = [
      ['an unknown scope', { name: 'x', scopes: 'portals:read,root' }, /scope/],
      ['an unknown scope in a JSON array', { name: 'x', scopes: ['billing', 'everything'] }, /scope/],
      ['scopes that are not a list of text', { name: 'x', scopes: { a: 1 } }, /scopes/],
      ['a clientId with upper case', { name: 'x', clientId: 'Acme-1' }, /clientId/],
      ['a clientId too short', { name: 'x', clientId: 'ab' }, /clientId/],
      ['a clientId starting with a hyphen', { name: 'x', clientId: '-acme' }, /clientId/],
      ['a clientId with an underscore', { name: 'x', clientId: 'acme_1' }, /clientId/],
      ['a clientId of 64 characters', { name: 'x', clientId: `a${'b'.repeat(63)}` }, /clientId/],
      ['a negative maxPortals', { name: 'x', maxPortals: -1 }, /maxPortals/],
      ['a negative rateLimit', { name: 'x', rateLimit: '-5' }, /rateLimit/],
      ['a fractional maxPortals', { name: 'x', maxPortals: 1.5 }, /maxPortals/],
      ['a maxPortals beyond 32 bits', { name: 'x', maxPortals: 2 ** 31 }, /maxPortals/],
      ['a non-numeric rateLimit', { name: 'x', rateLimit: 'lots' }, /rateLimit/],
      ['no name', {}, /name/],
      ['a blank name', { name: '   ' }, /name/],
      ['a name of 101 characters', { name: 'n'.repeat(101) }, /name/],
      ['a name with a control character', { name: 'bad\u0007name' }, /name/],
      ['a partnerId over 255 characters', { name: 'x', partnerId: 'p'.repeat(256) }, /partnerId/],
    ];
    for (const [what, body, mentions] of cases) {
      it(`client/create with ${what}`, async () => {
        const res = await server.call('POST', 'client/create', { auth: true, json: body });
        assert.equal(res.status, 400, res.text);
        assert.equal(res.body.error, 'params');
        assert.ok(Array.isArray(res.body.message) && res.body.message.some((m: string) => mentions.test(m)), res.text);
      });
    }

    it('a name of exactly 100 characters is accepted', async () => {
      const res = await server.call('POST', 'client/create', { auth: true, json: { name: 'n'.repeat(100) } });
      assert.equal(res.status, 201, res.text);
    });

    it('client/update with bad values', async () => {
      const c = await createTestClient(server);
      for (const [body, mentions] of [
        [{ scopes: 'nope' }, /scope/],
        [{ maxPortals: -2 }, /maxPortals/],
        [{ rateLimit: -1 }, /rateLimit/],
        [{ name: 'x'.repeat(101) }, /name/],
        [{ name: '   ' }, /name/],
        [{ disabled: 'maybe' }, /disabled/],
      ] as const) {
        const res = await server.call('PUT', 'client/update', { auth: true, json: { clientId: c.clientId, ...body } });
        assert.equal(res.status, 400, `${JSON.stringify(body)}: ${res.text}`);
        assert.equal(res.body.error, 'params');
        assert.ok(
          res.body.message.some((m: string) => mentions.test(m)),
          res.text,
        );
      }
      // Nothing of the refused updates was stored.
      const got = await server.call('GET', 'client/get', { auth: true, query: { clientId: c.clientId } });
      assert.deepEqual(got.body.client, c.client);
    });

    for (const grace of ['-1', '10081', '1.5', 'soon']) {
      it(`client/rotate with graceMinutes=${grace}`, async () => {
        const c = await createTestClient(server);
        const res = await server.call('POST', 'client/rotate', {
          auth: true,
          json: { clientId: c.clientId, graceMinutes: grace },
        });
        assert.equal(res.status, 400, res.text);
        assert.equal(res.body.error, 'params');
        // The secret did not change.
        assert.equal((await server.call('GET', 'portal/get', { auth: c.auth() })).status, 200);
      });
    }

    it('client/rotate accepts the bounds 0 and 10080', async () => {
      const c = await createTestClient(server);
      for (const grace of [0, 10080]) {
        const res = await server.call('POST', 'client/rotate', {
          auth: true,
          json: { clientId: c.clientId, graceMinutes: grace },
        });
        assert.equal(res.status, 200, res.text);
      }
    });
  });
});

describe('signing as a client', () => {
  const server = useServer();

  for (const encoding of HASH_ENCODINGS) {
    it(`a token keyed with the client's secret is accepted with the hash as ${encoding}`, async () => {
      const c = await createTestClient(server);
      const res = await server.call('GET', 'portal/get', { auth: c.auth(encoding) });
      assert.equal(res.status, 200, res.text);
      assert.deepEqual(res.body, { tenants: [] });
    });
  }

  it('the four encodings differ in text but name the same hash', async () => {
    // The published test vectors (machine key "secret", pkey "abc").
    assert.deepEqual(
      HASH_ENCODINGS.map((e) => ascToken('secret', 'abc', new Date('2010-07-07T14:06:03Z'), e)),
      [
        'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM+xQC3a9VM=',
        'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM-xQC3a9VM',
        'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM-xQC3a9VM1',
        'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM-xQC3a9VM=',
      ],
    );
  });

  it('a client registers a portal that carries its clientId; the operator sees it with the clientId', async () => {
    const c = await createTestClient(server);
    const res = await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() });
    assert.equal(res.status, 201, res.text);
    assert.equal(res.body.tenant.clientId, c.clientId);
    const list = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(res.body.tenant.tenantId) },
    });
    assert.equal(list.body.tenants[0].clientId, c.clientId);
    const got = await server.call('GET', 'client/get', { auth: true, query: { clientId: c.clientId } });
    assert.equal(got.body.client.portalCount, 1);
  });

  it('the pkey must name the client exactly: another case, another id or the secret of another client is 403 authorization', async () => {
    const c = await createTestClient(server);
    const other = await createTestClient(server);
    const now = server.ctx.clock.now();
    for (const header of [
      ascToken(c.secret, c.clientId.toUpperCase(), now),
      ascToken(c.secret, other.clientId, now),
      ascToken(other.secret, c.clientId, now),
      ascToken(c.secret, randomClientId('ghost'), now),
    ]) {
      const res = await server.call('GET', 'portal/get', { auth: header });
      assert.equal(res.status, 403, header);
      assert.deepEqual(res.body, { error: 'authorization', message: 'Authorization invalid' });
    }
  });

  it("a client's token keeps the time window: too old is expired, too far ahead is from the future", async () => {
    const c = await createTestClient(server);
    const now = server.ctx.clock.now().getTime();
    const old = await server.call('GET', 'portal/get', {
      auth: ascToken(c.secret, c.clientId, new Date(now - 6 * MINUTE)),
    });
    assert.equal(old.status, 403);
    assert.equal(old.body.message, 'Authorization is expired');
    const ahead = await server.call('GET', 'portal/get', {
      auth: ascToken(c.secret, c.clientId, new Date(now + 6 * MINUTE)),
    });
    assert.equal(ahead.status, 403);
    assert.match(ahead.body.message, /^Authorization is from the future/);
  });

  it('a client created right after its id was tried is accepted at once (no stale "unknown" in the client cache)', async () => {
    const clientId = randomClientId('late');
    const early = await server.call('GET', 'portal/get', {
      auth: ascToken('a-guess', clientId, server.ctx.clock.now()),
    });
    assert.equal(early.status, 403);
    const created = await server.call('POST', 'client/create', { auth: true, json: { name: 'Late', clientId } });
    assert.equal(created.status, 201);
    const res = await server.call('GET', 'portal/get', { auth: clientFrom(server, created).auth() });
    assert.equal(res.status, 200, res.text);
  });

  it('a machine-key token is the operator whatever its pkey, even a client id', async () => {
    const c = await createTestClient(server);
    const res = await server.call('GET', 'client/list', {
      auth: ascToken(server.machineKey, c.clientId, server.ctx.clock.now()),
    });
    assert.equal(res.status, 200, 'the operator, not the client (which may not call client/*)');
  });

  it('a disabled client is refused with 403 authorization, and works again once enabled', async () => {
    const c = await createTestClient(server);
    assert.equal((await server.call('GET', 'portal/get', { auth: c.auth() })).status, 200);
    const off = await server.call('PUT', 'client/update', {
      auth: true,
      json: { clientId: c.clientId, disabled: true },
    });
    assert.equal(off.body.client.disabled, true);
    const refused = await server.call('GET', 'portal/get', { auth: c.auth() });
    assert.equal(refused.status, 403);
    assert.deepEqual(refused.body, { error: 'authorization', message: 'Authorization invalid' });
    // Even an open method: a token that is present must be valid.
    assert.equal((await server.call('GET', 'portal/test', { auth: c.auth() })).status, 403);
    await server.call('PUT', 'client/update', { auth: true, json: { clientId: c.clientId, disabled: false } });
    assert.equal((await server.call('GET', 'portal/get', { auth: c.auth() })).status, 200);
  });

  it('a removed client is refused at once; its id stays taken; its portals stay with their clientId', async () => {
    const c = await createTestClient(server);
    const reg = await server.call('POST', 'portal/register', { auth: c.auth(), json: registration() });
    assert.equal(reg.status, 201, reg.text);
    const removed = await server.call('DELETE', 'client/remove', { auth: true, json: { clientId: c.clientId } });
    assert.equal(removed.status, 200, removed.text);
    assert.equal(removed.body.removed, true);
    assert.ok(!removed.text.includes(c.secret));

    const refused = await server.call('GET', 'portal/get', { auth: c.auth() });
    assert.equal(refused.status, 403);
    assert.equal(refused.body.error, 'authorization');

    const again = await server.call('POST', 'client/create', {
      auth: true,
      json: { name: 'Reuse', clientId: c.clientId },
    });
    assert.deepEqual(again.body, { error: 'clientExist', message: 'Client already exists' });
    assert.equal(
      (await server.call('GET', 'client/get', { auth: true, query: { clientId: c.clientId } })).body.error,
      'clientNotFound',
    );
    const list = await server.call('GET', 'client/list', { auth: true });
    assert.ok(
      !list.body.clients.some((x: { clientId: string }) => x.clientId === c.clientId),
      'a removed client is not listed',
    );

    const portal = await server.call('GET', 'portal/get', {
      auth: true,
      query: { tenantId: String(reg.body.tenant.tenantId) },
    });
    assert.equal(portal.body.tenants.length, 1);
    assert.equal(portal.body.tenants[0].clientId, c.clientId);
    const byClient = await server.call('GET', 'portal/get', { auth: true, query: { clientId: c.clientId } });
    assert.deepEqual(
      byClient.body.tenants.map((t: { tenantId: number }) => t.tenantId),
      [reg.body.tenant.tenantId],
    );
  });

  it('client methods called by a client are 403 forbidden "Only the operator may call this method", whatever its scopes', async () => {
    const c = await createTestClient(server, {
      scopes: 'portals:read,portals:write,billing,usage,loginlink,settings,webhooks,audit:read',
    });
    for (const [method, path] of [
      ['POST', 'client/create'],
      ['GET', 'client/get'],
      ['GET', 'client/list'],
      ['PUT', 'client/update'],
      ['POST', 'client/rotate'],
      ['DELETE', 'client/remove'],
      ['PUT', 'portal/client'],
    ] as const) {
      const res = await callWith(server, method, path, c.auth(), { clientId: c.clientId, name: 'x' });
      assert.equal(res.status, 403, `${path}: ${res.text}`);
      assert.deepEqual(res.body, { error: 'forbidden', message: 'Only the operator may call this method' });
    }
    // Nothing changed: the client is as it was created.
    assert.deepEqual(
      (await server.call('GET', 'client/get', { auth: true, query: { clientId: c.clientId } })).body.client,
      c.client,
    );
  });
});

describe('secret rotation (fixed clock)', () => {
  const clock = fixedClock(new Date('2026-12-01T09:00:00.000Z'));
  const server = useServer({ clock });

  const rotate = async (c: TestClient, graceMinutes?: number) => {
    const res = await server.call('POST', 'client/rotate', {
      auth: true,
      json: { clientId: c.clientId, ...(graceMinutes === undefined ? {} : { graceMinutes }) },
    });
    assert.equal(res.status, 200, res.text);
    assert.equal(res.body.client.secretRotated, clock.now().toISOString());
    return clientFrom(server, res);
  };
  const works = async (c: TestClient) => (await server.call('GET', 'portal/get', { auth: c.auth() })).status;

  it('the old secret works within the default grace of 60 minutes, and not after it', async () => {
    const old = await createTestClient(server);
    const fresh = await rotate(old);
    assert.notEqual(fresh.secret, old.secret);
    assert.equal(await works(fresh), 200);
    assert.equal(await works(old), 200, 'within the grace');
    clock.advance(59 * MINUTE);
    assert.equal(await works(old), 200, 'still within the grace');
    clock.advance(2 * MINUTE);
    assert.equal(await works(old), 403, 'the grace is over');
    assert.equal(await works(fresh), 200);
  });

  it('graceMinutes=0 ends the old secret at once', async () => {
    const old = await createTestClient(server);
    const fresh = await rotate(old, 0);
    assert.equal(await works(old), 403);
    assert.equal(await works(fresh), 200);
  });

  it('a custom grace is honoured to the minute', async () => {
    const old = await createTestClient(server);
    await rotate(old, 5);
    clock.advance(4 * MINUTE + 59_000);
    assert.equal(await works(old), 200);
    clock.advance(2_000);
    assert.equal(await works(old), 403);
  });

  it('rotating again ends the earlier grace: only one previous secret is kept', async () => {
    const first = await createTestClient(server);
    const second = await rotate(first, 60);
    const third = await rotate(second, 60);
    assert.equal(await works(first), 403, 'the first secret lost its grace');
    assert.equal(await works(second), 200, 'the second is the previous one now');
    assert.equal(await works(third), 200);
  });

  it('removing a client ends the grace of its previous secret too', async () => {
    const old = await createTestClient(server);
    const fresh = await rotate(old, 60);
    await server.call('DELETE', 'client/remove', { auth: true, json: { clientId: old.clientId } });
    assert.equal(await works(old), 403);
    assert.equal(await works(fresh), 403);
  });
});

describe('scopes', () => {
  const server = useServer();

  /** A client with only `scope`, owning one portal (registered by the operator and moved to it). */
  async function clientWith(scope: string) {
    const c = await createTestClient(server, { scopes: scope });
    const reg = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    assert.equal(reg.status, 201, reg.text);
    const moved = await server.call('PUT', 'portal/client', {
      auth: true,
      json: { tenantId: reg.body.tenant.tenantId, clientId: c.clientId },
    });
    assert.equal(moved.status, 200, moved.text);
    return { c, portalName: String(reg.body.tenant.portalName), ownerId: String(reg.body.tenant.ownerId) };
  }

  type Call = {
    method: string;
    path: string;
    json?: (portalName: string, ownerId: string) => Record<string, unknown> | unknown[];
    status?: number;
  };
  const table: Array<{ scope: string; allows: Call[]; denies: Call & { needs: string } }> = [
    {
      scope: 'portals:read',
      allows: [
        { method: 'GET', path: 'portal/get' },
        { method: 'GET', path: 'tariff/get', json: (portalName) => ({ portalName }) },
        { method: 'GET', path: 'tariff/all' },
        { method: 'POST', path: 'people/find', json: (_p, ownerId) => ({ userIds: [ownerId] }) },
        { method: 'GET', path: 'settings/get', json: (portalName) => ({ portalName, key: 'k' }) },
        { method: 'POST', path: 'settings/checkdomain', json: () => ({ hostName: 'localhost' }) },
      ],
      denies: {
        method: 'PUT',
        path: 'tariff/set',
        json: (portalName) => ({ portalName, activeUsers: 5 }),
        needs: 'billing',
      },
    },
    {
      scope: 'portals:write',
      allows: [
        { method: 'POST', path: 'portal/register', json: () => registration(), status: 201 },
        {
          method: 'POST',
          path: 'portal/registerbyemail',
          json: () => ({ email: `s${Date.now()}@example.com` }),
          status: 201,
        },
        { method: 'PUT', path: 'portal/status', json: (portalName) => ({ portalName, status: 'Suspended' }) },
      ],
      denies: { method: 'GET', path: 'portal/get', needs: 'portals:read' },
    },
    {
      scope: 'billing',
      allows: [{ method: 'PUT', path: 'tariff/set', json: (portalName) => ({ portalName, activeUsers: 7 }) }],
      denies: { method: 'PUT', path: 'portal/status', json: (portalName) => ({ portalName }), needs: 'portals:write' },
    },
    {
      scope: 'usage',
      allows: [{ method: 'PUT', path: 'portal/usage', json: (portalName) => ({ portalName, usedSize: 10 }) }],
      denies: {
        method: 'PUT',
        path: 'tariff/set',
        json: (portalName) => ({ portalName, activeUsers: 5 }),
        needs: 'billing',
      },
    },
    {
      scope: 'settings',
      allows: [
        { method: 'POST', path: 'settings/save', json: (portalName) => ({ portalName, key: 'theme', value: 'dark' }) },
      ],
      denies: {
        method: 'GET',
        path: 'settings/get',
        json: (portalName) => ({ portalName, key: 'theme' }),
        needs: 'portals:read',
      },
    },
    {
      scope: 'audit:read',
      allows: [{ method: 'GET', path: 'audit/list' }],
      denies: { method: 'GET', path: 'portal/get', needs: 'portals:read' },
    },
    // Their own methods (portal/loginlink, webhook/*) are not part of this build's routes; the deny side still holds.
    {
      scope: 'loginlink',
      allows: [],
      denies: { method: 'GET', path: 'tariff/get', json: (portalName) => ({ portalName }), needs: 'portals:read' },
    },
    {
      scope: 'webhooks',
      allows: [],
      denies: {
        method: 'PUT',
        path: 'portal/usage',
        json: (portalName) => ({ portalName, usedSize: 1 }),
        needs: 'usage',
      },
    },
  ];

  for (const { scope, allows, denies } of table) {
    for (const call of allows) {
      it(`${scope} allows ${call.path}`, async () => {
        const { c, portalName, ownerId } = await clientWith(scope);
        const res = await callWith(server, call.method, call.path, c.auth(), call.json?.(portalName, ownerId));
        assert.equal(res.status, call.status ?? 200, res.text);
      });
    }
    it(`${scope} does not allow ${denies.path}: 403 forbidden "Scope ${denies.needs} is required"`, async () => {
      const { c, portalName, ownerId } = await clientWith(scope);
      const res = await callWith(server, denies.method, denies.path, c.auth(), denies.json?.(portalName, ownerId));
      assert.equal(res.status, 403, res.text);
      assert.deepEqual(res.body, { error: 'forbidden', message: `Scope ${denies.needs} is required` });
    });
  }

  it('open methods need no scope: portal/test, validateportalname, signin', async () => {
    const c = await createTestClient(server, { scopes: [] });
    assert.equal((await server.call('GET', 'portal/test', { auth: c.auth() })).status, 200);
    assert.equal(
      (
        await server.call('POST', 'portal/validateportalname', {
          auth: c.auth(),
          json: { portalName: `v${Date.now()}` },
        })
      ).status,
      200,
    );
    const signin = await server.call('POST', 'portal/signin', {
      auth: c.auth(),
      json: { email: 'nobody@example.com', password: 'whatever1' },
    });
    assert.equal(signin.status, 400);
    assert.deepEqual(signin.body, { error: 'params', message: ['Invalid login or password.'] });
  });

  it('a scope granted later by client/update takes effect at once; one taken away stops at once', async () => {
    const { c, portalName } = await clientWith('portals:read');
    assert.equal(
      (await server.call('PUT', 'tariff/set', { auth: c.auth(), json: { portalName, activeUsers: 9 } })).status,
      403,
    );
    await server.call('PUT', 'client/update', {
      auth: true,
      json: { clientId: c.clientId, scopes: 'portals:read,billing' },
    });
    assert.equal(
      (await server.call('PUT', 'tariff/set', { auth: c.auth(), json: { portalName, activeUsers: 9 } })).status,
      200,
    );
    await server.call('PUT', 'client/update', { auth: true, json: { clientId: c.clientId, scopes: 'billing' } });
    assert.equal((await server.call('GET', 'portal/get', { auth: c.auth() })).status, 403);
  });
});

describe('the AUTH_ALLOW_SKIP_* switches open part 1 only', () => {
  const server = useServer({ env: { AUTH_ALLOW_SKIP_DEFAULT: 'true', AUTH_ALLOW_SKIP_REGISTER: 'true' } });

  it('part 1 methods answer without a token', async () => {
    assert.equal((await server.call('GET', 'portal/get')).status, 200);
    assert.equal((await server.call('GET', 'tariff/all')).status, 200);
  });

  for (const [method, path] of [
    ['POST', 'client/create'],
    ['GET', 'client/get'],
    ['GET', 'client/list'],
    ['PUT', 'client/update'],
    ['POST', 'client/rotate'],
    ['DELETE', 'client/remove'],
    ['PUT', 'portal/client'],
    ['GET', 'audit/list'],
  ] as const) {
    it(`${path} still needs a token: 403 authorization`, async () => {
      for (const prefix of PREFIXES) {
        const res = await callWith(server, method, `${prefix}/${path}`, false, {
          name: 'anonymous',
          clientId: randomClientId(),
        });
        assert.equal(res.status, 403, `${prefix}/${path}: ${res.text}`);
        assert.deepEqual(res.body, { error: 'authorization', message: 'Authorization is required' });
      }
    });
  }

  it('nothing was created by the refused calls', async () => {
    const list = await server.call('GET', 'client/list', { auth: true });
    assert.deepEqual(
      list.body.clients.filter((c: { name: string }) => c.name === 'anonymous'),
      [],
    );
  });
});

describe('client secrets across a MACHINE_KEY rotation', () => {
  it('a client made under the old key keeps working while the old key is still configured', async () => {
    const first = await startTestServer({ env: { MACHINE_KEY: 'old-machine-key-1234567890' } });
    const c = await createTestClient(first);
    await first.close();
    const rotated = await startTestServer({
      database: first.database,
      env: { MACHINE_KEY: 'new-machine-key-0987654321,old-machine-key-1234567890' },
    });
    try {
      const res = await rotated.call('GET', 'portal/get', {
        auth: ascToken(c.secret, c.clientId, rotated.ctx.clock.now()),
      });
      assert.equal(res.status, 200, res.text);
      // A token signed with either machine key is the operator.
      assert.equal(
        (
          await rotated.call('GET', 'client/list', {
            auth: ascToken('old-machine-key-1234567890', 'ops', rotated.ctx.clock.now()),
          })
        ).status,
        200,
      );
    } finally {
      await rotated.close({ drop: true });
    }
  });

  it('secrets sealed under an older key are sealed again under the first one by the maintenance job (then the old key may go)', async () => {
    const first = await startTestServer({ env: { MACHINE_KEY: 'old-machine-key-abcdefghij' } });
    const c = await createTestClient(first);
    await first.close();
    const both = await startTestServer({
      database: first.database,
      env: { MACHINE_KEY: 'new-machine-key-jihgfedcba,old-machine-key-abcdefghij' },
    });
    assert.equal(await resealSecrets(both.ctx), 1);
    assert.equal(await resealSecrets(both.ctx), 0, 'nothing is left under the old key');
    await both.close();
    const onlyNew = await startTestServer({
      database: first.database,
      env: { MACHINE_KEY: 'new-machine-key-jihgfedcba' },
    });
    try {
      const res = await onlyNew.call('GET', 'portal/get', {
        auth: ascToken(c.secret, c.clientId, onlyNew.ctx.clock.now()),
      });
      assert.equal(res.status, 200, res.text);
    } finally {
      await onlyNew.close({ drop: true });
    }
  });
});

describe('client secrets in the logs', () => {
  it('no secret is logged, even at the trace level', async () => {
    const lines: string[] = [];
    const server = await startTestServer({
      env: { LOG_LEVEL: 'trace' },
      logDestination: { write: (line) => void lines.push(line) },
    });
    try {
      const c = await createTestClient(server);
      const rotated = await server.call('POST', 'client/rotate', { auth: true, json: { clientId: c.clientId } });
      await server.call('GET', 'portal/get', { auth: clientFrom(server, rotated).auth() });
      await server.call('GET', 'portal/get', { auth: c.auth('urlToken') });
      const text = lines.join('');
      assert.ok(text.includes(c.clientId), 'the log is captured');
      for (const secret of [c.secret, String(rotated.body.secret)])
        assert.ok(!text.includes(secret), 'a client secret in the log');
    } finally {
      await server.close({ drop: true });
    }
  });
});

describe('client secrets at rest', () => {
  const server = useServer();

  /** The forms a leaked secret could take in storage: its text, its bytes, their hex and base64. */
  function forms(secret: string): Buffer[] {
    const raw = Buffer.from(secret, 'base64url');
    assert.equal(raw.length, 32);
    return [
      Buffer.from(secret, 'utf8'),
      raw,
      Buffer.from(raw.toString('hex'), 'utf8'),
      Buffer.from(raw.toString('hex').toUpperCase(), 'utf8'),
      Buffer.from(raw.toString('base64'), 'utf8'),
      // A prefix long enough to be the secret, short enough to survive a line break or truncation.
      Buffer.from(secret.slice(0, 20), 'utf8'),
    ];
  }

  it('no client secret (current or previous) is stored in any readable form', async () => {
    const created = await createTestClient(server);
    const rotated = await server.call('POST', 'client/rotate', {
      auth: true,
      json: { clientId: created.clientId, graceMinutes: 60 },
    });
    assert.equal(rotated.status, 200);
    const secrets = [created.secret, String(rotated.body.secret)];
    // Both secrets still work, so they are in the database in some (sealed) form.
    assert.equal((await server.call('GET', 'portal/get', { auth: created.auth() })).status, 200);
    assert.equal((await server.call('GET', 'portal/get', { auth: clientFrom(server, rotated).auth() })).status, 200);

    // Every text column of the tables that describe clients and their history, on any database.
    const clientRows = await sql<Record<string, unknown>>`select * from api_clients`.execute(server.store.db);
    const auditRows = await sql<Record<string, unknown>>`select * from audit_log`.execute(server.store.db);
    const dump = Buffer.from(JSON.stringify([clientRows.rows, auditRows.rows]), 'utf8');
    for (const secret of secrets) {
      for (const form of forms(secret)) assert.equal(dump.indexOf(form), -1, 'a secret form found in a table');
    }

    if (server.store.dialect === 'sqlite') {
      const path = server.config.databaseUrl.slice('sqlite:'.length);
      const files = [path, `${path}-wal`].filter((f) => existsSync(f));
      assert.ok(files.length > 0);
      for (const file of files) {
        const bytes = readFileSync(file);
        for (const secret of secrets) {
          for (const form of forms(secret)) assert.equal(bytes.indexOf(form), -1, `a secret form found in ${file}`);
        }
      }
    }
  });
});
