import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { signAscToken } from '../../src/domain/tokens/asc-token.js';
import { activateUser } from '../../src/store/repositories/users.js';
import { consoleBrowser, pageText, type ConsoleBrowser, type PageResponse } from '../helpers/console-browser.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Every console form with bad input answers a 400-class page that says what is wrong (beside
 * the field, or at the top), never a 500; and each action, done right, changes what the API
 * sees, with the same audit record as the API's, naming the operator's e-mail.
 */

const ADMIN = { email: 'support@example.com', password: 'Support-pass-1' };

describe('console forms', () => {
  let server: TestServer;
  let browser: ConsoleBrowser;
  let tenantId: number;
  let portalName: string;

  before(async () => {
    server = await startTestServer({
      env: {
        ADMIN_EMAIL: ADMIN.email,
        ADMIN_PASSWORD: ADMIN.password,
        MAX_ATTEMPTS_COUNT: '1000',
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_TIMEOUT_MS: '500',
      },
    });
    const res = await server.call('POST', 'portal/register', { auth: true, json: registration() });
    tenantId = res.body.tenant.tenantId;
    portalName = res.body.tenant.portalName;
    browser = consoleBrowser(server);
    assert.equal((await browser.signIn(ADMIN.email, ADMIN.password)).status, 303);
  });
  after(() => server.close({ drop: true }));

  /** Opens `page` (for its CSRF token), posts `form` to `action`, expects `status` and `message` on the answer. */
  async function refused(
    page: string,
    action: string,
    form: Record<string, string | readonly string[]>,
    message: RegExp,
    status = 400,
  ): Promise<PageResponse> {
    assert.equal((await browser.get(page)).status, 200, page);
    const res = await browser.post(action, form);
    assert.equal(res.status, status, `${action}: ${pageText(res.text).slice(0, 300)}`);
    assert.match(pageText(res.text), message, action);
    assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
    return res;
  }

  async function lastAudit(action: string) {
    const res = await server.call('GET', 'audit/list', { auth: true, query: { action, limit: '1' } });
    return res.body.events[0];
  }

  describe('the portal page', () => {
    const page = () => `/console/portals/${tenantId}`;

    it('tariff: refuses a negative user count, a bad due date and an unknown plan beside the field', async () => {
      const tariff = (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenantId) } }))
        .body.tariff;
      const current = {
        plan: tariff.plan,
        activeUsers: String(tariff.activeUsers),
        maxFileSize: String(tariff.maxFileSize),
        maxTotalSize: String(tariff.maxTotalSize),
        dueDate: '',
        features: tariff.features,
      };
      const users = await refused(
        page(),
        `${page()}/tariff`,
        { ...current, activeUsers: '-5' },
        /There is a problem Must be 0 or more/,
      );
      assert.match(
        users.text,
        /id="tariff-form-activeUsers"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="tariff-form-activeUsers"/,
        'the field is marked invalid',
      );
      assert.match(users.text, /value="-5"/, 'what was typed is kept');
      await refused(page(), `${page()}/tariff`, { ...current, dueDate: 'next tuesday' }, /Must be an ISO 8601 date/);
      await refused(page(), `${page()}/tariff`, { ...current, maxFileSize: '12abc' }, /Must be a whole number/);
      await refused(page(), `${page()}/tariff`, { ...current, plan: 'platinum' }, /Unknown plan "platinum"/);
      const after = (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenantId) } })).body
        .tariff;
      assert.deepEqual(after, tariff, 'nothing refused was saved');
    });

    it('tariff: saves only what changed, and tariff/get agrees', async () => {
      const before = (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenantId) } }))
        .body.tariff;
      await browser.get(page());
      const res = await browser.post(`${page()}/tariff`, {
        plan: before.plan,
        activeUsers: '42',
        maxFileSize: String(before.maxFileSize),
        maxTotalSize: String(before.maxTotalSize),
        dueDate: '2031-05-17',
        features: before.features,
      });
      assert.equal(res.status, 303);
      assert.equal(res.location, `${page()}?notice=tariff`);
      const after = (await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(tenantId) } })).body
        .tariff;
      assert.deepEqual(after, {
        ...before,
        activeUsers: 42,
        countManager: 42,
        dueDate: '2031-05-17T00:00:00.000Z',
        state: after.state,
      });
      const record = await lastAudit('tariff.set');
      assert.deepEqual(record.actor.type, 'operator');
      assert.equal(record.actor.id, ADMIN.email);
      assert.deepEqual(record.changes, {
        activeUsers: [before.activeUsers, 42],
        dueDate: [before.dueDate, '2031-05-17T00:00:00.000Z'],
      });
      assert.match(pageText((await browser.get(res.location ?? '')).text), /The tariff is saved\./);
    });

    it('status: refuses a reason over 1024 characters and keeps it in the form', async () => {
      const res = await refused(
        page(),
        `${page()}/status`,
        { status: 'Suspended', reason: 'x'.repeat(1025) },
        /Must be at most 1024 characters/,
      );
      assert.ok(res.text.includes('x'.repeat(1025)));
      const status = (
        await server.call('GET', 'portal/get', { auth: true, query: { tenantId: String(tenantId), status: 'all' } })
      ).body.tenants[0].status;
      assert.equal(status, 'Active');
    });

    it('login link: refuses a lifetime outside 30..3600 seconds, and an owner who has not activated', async () => {
      await refused(
        page(),
        `${page()}/login-link`,
        { ttl: '5' },
        /The owner has not activated the portal yet|Ttl: must be between 30 and 3600 seconds|Must be between 30 and 3600 seconds/,
      );
      await refused(page(), `${page()}/login-link`, { ttl: '300' }, /The owner has not activated the portal yet/);
    });

    it('resend activation: a new link for an owner who has not activated, refused once activated', async () => {
      await browser.get(page());
      const sent = await browser.post(`${page()}/resend-activation`, {});
      assert.equal(sent.status, 200);
      assert.match(pageText(sent.text), /Activation link sent/);
      assert.match(sent.text, /\/confirm\?type=Auth/);
      const owner = (
        await server.call('GET', 'portal/get', {
          auth: true,
          query: { tenantId: String(tenantId), statistics: 'true' },
        })
      ).body.tenants[0].owner;
      await activateUser(server.store.db, owner.id, null, server.ctx.clock.now());
      await refused(page(), `${page()}/resend-activation`, {}, /The owner has already activated the portal/);
      const ttl = await refused(page(), `${page()}/login-link`, { ttl: '5' }, /Must be between 30 and 3600 seconds/);
      assert.match(ttl.text, /aria-invalid="true"/);
      await browser.get(page());
      const link = await browser.post(`${page()}/login-link`, { ttl: '300' });
      assert.equal(link.status, 200);
      assert.match(pageText(link.text), /Login link created/);
      assert.match(link.text, /\/confirm\?type=Signin/);
      assert.equal((await lastAudit('portal.loginlink')).actor.id, ADMIN.email);
    });

    it('suspend and resume with a reason; the API and the audit log see it', async () => {
      await browser.get(page());
      const res = await browser.post(`${page()}/status`, { status: 'Suspended', reason: 'Invoice 42 unpaid' });
      assert.equal(res.status, 303);
      assert.equal(res.location, `${page()}?notice=suspended`);
      const tenant = (
        await server.call('GET', 'portal/get', { auth: true, query: { tenantId: String(tenantId), status: 'all' } })
      ).body.tenants[0];
      assert.equal(tenant.status, 'Suspended');
      const record = await lastAudit('portal.status');
      assert.deepEqual(
        [record.actor.type, record.actor.id, record.changes.reason],
        ['operator', ADMIN.email, [null, 'Invoice 42 unpaid']],
      );
      const shown = pageText((await browser.get(res.location ?? '')).text);
      assert.match(shown, /The portal is suspended\./);
      assert.match(shown, /Suspended because: Invoice 42 unpaid/);
      await browser.post(`${page()}/status`, { status: 'Active', reason: '' });
      assert.equal(
        (await server.call('GET', 'portal/get', { auth: true, query: { tenantId: String(tenantId) } })).body.tenants[0]
          .status,
        'Active',
      );
    });

    it('remove: refuses a confirmation that is not the portal’s name, then removes it', async () => {
      const other = await server.call('POST', 'portal/register', { auth: true, json: registration() });
      const id = other.body.tenant.tenantId;
      const name = other.body.tenant.portalName;
      const confirm = await browser.get(`/console/portals/${id}/remove`);
      assert.equal(confirm.status, 200);
      assert.match(pageText(confirm.text), new RegExp(`Type “${name}” to confirm`));
      await refused(
        `/console/portals/${id}/remove`,
        `/console/portals/${id}/remove`,
        { confirm: 'something-else' },
        new RegExp(`Type the portal’s name, ${name}, to confirm\\.`),
      );
      const done = await browser.post(`/console/portals/${id}/remove`, { confirm: name.toUpperCase() });
      assert.equal(done.status, 303);
      const removed = (
        await server.call('GET', 'portal/get', { auth: true, query: { tenantId: String(id), status: 'all' } })
      ).body.tenants[0];
      assert.equal(removed.status, 'RemovePending');
      assert.match(pageText((await browser.get(done.location ?? '')).text), /The portal is removed/);
      // A removed portal cannot be suspended: the rules say so on the page.
      await refused(
        `/console/portals/${id}`,
        `/console/portals/${id}/status`,
        { status: 'Suspended', reason: '' },
        /Portal not found/,
      );
    });

    it('answers an unknown portal with a 404 page', async () => {
      for (const path of ['/console/portals/999999', '/console/portals/abc', '/console/portals/99999999999']) {
        const res = await browser.get(path);
        assert.equal(res.status, 404, path);
        assert.match(pageText(res.text), /Portal not found/);
      }
      await browser.get('/console/portals');
      assert.equal((await browser.post('/console/portals/999999/status', { status: 'Suspended' })).status, 404);
    });
  });

  describe('the portals list', () => {
    it('refuses an unknown status and a malformed cursor with the reason', async () => {
      const status = await browser.get('/console/portals?status=Frozen');
      assert.equal(status.status, 400);
      assert.match(pageText(status.text), /Status must be one of Active, Suspended, RemovePending or all/);
      const cursor = await browser.get('/console/portals?after=abc');
      assert.equal(cursor.status, 400);
      assert.match(pageText(cursor.text), /After: must be the `next` value of the previous page/);
    });

    it('finds the portal by name, by prefix, by owner e-mail and by domain', async () => {
      const tenant = (
        await server.call('GET', 'portal/get', {
          auth: true,
          query: { tenantId: String(tenantId), statistics: 'true' },
        })
      ).body.tenants[0];
      for (const q of [
        portalName,
        portalName.slice(0, 4),
        tenant.owner.email.toUpperCase(),
        tenant.domain,
        `https://${tenant.domain}/`,
      ]) {
        const res = await browser.get(`/console/portals?q=${encodeURIComponent(q)}`);
        assert.equal(res.status, 200, q);
        assert.ok(res.text.includes(`href="/console/portals/${tenantId}"`), `found by ${q}`);
      }
      const none = await browser.get('/console/portals?q=no%20such%20thing');
      assert.match(pageText(none.text), /No portals match these filters/);
    });
  });

  describe('clients', () => {
    it('create: refuses a missing name, a malformed or taken id, bad quotas and unknown scopes beside the fields', async () => {
      const ok = {
        name: 'Billing panel',
        clientId: 'billing-panel',
        scopes: ['portals:read', 'billing'],
        maxPortals: '',
        rateLimit: '',
        partnerId: '',
      };
      const missing = await refused(
        '/console/clients',
        '/console/clients',
        { ...ok, name: '' },
        /There is a problem Name is required/,
      );
      assert.match(missing.text, /id="create-client-name"/);
      await refused(
        '/console/clients',
        '/console/clients',
        { ...ok, clientId: 'Bad Id!' },
        /ClientId must be 3 to 63 lower-case letters/,
      );
      const quota = await refused(
        '/console/clients',
        '/console/clients',
        { ...ok, rateLimit: 'lots' },
        /There is a problem Must be a whole number/,
      );
      assert.match(
        quota.text,
        /aria-invalid="true"[^>]*id="create-client-rateLimit"|id="create-client-rateLimit"[^>]*aria-invalid="true"/,
      );
      await refused(
        '/console/clients',
        '/console/clients',
        { ...ok, maxPortals: '-1' },
        /MaxPortals must be a whole number from 0 \(no limit\)/,
      );
      await refused('/console/clients', '/console/clients', { ...ok, scopes: ['root'] }, /Unknown scope "root"/);
      const created = await browser.post('/console/clients', ok);
      assert.equal(created.status, 200);
      assert.match(pageText(created.text), /Client created/);
      const secret = /id="new-secret-value"[^>]*>([A-Za-z0-9_-]{43})<\/textarea>/.exec(created.text)?.[1];
      assert.ok(secret, 'the secret is shown');
      const asClient = await server.call('GET', 'portal/get', {
        auth: signAscToken(secret, 'billing-panel', new Date()),
      });
      assert.equal(asClient.status, 200, 'and works for the client');
      assert.doesNotMatch((await browser.get('/console/clients/billing-panel')).text, new RegExp(secret), 'once');
      await refused('/console/clients', '/console/clients', ok, /Client already exists/);
      const listed = (await server.call('GET', 'client/get', { auth: true, query: { clientId: 'billing-panel' } })).body
        .client;
      assert.deepEqual([listed.name, listed.scopes], ['Billing panel', ['portals:read', 'billing']]);
      assert.equal((await lastAudit('client.create')).actor.id, ADMIN.email);
    });

    it('edit and rotate: refuse bad values; disable and enable', async () => {
      const page = '/console/clients/billing-panel';
      await refused(
        page,
        `${page}/update`,
        { name: 'n'.repeat(101), scopes: ['billing'], maxPortals: '', rateLimit: '', partnerId: '' },
        /Name must be at most 100 characters/,
      );
      await refused(page, `${page}/rotate`, { graceMinutes: '99999' }, /GraceMinutes must be between 0 and 10080/);
      await browser.get(page);
      const saved = await browser.post(`${page}/update`, {
        name: 'Billing',
        scopes: ['billing'],
        maxPortals: '5',
        rateLimit: '',
        partnerId: '',
      });
      assert.equal(saved.status, 303);
      const client = (await server.call('GET', 'client/get', { auth: true, query: { clientId: 'billing-panel' } })).body
        .client;
      assert.deepEqual([client.name, client.scopes, client.maxPortals], ['Billing', ['billing'], 5]);
      await browser.get(page);
      const rotated = await browser.post(`${page}/rotate`, { graceMinutes: '0' });
      assert.equal(rotated.status, 200);
      assert.match(pageText(rotated.text), /Secret rotated/);
      assert.equal((await browser.get(`${page}/disable`)).status, 200);
      assert.equal((await browser.post(`${page}/disable`, {})).status, 303);
      assert.equal(
        (await server.call('GET', 'client/get', { auth: true, query: { clientId: 'billing-panel' } })).body.client
          .disabled,
        true,
      );
      await browser.get(page);
      assert.equal((await browser.post(`${page}/enable`, {})).status, 303);
      assert.equal(
        (await server.call('GET', 'client/get', { auth: true, query: { clientId: 'billing-panel' } })).body.client
          .disabled,
        false,
      );
      assert.equal((await browser.get('/console/clients/no-such-client')).status, 404);
    });
  });

  describe('webhooks', () => {
    // Endpoints on 127.0.0.1 (WEBHOOK_ALLOW_PRIVATE=true here): nothing leaves this machine, and
    // the discard port refuses at once.
    const ok = { url: 'http://127.0.0.1:9/hook', events: ['portal.suspended'], description: 'Billing' };

    it('create: refuses a URL that is not http(s) or carries credentials, unknown events and a long description, beside the fields', async () => {
      const ftp = await refused(
        '/console/webhooks',
        '/console/webhooks',
        { ...ok, url: 'ftp://hooks.example.com/' },
        /There is a problem Webhook URL is invalid/,
      );
      assert.match(
        ftp.text,
        /id="create-webhook-url"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="create-webhook-url"/,
      );
      assert.match(ftp.text, /value="ftp:\/\/hooks.example.com\/"/, 'what was typed is kept');
      await refused(
        '/console/webhooks',
        '/console/webhooks',
        { ...ok, url: 'http://user:secret@127.0.0.1:9/' },
        /Webhook URL is invalid/,
      );
      await refused(
        '/console/webhooks',
        '/console/webhooks',
        { ...ok, events: ['portal.exploded'] },
        /portal\.exploded/,
      );
      await refused(
        '/console/webhooks',
        '/console/webhooks',
        { ...ok, description: 'd'.repeat(300) },
        /Description must be at most 255 characters/,
      );
      assert.deepEqual(
        (await server.call('GET', 'webhook/list', { auth: true })).body.webhooks,
        [],
        'nothing refused was created',
      );
    });

    it('create, edit, test, redeliver, pause, remove; a bad URL on edit and a forged delivery id are 400 pages', async () => {
      await browser.get('/console/webhooks');
      const created = await browser.post('/console/webhooks', ok);
      assert.equal(created.status, 200);
      assert.match(pageText(created.text), /Endpoint added/);
      assert.match(created.text, /whsec_[A-Za-z0-9+/=]+/, 'the signing secret is shown once');
      const id = (await server.call('GET', 'webhook/list', { auth: true })).body.webhooks[0].webhookId;
      const page = `/console/webhooks/${id}`;
      assert.doesNotMatch((await browser.get(page)).text, /whsec_/, 'and never again');
      await refused(
        page,
        `${page}/update`,
        { url: 'javascript:alert(1)', events: ['*'], description: '' },
        /Webhook URL is invalid/,
      );
      await browser.get(page);
      assert.equal((await browser.post(`${page}/update`, { url: ok.url, description: 'Renamed' })).status, 303);
      assert.deepEqual(
        (await server.call('GET', 'webhook/get', { auth: true, query: { webhookId: id } })).body.webhook.events,
        ['*'],
        'nothing checked is every event',
      );
      await browser.get(page);
      assert.equal((await browser.post(`${page}/test`, {})).status, 303);
      const listed = await browser.get(page);
      assert.match(pageText(listed.text), /webhook\.test/);
      const deliveryId = /name="deliveryId" value="(\d+)"/.exec(listed.text)?.[1];
      assert.ok(deliveryId);
      const again = await browser.post('/console/webhooks/redeliver', { deliveryId });
      assert.equal(again.status, 303);
      assert.equal(again.location, `${page}?notice=redelivered`);
      await refused(page, '/console/webhooks/redeliver', { deliveryId: 'abc' }, /Webhook not found/);
      const filter = await browser.get(`${page}?status=exploded`);
      assert.equal(filter.status, 400);
      assert.match(pageText(filter.text), /Status: must be one of pending, delivered, failed/);
      await browser.get(page);
      assert.equal((await browser.post(`${page}/state`, { disabled: 'true' })).status, 303);
      assert.equal(
        (await server.call('GET', 'webhook/get', { auth: true, query: { webhookId: id } })).body.webhook.disabled,
        true,
      );
      assert.equal((await browser.get(`${page}/remove`)).status, 200);
      assert.equal((await browser.post(`${page}/remove`, {})).status, 303);
      assert.deepEqual((await server.call('GET', 'webhook/list', { auth: true })).body.webhooks, []);
      assert.equal((await lastAudit('webhook.remove')).actor.id, ADMIN.email);
    });

    it('answers an unknown endpoint with a 404 page', async () => {
      assert.equal((await browser.get('/console/webhooks/wh_nothing')).status, 404);
    });
  });

  describe('audit log', () => {
    it('refuses a date it cannot read beside the field, and an unknown action', async () => {
      const from = await browser.get('/console/audit?from=yesterday');
      assert.equal(from.status, 400);
      assert.match(pageText(from.text), /Must be an ISO 8601 date or date-time between 1970 and 9999/);
      const action = await browser.get('/console/audit?action=portal.exploded');
      assert.equal(action.status, 400);
      assert.match(pageText(action.text), /action: Must be one of/);
    });

    it('filters by portal, action and actor', async () => {
      const res = await browser.get(
        `/console/audit?portal=${tenantId}&action=portal.status&actorType=operator&actorId=${encodeURIComponent(ADMIN.email)}`,
      );
      assert.equal(res.status, 200);
      const text = pageText(res.text);
      assert.match(text, /portal\.status/);
      assert.match(text, /Invoice 42 unpaid/);
      assert.doesNotMatch(res.text, /<code class="tag">tariff\.set<\/code>/, 'only the records asked for');
    });
  });

  describe('settings', () => {
    it('refuses a base domain that is not a host name, beside the field', async () => {
      const bad = await refused(
        '/console/settings',
        '/console/settings/base-domain',
        { baseDomain: 'not a domain!' },
        /BaseDomain must be a valid DNS host name/,
      );
      assert.match(bad.text, /value="not a domain!"/);
      await refused(
        '/console/settings',
        '/console/settings/base-domain',
        { baseDomain: '' },
        /BaseDomain must be a valid DNS host name/,
      );
    });

    it('saves a base domain that settings/get then reads', async () => {
      await browser.get('/console/settings');
      const res = await browser.post('/console/settings/base-domain', { baseDomain: 'Portals.Example.com' });
      assert.equal(res.status, 303);
      const read = await server.call('GET', 'settings/get', {
        auth: true,
        query: { tenantId: '-1', key: 'BaseDomain' },
      });
      assert.match(JSON.stringify(read.body), /portals\.example\.com/);
      assert.equal((await lastAudit('settings.save')).actor.id, ADMIN.email);
    });
  });

  it('the overview counts the portals and shows the chart', async () => {
    const res = await browser.get('/console');
    assert.equal(res.status, 200);
    const text = pageText(res.text);
    assert.match(text, /Portals \d+/);
    assert.match(res.text, /<svg class="chart-svg"/);
    assert.match(text, /Mail outbox/);
    assert.match(text, /Webhook deliveries/);
  });
});
