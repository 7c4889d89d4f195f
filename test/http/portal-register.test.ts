import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { randomPortalName, registration } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

describe('portal/register', () => {
  const server = useServer();

  it('accepts the documentation example with a numeric password and phone, and answers 201', async () => {
    const portalName = randomPortalName('doc');
    const res = await server.call('POST', '/apisystem/portal/register', {
      auth: true,
      json: {
        portalName,
        firstName: 'John',
        lastName: 'Smith',
        email: 'John.Smith@Example.com',
        password: 12345678,
        phone: 79001234567,
        language: '',
        timeZoneName: 'Europe/Berlin',
        partnerId: 'partner-7',
        campaign: 'autumn',
        industry: 3,
        spam: true,
        awsRegion: 'eu-west-1',
      },
    });
    assert.equal(res.status, 201, res.text);
    const { reference, tenant } = res.body;
    assert.match(
      reference,
      new RegExp(
        `^http://${portalName}\\.localhost:\\d+/confirm\\?type=Auth&email=john.smith%40example.com&key=[\\w.-]+$`,
      ),
    );
    assert.equal(typeof tenant.tenantId, 'number');
    assert.deepEqual(
      { ...tenant, tenantId: 0, ownerId: '', created: '', statusChanged: '' },
      {
        tenantId: 0,
        portalName,
        domain: `${portalName}.localhost`,
        name: portalName,
        status: 'Active',
        created: '',
        statusChanged: '',
        language: 'en-US',
        timeZoneName: 'Europe/Berlin',
        ownerId: '',
        industry: 3,
        partnerId: 'partner-7',
        affiliateId: null,
        campaign: 'autumn',
        region: null,
        // Registered by the operator; the default plan's storage quota, nothing used yet.
        clientId: null,
        quota: 1024 ** 4 - 1,
        usedSize: 0,
        // The same facts under the names ONLYOFFICE's current server gives them.
        timeZoneId: 'Europe/Berlin',
        hostedRegion: null,
        mappedDomain: null,
        paymentId: null,
        customQuota: 1024 ** 4 - 1,
        // No removal scheduled, not protected.
        removalScheduledAt: null,
        protected: false,
      },
    );
    assert.match(tenant.ownerId, /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    assert.match(tenant.created, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    assert.doesNotMatch(res.text, /12345678|scrypt/, 'the password never comes back');
  });

  it('stores the owner (lower-cased e-mail), a hashed password and the default tariff in the database', async () => {
    const portalName = randomPortalName();
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ portalName, email: 'Mixed.Case@Example.COM', password: 'secret-pass' }),
    });
    assert.equal(res.status, 201);
    const db = server.store.db;
    const user = await db
      .selectFrom('users')
      .selectAll()
      .where('tenant_id', '=', res.body.tenant.tenantId)
      .executeTakeFirstOrThrow();
    assert.equal(user.email, 'mixed.case@example.com');
    assert.match(user.password_hash ?? '', /^scrypt\$/);
    assert.equal(Number(user.activated), 1);
    const tariff = await db
      .selectFrom('tariffs')
      .selectAll()
      .where('tenant_id', '=', res.body.tenant.tenantId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(tariff.max_total_size), 1024 ** 4 - 1);
    assert.equal(Number(tariff.active_users), 10000);
  });

  it('creates the owner not activated, with first=true in the link, when no password is given', async () => {
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    assert.equal(res.status, 201);
    assert.match(res.body.reference, /&first=true$/);
    const user = await server.store.db
      .selectFrom('users')
      .select('activated')
      .where('id', '=', res.body.tenant.ownerId)
      .executeTakeFirstOrThrow();
    assert.equal(Number(user.activated), 0);
  });

  it('reads form bodies, query strings and PascalCase names alike', async () => {
    const viaForm = randomPortalName('form');
    const form = await server.call('POST', 'portal/register', {
      auth: true,
      form: { PortalName: viaForm, FirstName: 'Anna', LastName: "O'Neil-Smith", Email: 'anna@example.com' },
    });
    assert.equal(form.status, 201, form.text);
    assert.equal(form.body.tenant.portalName, viaForm);

    const viaQuery = randomPortalName('query');
    const query = await server.call('POST', 'portal/register', {
      auth: true,
      query: { portalname: viaQuery, firstname: 'Bo', lastname: 'Ek', email: 'bo@example.com' },
    });
    assert.equal(query.status, 201, query.text);
  });

  it('lets the body win over the query string', async () => {
    const inBody = randomPortalName('body');
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      query: { portalName: randomPortalName('lost') },
      json: registration({ portalName: inBody }),
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.tenant.portalName, inBody);
  });

  const nameErrors: Array<[string, unknown, string]> = [
    ['no name', undefined, 'portalNameEmpty'],
    ['an empty name', '', 'portalNameEmpty'],
    ['a 2-letter name (the minimum is 3)', 'ab', 'tooShortError'],
    ['a 64-letter name', 'a'.repeat(64), 'portalNameTooLong'],
    ['an underscore', 'bad_name', 'portalNameIncorrect'],
    ['a reserved name', 'controlpanel', 'portalNameExist'],
  ];
  for (const [what, portalName, code] of nameErrors) {
    it(`answers ${code} for ${what}`, async () => {
      const res = await server.call('POST', 'portal/register', { auth: true, json: registration({ portalName }) });
      assert.equal(res.status, 400);
      assert.equal(res.body.error, code);
    });
  }

  it('answers portalNameExist with free variants for a taken name', async () => {
    const portalName = randomPortalName('taken');
    assert.equal(
      (await server.call('POST', 'portal/register', { auth: true, json: registration({ portalName }) })).status,
      201,
    );
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ portalName: portalName.toUpperCase() }),
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'portalNameExist');
    assert.equal(res.body.message, 'Portal already exists');
    assert.ok(Array.isArray(res.body.variants) && res.body.variants.length > 0 && res.body.variants.length <= 10);
    const check = await server.call('POST', 'portal/validateportalname', {
      json: { portalName: res.body.variants[0] },
    });
    assert.equal(check.status, 200, 'a variant is free');
  });

  it('answers params with one message per bad owner field', async () => {
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      json: {
        portalName: randomPortalName(),
        firstName: 'R2D2',
        lastName: '',
        email: 'not-an-email',
        phone: '1'.repeat(33),
      },
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'params');
    assert.ok(Array.isArray(res.body.message));
    const text = res.body.message.join('\n');
    assert.match(text, /firstName/);
    assert.match(text, /lastName/);
    assert.match(text, /email/);
    assert.match(text, /phone/);
  });

  it('answers params when a field has the wrong shape', async () => {
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ firstName: { first: 'x' } }),
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'params');
    assert.match(res.body.message.join(' '), /firstName/);
  });

  it('answers passPolicyError naming the rule, before checking the name', async () => {
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      // 'ab' is too short a name: the password policy is checked first.
      json: registration({ portalName: 'ab', password: 'short' }),
    });
    assert.equal(res.status, 400);
    assert.equal(res.body.error, 'passPolicyError');
    assert.match(res.body.message, /at least 8/);
  });

  it('accepts unknown timezone as UTC and stores region/affiliate', async () => {
    const res = await server.call('POST', 'portal/register', {
      auth: true,
      json: registration({ timeZoneName: 'Mars/Olympus', region: 'eu', affiliateId: 'aff-1' }),
    });
    assert.equal(res.status, 201);
    assert.equal(res.body.tenant.timeZoneName, 'UTC');
    assert.equal(res.body.tenant.region, 'eu');
    assert.equal(res.body.tenant.affiliateId, 'aff-1');
  });

  it('gives exactly one of 16 concurrent registrations of one name; the rest get portalNameExist', async () => {
    const portalName = randomPortalName('race');
    const results = await Promise.all(
      Array.from({ length: 16 }, () =>
        server.call('POST', 'portal/register', { auth: true, json: registration({ portalName }) }),
      ),
    );
    const statuses = results.map((r) => r.status).sort();
    assert.equal(statuses.filter((s) => s === 201).length, 1, JSON.stringify(statuses));
    for (const r of results.filter((x) => x.status !== 201)) assert.equal(r.body.error, 'portalNameExist');
    const rows = await server.store.db.selectFrom('tenants').select('id').where('alias', '=', portalName).execute();
    assert.equal(rows.length, 1);
  });
});
