import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { fixedClock } from '../../src/domain/clock.js';
import { announceTariffStates } from '../../src/domain/maintenance/announce-tariff-states.js';
import { purgeExpired } from '../../src/domain/maintenance/purge-expired.js';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.js';
import { checkWebhookUrl } from '../../src/domain/webhook/target-url.js';
import { WEBHOOK_SECRET_PATTERN } from '../../src/domain/webhook/webhook-secret.js';
import type { DeliverySender } from '../../src/webhook-delivery/delivery-sender.js';
import { fanOutEvents } from '../../src/webhook-delivery/fan-out.js';
import { postDelivery } from '../../src/webhook-delivery/post-delivery.js';
import { registration, startTestServer, type CallOptions, type TestServer } from '../helpers/test-server.js';
import {
  startWebhookReceiver,
  verifyDelivery,
  type ReceivedRequest,
  type WebhookReceiver,
} from '../helpers/webhook-receiver.js';
import { useServer } from '../helpers/suite-server.js';
import { drain, ownSender } from '../helpers/webhook-sender.js';
import { createClient, registerPortal } from '../helpers/builders.js';

/**
 * Webhooks end to end: endpoint management, every event type arriving at a
 * real receiver with a signature the standardwebhooks package accepts, delivery (retries, 410,
 * redirects, redelivery, rotation, disabling), client isolation, transactions, refused targets
 * and bad input.
 */

/** A quick sender: private targets allowed (the receiver is on loopback), 1 s between retries, 50 ms polls. */
const QUICK = {
  // These suites keep many endpoints on one server and test many times: the limits have their own suite.
  env: {
    WEBHOOK_ALLOW_PRIVATE: 'true',
    WEBHOOK_RETRY_SCHEDULE: '1,1,1',
    WEBHOOK_MAX_ENDPOINTS: '1000',
    WEBHOOK_TESTS_PER_MINUTE: '1000',
  },
  overrides: { webhooks: { timing: { pollIntervalMs: 50 } } },
} as const;
/** A server whose own sender never polls: the test drives a sender of its own on a fixed clock. */
const IDLE_SENDER = { webhooks: { timing: { pollIntervalMs: 3_600_000 } } } as const;
const PREFIXES = ['/api', '/apisystem', '/apisystem/api'];
const MARKER = 'RECEIVER-MARKER-7f3a9c';

const receivers: WebhookReceiver[] = [];
after(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(options: Parameters<typeof startWebhookReceiver>[0] = {}): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver(options);
  receivers.push(started);
  return started;
}

interface Endpoint {
  readonly webhookId: string;
  readonly secret: string;
}

async function createEndpoint(
  server: TestServer,
  url: string,
  fields: Record<string, unknown> = {},
  auth: boolean | string = true,
): Promise<Endpoint> {
  const res = await server.call('POST', 'webhook/create', { auth, json: { url, ...fields } });
  assert.equal(res.status, 201, res.text);
  return { webhookId: res.body.webhook.webhookId, secret: res.body.secret };
}

async function removeEndpoint(server: TestServer, webhookId: string): Promise<void> {
  await server.call('DELETE', 'webhook/remove', { auth: true, query: { webhookId } });
}

/** The portal as portal/get shows it now (whatever its status). */
async function tenantNow(server: TestServer, portalName: string): Promise<Record<string, unknown>> {
  const res = await server.call('GET', 'portal/get', { auth: true, query: { portalName, status: 'all' } });
  assert.equal(res.status, 200, res.text);
  assert.equal(res.body.tenants.length, 1);
  return res.body.tenants[0];
}

/** The receiver's requests for one portal (and one type, if given). */
function eventsOf(from: WebhookReceiver, portalName: string, type?: string): ReceivedRequest[] {
  return from.matching(
    (body) => body?.data?.tenant?.portalName === portalName && (type === undefined || body.type === type),
  );
}

async function waitForEvent(from: WebhookReceiver, portalName: string, type: string): Promise<ReceivedRequest> {
  await from.waitFor(() => eventsOf(from, portalName, type).length > 0);
  const found = eventsOf(from, portalName, type)[0];
  assert.ok(found);
  return found;
}

async function deliveries(
  server: TestServer,
  webhookId: string,
  query: Record<string, string> = {},
  auth: boolean | string = true,
): Promise<any[]> {
  const res = await server.call('GET', 'webhook/deliveries', { auth, query: { webhookId, ...query } });
  assert.equal(res.status, 200, res.text);
  return res.body.deliveries;
}

/** Polls webhook/deliveries until the newest delivery satisfies `until`. */
async function waitForDelivery(
  server: TestServer,
  webhookId: string,
  until: (delivery: any) => boolean,
  timeoutMs = 10_000,
): Promise<any> {
  const deadline = Date.now() + timeoutMs;
  let last: any;
  while (Date.now() < deadline) {
    last = (await deliveries(server, webhookId))[0];
    if (last !== undefined && until(last)) return last;
    await sleep(25);
  }
  assert.fail(`the delivery never got there; last seen: ${JSON.stringify(last)}`);
}

/** Checks a delivery's headers and its signature; returns the verified body. */
function checkDelivery(request: ReceivedRequest, secret: string, at?: Date): any {
  assert.equal(request.method, 'POST');
  assert.equal(request.path, '/hook');
  assert.equal(request.headers['content-type'], 'application/json');
  assert.match(String(request.headers['user-agent']), /hosted-solution-api/);
  assert.match(String(request.headers['webhook-id']), /^msg_[A-Za-z0-9_-]{22}$/);
  assert.match(String(request.headers['webhook-timestamp']), /^\d{10}$/);
  assert.match(String(request.headers['webhook-signature']), /^v1,[A-Za-z0-9+/]+=*( v1,[A-Za-z0-9+/]+=*)*$/);
  const seconds = Number(request.headers['webhook-timestamp']);
  assert.ok(
    Math.abs(seconds - (at ?? new Date()).getTime() / 1000) < 60,
    'webhook-timestamp is the time of the attempt',
  );
  const body = verifyDelivery(secret, request, at);
  assert.deepEqual(body, JSON.parse(request.body));
  return body;
}

/** The body's shape: {type, timestamp, data: {tenant?, tariff?, changes?, actor}} and nothing else. */
function checkBodyShape(body: any, type: string, at: Date = new Date()): void {
  assert.deepEqual(Object.keys(body).sort(), ['data', 'timestamp', 'type']);
  assert.equal(body.type, type);
  assert.equal(new Date(body.timestamp).toISOString(), body.timestamp, 'timestamp is ISO 8601');
  assert.ok(Math.abs(Date.parse(body.timestamp) - at.getTime()) < 60_000);
  for (const key of Object.keys(body.data))
    assert.ok(['tenant', 'tariff', 'changes', 'actor'].includes(key), `unexpected data.${key}`);
  // A client's endpoint sees the operator as {"type": "operator"} alone (no staff name or address).
  const keys = Object.keys(body.data.actor).sort();
  assert.ok(
    JSON.stringify(keys) === '["id","ip","type"]' || JSON.stringify(body.data.actor) === '{"type":"operator"}',
    JSON.stringify(body.data.actor),
  );
}

const OPERATOR_ACTOR = { type: 'operator', id: 'test', ip: '127.0.0.1' };

// --- the activation page, as test/http/activation.test.ts drives it -----------------------------

async function activatePortal(server: TestServer, reference: string, password: string): Promise<number> {
  const link = new URL(reference);
  const form = await server.app.inject({
    method: 'GET',
    url: link.pathname + link.search,
    headers: { host: link.host },
  });
  assert.equal(form.statusCode, 200, form.body);
  const csrf = /name="csrf" value="([^"]*)"/.exec(form.body)?.[1]?.replace(/&amp;/g, '&');
  assert.ok(csrf, 'the activation form has a CSRF field');
  const cookie = [form.headers['set-cookie'] ?? []]
    .flat()
    .map((c) => String(c).split(';')[0])
    .join('; ');
  const submitted = await server.app.inject({
    method: 'POST',
    url: '/confirm',
    headers: {
      host: link.host,
      origin: `http://${link.host}`,
      'content-type': 'application/x-www-form-urlencoded',
      ...(cookie === '' ? {} : { cookie }),
    },
    payload: new URLSearchParams({
      ...Object.fromEntries(link.searchParams),
      csrf,
      password,
      passwordAgain: password,
    }).toString(),
  });
  return submitted.statusCode;
}

// =================================================================================================

describe('webhooks: endpoints, events, deliveries and signatures', () => {
  let server: TestServer;
  const log: string[] = [];
  before(async () => {
    server = await startTestServer({
      env: { ...QUICK.env, LOG_LEVEL: 'debug' },
      overrides: QUICK.overrides,
      logDestination: { write: (line) => void log.push(line) },
    });
  });
  after(() => server.close({ drop: true }));

  describe('managing endpoints', () => {
    it('create answers 201 with the endpoint and its whsec_ secret, shown only then; under every prefix and any path case', async () => {
      const hook = await receiver();
      for (const prefix of PREFIXES) {
        const created = await server.call('POST', `${prefix}/webhook/create`, {
          auth: true,
          json: { url: hook.url, description: `via ${prefix}` },
        });
        assert.equal(created.status, 201, created.text);
        assert.deepEqual(Object.keys(created.body).sort(), ['secret', 'webhook']);
        assert.match(created.body.secret, WEBHOOK_SECRET_PATTERN);
        assert.equal(Buffer.from(created.body.secret.slice('whsec_'.length), 'base64').length, 32);
        const webhook = created.body.webhook;
        assert.deepEqual(Object.keys(webhook).sort(), [
          'clientId',
          'created',
          'description',
          'disabled',
          'disabledReason',
          'events',
          'url',
          'webhookId',
        ]);
        assert.deepEqual(
          { ...webhook, webhookId: undefined, created: undefined },
          {
            webhookId: undefined,
            created: undefined,
            url: hook.url,
            events: ['*'],
            description: `via ${prefix}`,
            disabled: false,
            disabledReason: null,
            clientId: null,
          },
        );
        const id = webhook.webhookId;

        const got = await server.call('GET', `${prefix}/webhook/get`, { auth: true, query: { webhookId: id } });
        assert.equal(got.status, 200, got.text);
        assert.deepEqual(got.body, { webhook });
        const listed = await server.call('GET', `${prefix}/webhook/list`, { auth: true });
        assert.equal(listed.status, 200);
        assert.ok(listed.body.webhooks.some((w: any) => w.webhookId === id));
        for (const answer of [got.text, listed.text])
          assert.ok(!answer.includes(created.body.secret.slice(6)), 'the secret is never shown again');

        const updated = await server.call('PUT', `${prefix}/webhook/update`, {
          auth: true,
          json: { webhookId: id, description: 'changed', events: ['portal.removed'] },
        });
        assert.equal(updated.status, 200, updated.text);
        assert.deepEqual(
          [updated.body.webhook.description, updated.body.webhook.events, updated.body.webhook.url],
          ['changed', ['portal.removed'], hook.url],
        );

        const rotated = await server.call('POST', `${prefix}/webhook/rotate`, { auth: true, json: { webhookId: id } });
        assert.equal(rotated.status, 200, rotated.text);
        assert.match(rotated.body.secret, WEBHOOK_SECRET_PATTERN);
        assert.notEqual(rotated.body.secret, created.body.secret);
        assert.equal(rotated.body.webhook.webhookId, id);

        const tested = await server.call('POST', `${prefix}/webhook/test`, { auth: true, json: { webhookId: id } });
        assert.equal(tested.status, 200, tested.text);
        const delivery = tested.body.delivery;
        assert.deepEqual(Object.keys(delivery).sort(), [
          'attempts',
          'created',
          'deliveredAt',
          'deliveryId',
          'eventId',
          'lastError',
          'lastStatusCode',
          'nextAttemptAt',
          'status',
          'type',
          'webhookId',
        ]);
        assert.deepEqual(
          [delivery.type, delivery.status, delivery.attempts, delivery.webhookId],
          ['webhook.test', 'pending', 0, id],
        );

        const listedDeliveries = await server.call('GET', `${prefix}/webhook/deliveries`, {
          auth: true,
          query: { webhookId: id },
        });
        assert.equal(listedDeliveries.status, 200, listedDeliveries.text);
        assert.equal(listedDeliveries.body.deliveries[0].deliveryId, delivery.deliveryId);
        assert.ok('next' in listedDeliveries.body);

        const again = await server.call('POST', `${prefix}/webhook/redeliver`, {
          auth: true,
          json: { deliveryId: delivery.deliveryId },
        });
        assert.equal(again.status, 200, again.text);
        assert.equal(again.body.delivery.eventId, delivery.eventId);

        const removed = await server.call('DELETE', `${prefix}/webhook/remove`, {
          auth: true,
          query: { webhookId: id },
        });
        assert.equal(removed.status, 200, removed.text);
        assert.equal(removed.body.removed, true);
        assert.equal(removed.body.webhook.webhookId, id);
        const gone = await server.call('GET', `${prefix}/webhook/get`, { auth: true, query: { webhookId: id } });
        assert.deepEqual([gone.status, gone.body], [400, { error: 'webhookNotFound', message: 'Webhook not found' }]);
      }
      const mixedCase = await server.call('GET', '/API/Webhook/List', { auth: true });
      assert.equal(mixedCase.status, 200, mixedCase.text);
    });

    it('events are read liberally: a JSON array, comma-separated text, repeated form fields, *; stored in the canonical order', async () => {
      const hook = await receiver();
      const cases: Array<[CallOptions, string[]]> = [
        [
          { json: { url: hook.url, events: ['tariff.changed', 'portal.registered'] } },
          ['portal.registered', 'tariff.changed'],
        ],
        [
          { form: { url: hook.url, events: ' tariff.changed , portal.suspended,portal.suspended' } },
          ['portal.suspended', 'tariff.changed'],
        ],
        [
          {
            body: `url=${encodeURIComponent(hook.url)}&events=portal.removed&events=portal.purged`,
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
          },
          ['portal.removed', 'portal.purged'],
        ],
        [{ json: { url: hook.url, events: '*' } }, ['*']],
        [{ json: { url: hook.url, events: ['portal.removed', '*'] } }, ['*']],
        [{ json: { url: hook.url } }, ['*']],
        [{ query: { url: hook.url, events: 'webhook.test' } }, ['webhook.test']],
      ];
      for (const [options, events] of cases) {
        const created = await server.call('POST', 'webhook/create', { auth: true, ...options });
        assert.equal(created.status, 201, `${JSON.stringify(options)}: ${created.text}`);
        assert.deepEqual(created.body.webhook.events, events, JSON.stringify(options));
        await removeEndpoint(server, created.body.webhook.webhookId);
      }
      const made = await createEndpoint(server, hook.url, { events: 'portal.registered' });
      const form = await server.call('PUT', 'webhook/update', {
        auth: true,
        form: { webhookId: made.webhookId, events: 'portal.resumed,portal.suspended', disabled: 'yes' },
      });
      assert.equal(form.status, 200, form.text);
      assert.deepEqual(
        [form.body.webhook.events, form.body.webhook.disabled, form.body.webhook.disabledReason],
        [['portal.suspended', 'portal.resumed'], true, 'disabled by request'],
      );
      const enabled = await server.call('PUT', 'webhook/update', {
        auth: true,
        json: { webhookId: made.webhookId, disabled: false },
      });
      assert.deepEqual(
        [enabled.body.webhook.disabled, enabled.body.webhook.disabledReason, enabled.body.webhook.events],
        [false, null, ['portal.suspended', 'portal.resumed']],
      );
      await removeEndpoint(server, made.webhookId);
    });

    it('the secret is stored sealed, never in clear', async () => {
      const hook = await receiver();
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      const rows = await server.store.db.selectFrom('webhook_endpoints').selectAll().execute();
      const text = JSON.stringify(rows);
      assert.ok(!text.includes(made.secret) && !text.includes(made.secret.slice(6)));
      await removeEndpoint(server, made.webhookId);
    });

    it('bad input is 400 params, webhookUrlInvalid or webhookNotFound, never a 500', async () => {
      const hook = await receiver();
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      const cases: Array<[string, string, CallOptions, string]> = [
        ['POST', 'webhook/create', { json: {} }, 'params'],
        ['POST', 'webhook/create', { json: { url: '' } }, 'params'],
        ['POST', 'webhook/create', { json: { url: '   ' } }, 'params'],
        ['POST', 'webhook/create', { json: { url: hook.url, events: ['portal.exploded'] } }, 'params'],
        ['POST', 'webhook/create', { json: { url: hook.url, events: 'portal.registered,nope' } }, 'params'],
        ['POST', 'webhook/create', { json: { url: hook.url, events: { a: 1 } } }, 'params'],
        ['POST', 'webhook/create', { json: { url: hook.url, events: [1, 2] } }, 'params'],
        ['POST', 'webhook/create', { json: { url: hook.url, description: 'x'.repeat(256) } }, 'params'],
        ['POST', 'webhook/create', { json: { url: hook.url, description: 'line\nbreak' } }, 'params'],
        ['POST', 'webhook/create', { json: { url: ['http://a.example'] } }, 'params'],
        ['POST', 'webhook/create', { json: { url: { href: hook.url } } }, 'params'],
        ['POST', 'webhook/create', { json: { url: `${hook.url}\u0000` } }, 'params'],
        ['POST', 'webhook/create', { json: { url: 'not a url' } }, 'webhookUrlInvalid'],
        ['POST', 'webhook/create', { json: { url: 'hook.example.com/path' } }, 'webhookUrlInvalid'],
        ['POST', 'webhook/create', { json: { url: `${hook.url}?${'a'.repeat(2100)}` } }, 'webhookUrlInvalid'],
        ['POST', 'webhook/create', { json: { url: 'http://no-such-host.invalid/' } }, 'webhookUrlInvalid'],
        ['POST', 'webhook/create', { json: { url: 'javascript:alert(1)' } }, 'webhookUrlInvalid'],
        ['GET', 'webhook/get', {}, 'webhookNotFound'],
        ['GET', 'webhook/get', { query: { webhookId: 'wh_nope' } }, 'webhookNotFound'],
        ['GET', 'webhook/get', { query: { webhookId: 'x'.repeat(5000) } }, 'webhookNotFound'],
        ['GET', 'webhook/get', { query: { webhookId: "' or 1=1 --" } }, 'webhookNotFound'],
        ['PUT', 'webhook/update', { json: { webhookId: 'wh_nope', description: 'x' } }, 'webhookNotFound'],
        ['PUT', 'webhook/update', { json: { webhookId: made.webhookId, disabled: 'maybe' } }, 'params'],
        ['PUT', 'webhook/update', { json: { webhookId: made.webhookId, url: 'ftp://x' } }, 'webhookUrlInvalid'],
        ['PUT', 'webhook/update', { json: { webhookId: made.webhookId, events: ['nope'] } }, 'params'],
        // An empty list subscribes to nothing: refused, never read as every type.
        ['PUT', 'webhook/update', { json: { webhookId: made.webhookId, events: [] } }, 'params'],
        ['PUT', 'webhook/update', { form: { webhookId: made.webhookId, events: ' , ' } }, 'params'],
        ['POST', 'webhook/create', { json: { url: hook.url, events: [] } }, 'params'],
        ['PUT', 'webhook/update', { json: { webhookId: made.webhookId, description: 'y'.repeat(300) } }, 'params'],
        ['DELETE', 'webhook/remove', { query: { webhookId: 'wh_nope' } }, 'webhookNotFound'],
        ['POST', 'webhook/rotate', { json: { webhookId: 'wh_nope' } }, 'webhookNotFound'],
        ['POST', 'webhook/test', { json: {} }, 'webhookNotFound'],
        ['GET', 'webhook/deliveries', { query: { webhookId: 'wh_nope' } }, 'webhookNotFound'],
        ['GET', 'webhook/deliveries', { query: { webhookId: made.webhookId, limit: '0' } }, 'params'],
        ['GET', 'webhook/deliveries', { query: { webhookId: made.webhookId, limit: '501' } }, 'params'],
        ['GET', 'webhook/deliveries', { query: { webhookId: made.webhookId, limit: '-5' } }, 'params'],
        ['GET', 'webhook/deliveries', { query: { webhookId: made.webhookId, limit: 'ten' } }, 'params'],
        [
          'GET',
          'webhook/deliveries',
          { query: { webhookId: made.webhookId, limit: '99999999999999999999' } },
          'params',
        ],
        ['GET', 'webhook/deliveries', { query: { webhookId: made.webhookId, status: 'lost' } }, 'params'],
        ['GET', 'webhook/deliveries', { query: { webhookId: made.webhookId, after: 'yesterday' } }, 'params'],
        ['GET', 'webhook/deliveries', { query: { webhookId: made.webhookId, after: '9'.repeat(40) } }, 'params'],
        ['POST', 'webhook/redeliver', { json: {} }, 'webhookNotFound'],
        ['POST', 'webhook/redeliver', { json: { deliveryId: 'abc' } }, 'webhookNotFound'],
        ['POST', 'webhook/redeliver', { json: { deliveryId: '-1' } }, 'webhookNotFound'],
        ['POST', 'webhook/redeliver', { json: { deliveryId: '1.5' } }, 'webhookNotFound'],
        ['POST', 'webhook/redeliver', { json: { deliveryId: '99999999999999999999999' } }, 'webhookNotFound'],
        ['POST', 'webhook/redeliver', { json: { deliveryId: '999999999999' } }, 'webhookNotFound'],
        ['POST', 'webhook/redeliver', { json: { deliveryId: 2 ** 40 } }, 'webhookNotFound'],
      ];
      for (const [method, path, options, error] of cases) {
        const res = await server.call(method, path, { auth: true, ...options });
        const what = `${method} ${path} ${JSON.stringify(options).slice(0, 120)}`;
        assert.equal(res.status, 400, `${what}: ${res.text}`);
        assert.equal(res.body?.error, error, `${what}: ${res.text}`);
      }
      // The reason of a refused URL is named.
      const refused = await server.call('POST', 'webhook/create', { auth: true, json: { url: 'ftp://x' } });
      assert.match(refused.body.message, /^Webhook URL is invalid: .*http or https/);
      // A bad filter in an update changes nothing.
      const kept = await server.call('GET', 'webhook/get', { auth: true, query: { webhookId: made.webhookId } });
      assert.deepEqual(kept.body.webhook.events, ['webhook.test']);
      await removeEndpoint(server, made.webhookId);
    });

    it('every method needs a token, and a client needs the webhooks scope', async () => {
      for (const [method, path] of [
        ['POST', 'webhook/create'],
        ['GET', 'webhook/list'],
        ['GET', 'webhook/get'],
        ['PUT', 'webhook/update'],
        ['DELETE', 'webhook/remove'],
        ['POST', 'webhook/rotate'],
        ['POST', 'webhook/test'],
        ['GET', 'webhook/deliveries'],
        ['POST', 'webhook/redeliver'],
      ] as const) {
        const anonymous = await server.call(method, path, {});
        assert.ok([401, 403].includes(anonymous.status), `${path} anonymous: ${anonymous.status}`);
      }
      const client = await createClient(server, { scopes: ['portals:read', 'portals:write'] });
      const refused = await server.call('GET', 'webhook/list', { auth: client.auth() });
      assert.deepEqual([refused.status, refused.body?.error], [403, 'forbidden']);
      assert.match(refused.body.message, /webhooks/);
    });
  });

  describe('every event type arrives signed, with the right body', () => {
    let hook: WebhookReceiver;
    let endpoint: Endpoint;
    before(async () => {
      hook = await receiver();
      endpoint = await createEndpoint(server, hook.url);
    });
    after(() => removeEndpoint(server, endpoint.webhookId));

    it('portal.registered: the tenant and tariff as the API shows them, the operator as actor, headers per Standard Webhooks', async () => {
      const tenant = await registerPortal(server);
      const request = await waitForEvent(hook, tenant.portalName, 'portal.registered');
      const body = checkDelivery(request, endpoint.secret);
      checkBodyShape(body, 'portal.registered');
      const { reference: _reference, email: _email, ...answered } = tenant;
      assert.deepEqual(body.data.tenant, answered, 'the tenant object of the register answer');
      assert.deepEqual(body.data.tenant, await tenantNow(server, tenant.portalName), 'the tenant object of portal/get');
      assert.equal(body.data.tenant.clientId, null);
      const tariff = await server.call('GET', 'tariff/get', { auth: true, query: { portalName: tenant.portalName } });
      assert.deepEqual(body.data.tariff, tariff.body.tariff);
      assert.deepEqual(body.data.actor, OPERATOR_ACTOR);
      assert.deepEqual(body.data.changes.portalName, [null, tenant.portalName]);
      assert.deepEqual(body.data.changes.status, [null, 'Active']);
      assert.equal(eventsOf(hook, tenant.portalName).length, 1, 'one event per change');
    });

    it('portal.activated when the owner completes activation on the page (once)', async () => {
      const tenant = await registerPortal(server);
      assert.equal(await activatePortal(server, tenant.reference, 'correct horse battery'), 303);
      const request = await waitForEvent(hook, tenant.portalName, 'portal.activated');
      const body = checkDelivery(request, endpoint.secret);
      checkBodyShape(body, 'portal.activated');
      assert.deepEqual(body.data.tenant, await tenantNow(server, tenant.portalName));
      assert.deepEqual(body.data.actor.type, 'owner');
      assert.deepEqual(body.data.actor.id, tenant.ownerId);
      assert.deepEqual(body.data.changes, { activated: [false, true] });
      await sleep(300);
      assert.equal(eventsOf(hook, tenant.portalName, 'portal.activated').length, 1);
    });

    it('portal.suspended and portal.resumed, only when the status really changes', async () => {
      const tenant = await registerPortal(server);
      const suspend = await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Suspended', reason: 'unpaid' },
      });
      assert.equal(suspend.status, 200, suspend.text);
      const suspended = checkDelivery(await waitForEvent(hook, tenant.portalName, 'portal.suspended'), endpoint.secret);
      checkBodyShape(suspended, 'portal.suspended');
      assert.deepEqual(suspended.data.tenant, suspend.body.tenant);
      assert.equal(suspended.data.tenant.status, 'Suspended');
      assert.deepEqual(suspended.data.changes, { status: ['Active', 'Suspended'], reason: [null, 'unpaid'] });
      assert.deepEqual(suspended.data.actor, OPERATOR_ACTOR);
      // Suspending a suspended portal is recorded, but is no event.
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Suspended' },
      });

      const resume = await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Active' },
      });
      const resumed = checkDelivery(await waitForEvent(hook, tenant.portalName, 'portal.resumed'), endpoint.secret);
      checkBodyShape(resumed, 'portal.resumed');
      assert.deepEqual(resumed.data.tenant, resume.body.tenant);
      assert.equal(resumed.data.tenant.status, 'Active');
      await sleep(300);
      assert.deepEqual(
        eventsOf(hook, tenant.portalName)
          .map((r) => JSON.parse(r.body).type)
          .sort(),
        ['portal.registered', 'portal.resumed', 'portal.suspended'],
      );
    });

    it('portal.removed', async () => {
      const tenant = await registerPortal(server);
      const remove = await server.call('DELETE', 'portal/remove', {
        auth: true,
        query: { portalName: tenant.portalName },
      });
      assert.equal(remove.status, 200, remove.text);
      const body = checkDelivery(await waitForEvent(hook, tenant.portalName, 'portal.removed'), endpoint.secret);
      checkBodyShape(body, 'portal.removed');
      assert.deepEqual(body.data.tenant, remove.body.tenant);
      assert.equal(body.data.tenant.status, 'RemovePending');
      assert.deepEqual(body.data.changes, { status: ['Active', 'RemovePending'] });
    });

    it('tariff.changed carries data.tariff and the changed fields', async () => {
      const tenant = await registerPortal(server);
      const set = await server.call('PUT', 'tariff/set', {
        auth: true,
        json: { tenantId: tenant.tenantId, activeUsers: 42, maxTotalSize: 5_000_000 },
      });
      assert.equal(set.status, 200, set.text);
      const body = checkDelivery(await waitForEvent(hook, tenant.portalName, 'tariff.changed'), endpoint.secret);
      checkBodyShape(body, 'tariff.changed');
      assert.deepEqual(body.data.tariff, set.body.tariff);
      assert.deepEqual(body.data.tenant, set.body.tenant);
      assert.equal(body.data.changes.activeUsers[1], 42);
      assert.equal(body.data.changes.maxTotalSize[1], 5_000_000);
      // A tariff/set that changes nothing is no event.
      await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: tenant.tenantId } });
      await sleep(300);
      assert.equal(eventsOf(hook, tenant.portalName, 'tariff.changed').length, 1);
    });

    it('settings.changed for a per-portal setting, with its key and never its value; a global setting is no event', async () => {
      const tenant = await registerPortal(server);
      const value = 'setting-value-that-may-be-a-secret';
      const saved = await server.call('POST', 'settings/save', {
        auth: true,
        json: { tenantId: tenant.tenantId, key: 'CustomKey', value },
      });
      assert.equal(saved.status, 200, saved.text);
      const request = await waitForEvent(hook, tenant.portalName, 'settings.changed');
      const body = checkDelivery(request, endpoint.secret);
      checkBodyShape(body, 'settings.changed');
      // Setting keys are case-insensitive and stored lower-cased.
      assert.deepEqual(body.data.changes, { setting: [null, 'customkey'] });
      assert.ok(!request.body.includes(value), 'the value is not sent');

      const before = hook.requests.length;
      const global = await server.call('POST', 'settings/save', {
        auth: true,
        json: { tenantId: -1, key: 'GlobalCustomKey', value: 'x' },
      });
      assert.equal(global.status, 200, global.text);
      await sleep(400);
      assert.equal(hook.matching((b) => b?.type === 'settings.changed').length, 1);
      assert.ok(hook.requests.slice(before).every((r) => !r.body.includes('GlobalCustomKey')));
    });

    it('portal.overquota when a usage report crosses the quota, not again while it stays over', async () => {
      const tenant = await registerPortal(server);
      await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: tenant.tenantId, maxTotalSize: 1000 } });
      const report = async (usedSize: number) => {
        const res = await server.call('PUT', 'portal/usage', {
          auth: true,
          json: { portalName: tenant.portalName, usedSize },
        });
        assert.equal(res.status, 200, res.text);
      };
      await report(500);
      await report(1500);
      const body = checkDelivery(await waitForEvent(hook, tenant.portalName, 'portal.overquota'), endpoint.secret);
      checkBodyShape(body, 'portal.overquota');
      assert.deepEqual(body.data.changes, { usedSize: [500, 1500] });
      assert.equal(body.data.tenant.usedSize, 1500);
      assert.equal(body.data.tenant.quota, 1000);
      await report(2000);
      await report(1800);
      await sleep(400);
      assert.equal(eventsOf(hook, tenant.portalName, 'portal.overquota').length, 1, 'staying over is no new event');
      // Back under, then over again: a new crossing.
      await report(10);
      await report(3000);
      await hook.waitFor(() => eventsOf(hook, tenant.portalName, 'portal.overquota').length === 2);
    });

    it('webhook.test goes to the one endpoint asked for, whatever its filter', async () => {
      const other = await receiver();
      const filtered = await createEndpoint(server, other.url, { events: ['portal.purged'] });
      const tested = await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: filtered.webhookId } });
      assert.equal(tested.status, 200, tested.text);
      const [request] = await other.waitFor(1);
      assert.ok(request);
      const body = checkDelivery(request, filtered.secret);
      checkBodyShape(body, 'webhook.test');
      assert.deepEqual(body.data, { actor: OPERATOR_ACTOR });
      assert.equal(request.headers['webhook-id'], tested.body.delivery.eventId);
      await sleep(300);
      assert.equal(hook.matching((b) => b?.type === 'webhook.test').length, 0, 'no other endpoint got it');
      await removeEndpoint(server, filtered.webhookId);
    });
  });

  describe('event filters', () => {
    it('an endpoint gets only the types it subscribes to; a changed filter applies to later events; a disabled endpoint gets nothing', async () => {
      const hook = await receiver();
      const all = await receiver();
      const filtered = await createEndpoint(server, hook.url, { events: ['portal.suspended'] });
      const everything = await createEndpoint(server, all.url, { events: '*' });
      const tenant = await registerPortal(server);
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Suspended' },
      });
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Active' },
      });
      await all.waitFor(() => eventsOf(all, tenant.portalName).length === 3);
      await hook.waitFor(() => eventsOf(hook, tenant.portalName).length >= 1);
      await sleep(300);
      assert.deepEqual(
        eventsOf(hook, tenant.portalName).map((r) => JSON.parse(r.body).type),
        ['portal.suspended'],
      );

      await server.call('PUT', 'webhook/update', {
        auth: true,
        json: { webhookId: filtered.webhookId, events: 'portal.resumed' },
      });
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Suspended' },
      });
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Active' },
      });
      await all.waitFor(() => eventsOf(all, tenant.portalName).length === 5);
      await hook.waitFor(() => eventsOf(hook, tenant.portalName).length >= 2);
      await sleep(300);
      assert.deepEqual(
        eventsOf(hook, tenant.portalName).map((r) => JSON.parse(r.body).type),
        ['portal.suspended', 'portal.resumed'],
      );

      await server.call('PUT', 'webhook/update', {
        auth: true,
        json: { webhookId: filtered.webhookId, disabled: true },
      });
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Suspended' },
      });
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: tenant.portalName, status: 'Active' },
      });
      await all.waitFor(() => eventsOf(all, tenant.portalName).length === 7);
      await sleep(300);
      assert.equal(eventsOf(hook, tenant.portalName).length, 2, 'a disabled endpoint gets nothing');
      assert.equal(
        (await deliveries(server, filtered.webhookId)).length,
        2,
        'nothing is queued for a disabled endpoint',
      );
      await removeEndpoint(server, filtered.webhookId);
      await removeEndpoint(server, everything.webhookId);
    });
  });

  describe('delivery', () => {
    it('receiver down: retried with backoff, delivered once it is back', async () => {
      const hook = await receiver({ listening: false });
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      const queued = (await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } }))
        .body.delivery;
      const first = await waitForDelivery(server, made.webhookId, (d) => d.attempts === 1 && d.lastError !== null);
      assert.deepEqual(
        [first.status, first.lastError, first.lastStatusCode, first.deliveredAt],
        ['pending', 'connection', null, null],
      );
      assert.ok(
        Date.parse(first.nextAttemptAt) - Date.parse(queued.created) >= 1000,
        'the first retry waits the first step of the schedule',
      );
      // The second attempt failed: due again a step of the schedule on. (While an attempt is in
      // flight its next attempt is the lease's end, minutes away.)
      const second = await waitForDelivery(
        server,
        made.webhookId,
        (d) =>
          d.attempts === 2 &&
          d.nextAttemptAt !== first.nextAttemptAt &&
          Date.parse(d.nextAttemptAt) - Date.parse(first.nextAttemptAt) < 60_000,
      );
      assert.ok(
        Date.parse(second.nextAttemptAt) - Date.parse(first.nextAttemptAt) >= 1000,
        'and the next one the next step',
      );
      await hook.start();
      const [request] = await hook.waitFor(1);
      assert.ok(request);
      checkDelivery(request, made.secret);
      assert.equal(request.headers['webhook-id'], queued.eventId);
      const delivered = await waitForDelivery(server, made.webhookId, (d) => d.status === 'delivered');
      assert.ok(delivered.attempts >= 3, `attempts: ${delivered.attempts}`);
      assert.deepEqual([delivered.lastStatusCode, delivered.lastError, delivered.nextAttemptAt], [200, null, null]);
      assert.ok(delivered.deliveredAt !== null);
      await removeEndpoint(server, made.webhookId);
    });

    it('500 then 200: the same webhook-id and body, attempts counted; the receiver’s answer is stored and logged nowhere', async () => {
      const hook = await receiver();
      hook.script({ status: 500, body: `${MARKER}: database on fire`, headers: { 'x-detail': MARKER } });
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
      const failed = await waitForDelivery(server, made.webhookId, (d) => d.lastStatusCode === 500);
      assert.deepEqual([failed.status, failed.attempts, failed.lastError], ['pending', 1, 'http_500']);
      const [first, second] = await hook.waitFor(2);
      assert.ok(first && second);
      assert.equal(second.headers['webhook-id'], first.headers['webhook-id']);
      assert.equal(second.body, first.body);
      checkDelivery(first, made.secret);
      checkDelivery(second, made.secret);
      const delivered = await waitForDelivery(server, made.webhookId, (d) => d.status === 'delivered');
      assert.deepEqual([delivered.attempts, delivered.lastStatusCode, delivered.lastError], [2, 200, null]);

      const rows = await server.store.db.selectFrom('webhook_deliveries').selectAll().execute();
      assert.ok(rows.length > 0);
      assert.ok(!JSON.stringify(rows).includes(MARKER), 'no webhook_deliveries row holds the receiver’s answer');
      const endpoints = await server.store.db.selectFrom('webhook_endpoints').selectAll().execute();
      assert.ok(!JSON.stringify(endpoints).includes(MARKER));
      assert.ok(!log.join('').includes(MARKER), 'nor does the log');
      await removeEndpoint(server, made.webhookId);
    });

    it('after the last retry the delivery is failed; redeliver queues it again at once with the same webhook-id', async () => {
      const hook = await receiver({ defaultAnswer: { status: 503, body: MARKER } });
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      const queued = (await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } }))
        .body.delivery;
      const failed = await waitForDelivery(server, made.webhookId, (d) => d.status === 'failed', 15_000);
      assert.deepEqual(
        [failed.attempts, failed.lastStatusCode, failed.lastError, failed.nextAttemptAt, failed.deliveredAt],
        [4, 503, 'http_503', null, null],
        'one attempt and a retry per entry of WEBHOOK_RETRY_SCHEDULE (1,1,1)',
      );
      await sleep(1500);
      assert.equal(hook.requests.length, 4, 'no attempt after failed');
      assert.deepEqual(new Set(hook.requests.map((r) => r.headers['webhook-id'])), new Set([queued.eventId]));
      const failedOnly = await deliveries(server, made.webhookId, { status: 'failed' });
      assert.deepEqual(
        failedOnly.map((d) => d.deliveryId),
        [queued.deliveryId],
      );
      assert.equal(
        (await server.call('GET', 'webhook/get', { auth: true, query: { webhookId: made.webhookId } })).body.webhook
          .disabled,
        false,
      );

      hook.setDefault({ status: 204 });
      const again = await server.call('POST', 'webhook/redeliver', {
        auth: true,
        json: { deliveryId: queued.deliveryId },
      });
      assert.equal(again.status, 200, again.text);
      assert.deepEqual(
        [again.body.delivery.status, again.body.delivery.eventId, again.body.delivery.deliveryId],
        ['pending', queued.eventId, queued.deliveryId],
      );
      await hook.waitFor(5);
      const last = hook.requests[4];
      assert.ok(last);
      assert.equal(last.headers['webhook-id'], queued.eventId);
      assert.equal(last.body, hook.requests[0]?.body, 'the same bytes');
      checkDelivery(last, made.secret);
      const delivered = await waitForDelivery(server, made.webhookId, (d) => d.status === 'delivered');
      assert.deepEqual([delivered.attempts, delivered.lastStatusCode], [5, 204]);
      await removeEndpoint(server, made.webhookId);
    });

    it('redeliver of a delivered delivery sends it once more, same webhook-id, a fresh signature', async () => {
      const hook = await receiver();
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      const queued = (await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } }))
        .body.delivery;
      await waitForDelivery(server, made.webhookId, (d) => d.status === 'delivered');
      await sleep(1100);
      const again = await server.call('POST', 'webhook/redeliver', {
        auth: true,
        form: { deliveryId: queued.deliveryId },
      });
      assert.equal(again.status, 200, again.text);
      const [first, second] = await hook.waitFor(2);
      assert.ok(first && second);
      assert.equal(second.headers['webhook-id'], first.headers['webhook-id']);
      assert.equal(second.body, first.body);
      assert.notEqual(second.headers['webhook-timestamp'], first.headers['webhook-timestamp']);
      checkDelivery(second, made.secret);
      const delivered = await waitForDelivery(
        server,
        made.webhookId,
        (d) => d.status === 'delivered' && d.attempts === 2,
      );
      assert.equal(delivered.deliveryId, queued.deliveryId);
      await removeEndpoint(server, made.webhookId);
    });

    it('redeliver while an attempt is in flight does not let another instance start a second attempt', async () => {
      const hook = await receiver();
      hook.script({ status: 200, delayMs: 1500 });
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      const queued = (await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } }))
        .body.delivery;
      await hook.waitFor(1);
      const again = await server.call('POST', 'webhook/redeliver', {
        auth: true,
        json: { deliveryId: queued.deliveryId },
      });
      assert.equal(again.status, 200, again.text);
      // A second instance's sender polls now, while the first attempt still waits for its answer.
      const otherInstance = ownSender(server);
      const polled = otherInstance.runOnce();
      await sleep(500);
      assert.equal(hook.requests.length, 1, 'no second attempt while the first is in flight');
      await polled;
      await waitForDelivery(server, made.webhookId, (d) => d.status === 'delivered');
      await removeEndpoint(server, made.webhookId);
    });

    it('410 Gone disables the endpoint at once, with the reason; enabling it sends what waited', async () => {
      const hook = await receiver();
      hook.script({ status: 410 });
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
      await hook.waitFor(1);
      const deadline = Date.now() + 5000;
      let webhook: any;
      while (Date.now() < deadline) {
        webhook = (await server.call('GET', 'webhook/get', { auth: true, query: { webhookId: made.webhookId } })).body
          .webhook;
        if (webhook.disabled) break;
        await sleep(25);
      }
      assert.equal(webhook.disabled, true);
      assert.match(webhook.disabledReason, /410/);
      const [delivery] = await deliveries(server, made.webhookId);
      assert.deepEqual([delivery.attempts, delivery.lastStatusCode, delivery.lastError], [1, 410, 'http_410']);
      await sleep(1500);
      assert.equal(hook.requests.length, 1, 'no retry to a gone endpoint');

      const enabled = await server.call('PUT', 'webhook/update', {
        auth: true,
        json: { webhookId: made.webhookId, disabled: false },
      });
      assert.deepEqual([enabled.body.webhook.disabled, enabled.body.webhook.disabledReason], [false, null]);
      await hook.waitFor(2);
      await waitForDelivery(server, made.webhookId, (d) => d.status === 'delivered');
      await removeEndpoint(server, made.webhookId);
    });

    it('redirects are not followed: a 301 is a failed attempt', async () => {
      const elsewhere = await receiver();
      const hook = await receiver();
      hook.script(
        { status: 301, headers: { location: elsewhere.url } },
        { status: 302, headers: { location: elsewhere.url } },
      );
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
      const failed = await waitForDelivery(server, made.webhookId, (d) => d.lastStatusCode === 301);
      assert.deepEqual([failed.status, failed.lastError], ['pending', 'http_301']);
      await waitForDelivery(server, made.webhookId, (d) => d.status === 'delivered');
      assert.equal(hook.requests.length, 3, '301, 302, then 200 on the retries');
      assert.equal(elsewhere.requests.length, 0, 'the Location was never visited');
      await removeEndpoint(server, made.webhookId);
    });

    it('a slow receiver times out (WEBHOOK_TIMEOUT_MS) and is retried', async () => {
      const slow = await startTestServer({
        env: { ...QUICK.env, WEBHOOK_TIMEOUT_MS: '300' },
        overrides: QUICK.overrides,
      });
      try {
        const hook = await receiver();
        hook.script({ delayMs: 2000 });
        const made = await createEndpoint(slow, hook.url, { events: ['webhook.test'] });
        await slow.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
        const timedOut = await waitForDelivery(slow, made.webhookId, (d) => d.lastError === 'timeout');
        assert.deepEqual([timedOut.status, timedOut.attempts, timedOut.lastStatusCode], ['pending', 1, null]);
        await waitForDelivery(slow, made.webhookId, (d) => d.status === 'delivered');
      } finally {
        await slow.close({ drop: true });
      }
    });

    it('webhook/deliveries lists newest first, filters by status and pages with next', async () => {
      const hook = await receiver();
      const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
      const ids: string[] = [];
      for (let i = 0; i < 3; i++)
        ids.push(
          (await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } })).body.delivery
            .deliveryId,
        );
      await hook.waitFor(3);
      await waitForDelivery(server, made.webhookId, () => true);
      const deadline = Date.now() + 5000;
      while ((await deliveries(server, made.webhookId, { status: 'delivered' })).length < 3 && Date.now() < deadline)
        await sleep(25);
      const page1 = await server.call('GET', 'webhook/deliveries', {
        auth: true,
        query: { webhookId: made.webhookId, limit: '2' },
      });
      assert.deepEqual(
        page1.body.deliveries.map((d: any) => d.deliveryId),
        [ids[2], ids[1]],
      );
      assert.equal(typeof page1.body.next, 'string');
      const page2 = await server.call('GET', 'webhook/deliveries', {
        auth: true,
        query: { webhookId: made.webhookId, limit: '2', after: page1.body.next },
      });
      assert.deepEqual(
        page2.body.deliveries.map((d: any) => d.deliveryId),
        [ids[0]],
      );
      assert.equal(page2.body.next, null);
      assert.deepEqual(await deliveries(server, made.webhookId, { status: 'pending' }), []);
      assert.equal((await deliveries(server, made.webhookId, { status: 'DELIVERED' })).length, 3);
      await removeEndpoint(server, made.webhookId);
    });
  });

  describe('clients', () => {
    it('a client’s endpoint gets only its own portals’ events; the operator’s gets all', async () => {
      const a = await createClient(server, { scopes: ['portals:read', 'portals:write', 'webhooks'] });
      const b = await createClient(server, { scopes: ['portals:read', 'portals:write', 'webhooks'] });
      const hookA = await receiver();
      const hookB = await receiver();
      const hookOperator = await receiver();
      const endA = await createEndpoint(server, hookA.url, {}, a.auth());
      const endB = await createEndpoint(server, hookB.url, {}, b.auth());
      const endOperator = await createEndpoint(server, hookOperator.url, {
        events: ['portal.registered', 'portal.suspended'],
      });

      const portalA = await registerPortal(server, {}, { auth: a.auth() });
      const portalB = await registerPortal(server, {}, { auth: b.auth() });
      const portalOperator = await registerPortal(server);
      // The operator changes a client's portal: still that client's portal's event.
      await server.call('PUT', 'portal/status', {
        auth: true,
        json: { portalName: portalB.portalName, status: 'Suspended' },
      });

      await hookOperator.waitFor(4);
      await hookA.waitFor(1);
      await hookB.waitFor(2);
      await sleep(400);
      const portalsSeen = (hook: WebhookReceiver) =>
        hook.requests.map((r) => `${JSON.parse(r.body).type}:${JSON.parse(r.body).data.tenant.portalName}`).sort();
      assert.deepEqual(portalsSeen(hookA), [`portal.registered:${portalA.portalName}`]);
      assert.deepEqual(
        portalsSeen(hookB),
        [`portal.registered:${portalB.portalName}`, `portal.suspended:${portalB.portalName}`].sort(),
      );
      assert.deepEqual(
        portalsSeen(hookOperator),
        [portalA, portalB, portalOperator]
          .map((p) => `portal.registered:${p.portalName}`)
          .concat(`portal.suspended:${portalB.portalName}`)
          .sort(),
      );
      const bodyA = checkDelivery(hookA.requests[0] as ReceivedRequest, endA.secret);
      assert.equal(bodyA.data.tenant.clientId, a.clientId);
      assert.deepEqual(bodyA.data.actor, { type: 'client', id: a.clientId, ip: '127.0.0.1' });
      for (const r of hookB.requests) checkDelivery(r, endB.secret);
      for (const r of hookOperator.requests) checkDelivery(r, endOperator.secret);
      // The operator suspended B's portal: B learns that the operator did, not who or from where.
      const suspendedFor = (hook: WebhookReceiver) =>
        hook.requests.map((r) => JSON.parse(r.body)).find((b) => b.type === 'portal.suspended');
      assert.deepEqual(suspendedFor(hookB).data.actor, { type: 'operator' });
      assert.deepEqual(suspendedFor(hookOperator).data.actor, OPERATOR_ACTOR);
      for (const end of [endA, endB, endOperator]) await removeEndpoint(server, end.webhookId);
    });

    it('a client sees and manages only its own endpoints: the others are webhookNotFound', async () => {
      const a = await createClient(server, { scopes: ['webhooks'] });
      const b = await createClient(server, { scopes: ['webhooks'] });
      const hook = await receiver();
      const mine = await createEndpoint(server, hook.url, { events: ['webhook.test'] }, a.auth());
      const theirs = await createEndpoint(server, hook.url, { events: ['webhook.test'] }, b.auth());
      const operators = await createEndpoint(server, hook.url, { events: ['webhook.test'] });

      const listed = await server.call('GET', 'webhook/list', { auth: a.auth() });
      assert.deepEqual(
        listed.body.webhooks.map((w: any) => w.webhookId),
        [mine.webhookId],
      );
      assert.equal(listed.body.webhooks[0].clientId, a.clientId);
      const all = await server.call('GET', 'webhook/list', { auth: true });
      for (const id of [mine.webhookId, theirs.webhookId, operators.webhookId])
        assert.ok(all.body.webhooks.some((w: any) => w.webhookId === id));

      const theirDelivery = (
        await server.call('POST', 'webhook/test', { auth: b.auth(), json: { webhookId: theirs.webhookId } })
      ).body.delivery;
      assert.ok(theirDelivery?.deliveryId);
      for (const other of [theirs.webhookId, operators.webhookId]) {
        for (const [method, path, options] of [
          ['GET', 'webhook/get', { query: { webhookId: other } }],
          ['PUT', 'webhook/update', { json: { webhookId: other, description: 'mine now' } }],
          ['POST', 'webhook/rotate', { json: { webhookId: other } }],
          ['POST', 'webhook/test', { json: { webhookId: other } }],
          ['GET', 'webhook/deliveries', { query: { webhookId: other } }],
          ['DELETE', 'webhook/remove', { query: { webhookId: other } }],
        ] as const) {
          const res = await server.call(method, path, { auth: a.auth(), ...options });
          assert.deepEqual([res.status, res.body?.error], [400, 'webhookNotFound'], `${path} of ${other}: ${res.text}`);
        }
      }
      const redeliver = await server.call('POST', 'webhook/redeliver', {
        auth: a.auth(),
        json: { deliveryId: theirDelivery.deliveryId },
      });
      assert.deepEqual([redeliver.status, redeliver.body?.error], [400, 'webhookNotFound']);
      const still = await server.call('GET', 'webhook/get', { auth: true, query: { webhookId: theirs.webhookId } });
      assert.equal(still.body.webhook.description, '', 'untouched');
      const own = await server.call('PUT', 'webhook/update', {
        auth: a.auth(),
        json: { webhookId: mine.webhookId, description: 'ok' },
      });
      assert.equal(own.status, 200, own.text);
      for (const end of [mine, theirs, operators]) await removeEndpoint(server, end.webhookId);
    });
  });
});

// =================================================================================================

describe('webhooks on a fixed clock (maintenance events, rotation, failing endpoints)', () => {
  const clock = fixedClock(new Date());
  let server: TestServer;
  let sender: DeliverySender;
  before(async () => {
    server = await startTestServer({ clock, env: QUICK.env, overrides: IDLE_SENDER });
    sender = ownSender(server);
  });
  after(async () => {
    await sender.stop();
    await server.close({ drop: true });
  });

  it('tariff.due past the due date and tariff.overdue past the grace days, each exactly once even when run twice', async () => {
    const hook = await receiver();
    const made = await createEndpoint(server, hook.url, { events: ['tariff.due', 'tariff.overdue'] });
    const tenant = await registerPortal(server);
    const due = new Date(clock.now().getTime() + DAY_MS);
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, dueDate: due.toISOString() },
    });

    assert.equal(await announceTariffStates(server.ctx), 0, 'nothing before the due date');
    clock.set(new Date(due.getTime() + HOUR_MS));
    assert.equal(await announceTariffStates(server.ctx), 1);
    assert.equal(await announceTariffStates(server.ctx), 0, 'announced once');
    await drain(sender);
    const dueEvents = eventsOf(hook, tenant.portalName, 'tariff.due');
    assert.equal(dueEvents.length, 1);
    const dueBody = checkDelivery(dueEvents[0] as ReceivedRequest, made.secret, clock.now());
    checkBodyShape(dueBody, 'tariff.due', clock.now());
    assert.equal(dueBody.data.tariff.state, 2, 'Delay');
    assert.equal(dueBody.data.tariff.dueDate, due.toISOString());
    assert.deepEqual(dueBody.data.actor, { type: 'system', id: null, ip: null });
    assert.deepEqual(dueBody.data.tenant, await tenantNow(server, tenant.portalName));

    clock.set(new Date(due.getTime() + 8 * DAY_MS));
    const [first, second] = await Promise.all([announceTariffStates(server.ctx), announceTariffStates(server.ctx)]);
    assert.equal((first ?? 0) + (second ?? 0), 1, 'two runs at once announce it once');
    assert.equal(await announceTariffStates(server.ctx), 0);
    await drain(sender);
    const overdue = eventsOf(hook, tenant.portalName, 'tariff.overdue');
    assert.equal(overdue.length, 1);
    const overdueBody = checkDelivery(overdue[0] as ReceivedRequest, made.secret, clock.now());
    checkBodyShape(overdueBody, 'tariff.overdue', clock.now());
    assert.equal(overdueBody.data.tariff.state, 3, 'NotPaid');
    assert.equal(eventsOf(hook, tenant.portalName, 'tariff.due').length, 1);

    // A new due date starts the announcements over.
    const next = new Date(clock.now().getTime() + DAY_MS);
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, dueDate: next.toISOString() },
    });
    clock.set(new Date(next.getTime() + HOUR_MS));
    assert.equal(await announceTariffStates(server.ctx), 1);
    await drain(sender);
    assert.equal(eventsOf(hook, tenant.portalName, 'tariff.due').length, 2);
    await removeEndpoint(server, made.webhookId);
  });

  it('portal.purged when the maintenance job purges a removed portal (once)', async () => {
    const hook = await receiver();
    const made = await createEndpoint(server, hook.url, { events: ['portal.purged'] });
    const tenant = await registerPortal(server);
    await server.call('DELETE', 'portal/remove', { auth: true, query: { portalName: tenant.portalName } });
    await purgeExpired(server.ctx);
    await drain(sender);
    assert.equal(eventsOf(hook, tenant.portalName).length, 0, 'not before REMOVE_RETENTION_DAYS');

    clock.advance(31 * DAY_MS);
    await purgeExpired(server.ctx);
    await purgeExpired(server.ctx);
    await drain(sender);
    const purged = eventsOf(hook, tenant.portalName, 'portal.purged');
    assert.equal(purged.length, 1);
    const body = checkDelivery(purged[0] as ReceivedRequest, made.secret, clock.now());
    checkBodyShape(body, 'portal.purged', clock.now());
    assert.equal(body.data.tenant.tenantId, tenant.tenantId);
    assert.equal(body.data.tenant.status, 'RemovePending');
    assert.deepEqual(body.data.actor, { type: 'system', id: null, ip: null });
    await removeEndpoint(server, made.webhookId);
  });

  it('after webhook/rotate both secrets sign for 24 h (either verifies), then only the new one', async () => {
    const hook = await receiver();
    const made = await createEndpoint(server, hook.url, { events: ['webhook.test'] });
    const rotated = await server.call('POST', 'webhook/rotate', { auth: true, json: { webhookId: made.webhookId } });
    assert.equal(rotated.status, 200, rotated.text);
    const fresh = String(rotated.body.secret);

    await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
    await drain(sender);
    const during = hook.requests.at(-1) as ReceivedRequest;
    assert.equal(String(during.headers['webhook-signature']).split(' ').length, 2, 'two signatures, space-separated');
    checkDelivery(during, made.secret, clock.now());
    checkDelivery(during, fresh, clock.now());

    clock.advance(23 * HOUR_MS);
    await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
    await drain(sender);
    const late = hook.requests.at(-1) as ReceivedRequest;
    assert.notEqual(late, during);
    checkDelivery(late, made.secret, clock.now());
    checkDelivery(late, fresh, clock.now());

    clock.advance(HOUR_MS + 1000);
    await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
    await drain(sender);
    const afterwards = hook.requests.at(-1) as ReceivedRequest;
    assert.notEqual(afterwards, late);
    assert.equal(String(afterwards.headers['webhook-signature']).split(' ').length, 1);
    checkDelivery(afterwards, fresh, clock.now());
    assert.throws(() => verifyDelivery(made.secret, afterwards, clock.now()), /No matching signature/);
    await removeEndpoint(server, made.webhookId);
  });

  it('an endpoint whose deliveries all failed for 5 days is disabled with a reason; a success in between resets the count', async () => {
    const failing = await receiver({ defaultAnswer: { status: 500 } });
    const flaky = await receiver({ defaultAnswer: { status: 500 } });
    const dead = await createEndpoint(server, failing.url, { events: ['webhook.test'] });
    const recovering = await createEndpoint(server, flaky.url, { events: ['webhook.test'] });
    const send = async () => {
      for (const end of [dead, recovering])
        await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: end.webhookId } });
      await drain(sender);
    };
    const get = async (id: string) =>
      (await server.call('GET', 'webhook/get', { auth: true, query: { webhookId: id } })).body.webhook;

    await send();
    clock.advance(3 * DAY_MS);
    flaky.script({ status: 200 });
    await send();
    clock.advance(DAY_MS);
    await send();
    assert.equal((await get(dead.webhookId)).disabled, false, 'four days of failures are not enough');
    clock.advance(DAY_MS);
    await send();
    const disabled = await get(dead.webhookId);
    assert.equal(disabled.disabled, true);
    assert.match(disabled.disabledReason, /5 days/);
    assert.equal((await get(recovering.webhookId)).disabled, false, 'its failures started again two days ago');

    const attemptsBefore = failing.requests.length;
    await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: dead.webhookId } });
    clock.advance(DAY_MS);
    await drain(sender);
    assert.equal(failing.requests.length, attemptsBefore, 'a disabled endpoint is not posted to');
    for (const end of [dead, recovering]) await removeEndpoint(server, end.webhookId);
  });
});

// =================================================================================================

describe('a change that rolls back produces no event', () => {
  it('a registration that fails after its event was queued leaves no delivery and sends nothing', async () => {
    const server = await startTestServer({
      env: QUICK.env,
      overrides: {
        ...QUICK.overrides,
        onRegistered: async (_db, registered) => {
          if (registered.tenant.alias.startsWith('fail')) throw new Error('something after the event failed');
        },
      },
    });
    try {
      const hook = await receiver();
      const made = await createEndpoint(server, hook.url);
      const failing = registration({ portalName: `fail${Date.now().toString(36)}` });
      const res = await server.call('POST', 'portal/register', { auth: true, json: failing });
      assert.equal(res.status, 500, res.text);
      assert.equal(res.body.error, 'registerNewTenantError');
      const ok = await registerPortal(server);
      await waitForEvent(hook, ok.portalName, 'portal.registered');
      await sleep(300);
      assert.deepEqual(eventsOf(hook, String(failing.portalName)), []);
      const rows = await server.store.db.selectFrom('webhook_deliveries').select(['type', 'payload']).execute();
      assert.equal(rows.length, 1, 'only the committed registration queued a delivery');
      assert.ok(!rows.some((r) => r.payload.includes(String(failing.portalName))));
      await removeEndpoint(server, made.webhookId);
    } finally {
      await server.close({ drop: true });
    }
  });
});

// =================================================================================================

describe('refused targets (WEBHOOK_ALLOW_PRIVATE off)', () => {
  const server = useServer({ env: { WEBHOOK_RETRY_SCHEDULE: '1,1,1' }, overrides: QUICK.overrides });

  it('loopback (by name and literal), private, shared, link-local, wrapped IPv6 forms, other schemes and user info are 400 webhookUrlInvalid', async () => {
    const refused = [
      'http://localhost/hook',
      'http://LOCALHOST:8080/',
      'http://127.0.0.1/',
      'http://127.1.2.3:9000/x',
      'http://[::1]/',
      'http://10.0.0.1/',
      'http://172.16.5.4/',
      'http://192.168.1.1/',
      'http://100.64.0.1/',
      'http://169.254.169.254/latest/meta-data/',
      'http://0.0.0.0/',
      'http://224.0.0.1/',
      'http://255.255.255.255/',
      'http://240.0.0.1/',
      'http://[fd00::1]/',
      'http://[fe80::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[::ffff:10.0.0.1]/',
      'http://[64:ff9b::10.0.0.1]/',
      'http://[2002:7f00:1::]/',
      'http://2130706433/',
      'http://0x7f.1/',
      'ftp://x',
      'ftp://files.example.com/hook',
      'file:///etc/passwd',
      'gopher://example.com/',
      'http://user:pass@example.com/',
      'https://user@example.com/',
      'https://:secret@example.com/',
    ];
    for (const url of refused) {
      const res = await server.call('POST', 'webhook/create', { auth: true, json: { url } });
      assert.deepEqual([res.status, res.body?.error], [400, 'webhookUrlInvalid'], `${url}: ${res.text}`);
      assert.match(res.body.message, /^Webhook URL is invalid: /);
    }
    const loopback = await server.call('POST', 'webhook/create', { auth: true, json: { url: 'http://localhost/' } });
    assert.match(loopback.body.message, /loopback/);
    assert.deepEqual(
      (await server.call('GET', 'webhook/list', { auth: true })).body.webhooks,
      [],
      'nothing was stored',
    );
  });

  it('a public target is accepted; updating it to a refused one is refused', async () => {
    const made = await createEndpoint(server, 'https://93.184.215.14/hook', { events: ['portal.purged'] });
    for (const url of ['http://127.0.0.1/', 'http://localhost/', 'ftp://x', 'http://user:pass@example.com/']) {
      const res = await server.call('PUT', 'webhook/update', { auth: true, json: { webhookId: made.webhookId, url } });
      assert.deepEqual([res.status, res.body?.error], [400, 'webhookUrlInvalid'], `${url}: ${res.text}`);
    }
    const kept = await server.call('GET', 'webhook/get', { auth: true, query: { webhookId: made.webhookId } });
    assert.equal(kept.body.webhook.url, 'https://93.184.215.14/hook');
    await removeEndpoint(server, made.webhookId);
  });

  it('the target is checked again at send time: a name that now resolves to loopback is not connected to', async () => {
    const hook = await receiver();
    const made = await createEndpoint(server, 'https://93.184.215.14/hook', { events: ['webhook.test'] });
    // As if its DNS had changed since: the stored URL now names a host that resolves to 127.0.0.1.
    await server.store.db
      .updateTable('webhook_endpoints')
      .set({ url: `http://localhost:${hook.port}/hook` })
      .where('id', '=', made.webhookId)
      .execute();
    await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
    const refused = await waitForDelivery(server, made.webhookId, (d) => d.lastError !== null);
    assert.deepEqual([refused.status, refused.lastError, refused.lastStatusCode], ['pending', 'refused_address', null]);
    await sleep(300);
    assert.equal(hook.requests.length, 0);
    await removeEndpoint(server, made.webhookId);
  });

  it('DNS rebinding: checked public at create time, resolving to loopback at send time, nothing is sent', async () => {
    const hook = await receiver();
    let answers = ['93.184.215.14'];
    const resolve = async () => answers;
    const url = `http://hooks.example.com:${hook.port}/hook`;
    const atCreate = await checkWebhookUrl(url, { allowPrivate: false, resolve });
    assert.equal(atCreate.ok, true, 'public when the endpoint was saved');
    answers = ['127.0.0.1'];
    const result = await postDelivery({ url, headers: {}, body: '{}', timeoutMs: 2000, allowPrivate: false, resolve });
    assert.deepEqual(result, { ok: false, errorClass: 'refused_address' });
    answers = ['93.184.215.14', '127.0.0.1'];
    assert.deepEqual(
      await postDelivery({ url, headers: {}, body: '{}', timeoutMs: 2000, allowPrivate: false, resolve }),
      { ok: false, errorClass: 'refused_address' },
      'one private address refuses the name',
    );
    assert.equal(hook.requests.length, 0);
  });
});

describe('webhook limits: no receiver holds up another, no caller multiplies requests without end', () => {
  it('a slow receiver flooded with tests holds only its own slots: another endpoint gets its event at once', async () => {
    const server = await startTestServer({
      ...QUICK,
      env: { ...QUICK.env, WEBHOOK_TIMEOUT_MS: '20000', WEBHOOK_ENDPOINT_CONCURRENCY: '2' },
    });
    let slow: WebhookReceiver | undefined;
    try {
      slow = await receiver({ defaultAnswer: { status: 200, delayMs: 15_000 } });
      const fast = await receiver();
      const slowEnd = await createEndpoint(server, slow.url, { events: ['webhook.test'] });
      await createEndpoint(server, fast.url, { events: ['portal.registered'] });
      for (let i = 0; i < 30; i++)
        assert.equal(
          (await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: slowEnd.webhookId } })).status,
          200,
        );
      await slow.waitFor(2);
      const portal = await registerPortal(server);
      // The slow receiver answers in 15 s; the other endpoint's event does not wait for it.
      await fast.waitFor(() => eventsOf(fast, portal.portalName, 'portal.registered').length === 1, 5_000);
      assert.equal(slow.requests.length, 2, 'the slow endpoint has its 2 slots, no more');
    } finally {
      // Its connections cut, the server's shutdown need not wait out the slow answers.
      await slow?.close();
      await server.close({ drop: true });
    }
  });

  it('WEBHOOK_MAX_ENDPOINTS caps each owner: one more is 400 webhookLimit; removing one makes room', async () => {
    const server = await startTestServer({ ...QUICK, env: { ...QUICK.env, WEBHOOK_MAX_ENDPOINTS: '2' } });
    try {
      const hook = await receiver();
      const client = await createClient(server, { scopes: ['webhooks'] });
      const first = await createEndpoint(server, hook.url, {}, client.auth());
      await createEndpoint(server, hook.url, {}, client.auth());
      const third = await server.call('POST', 'webhook/create', { auth: client.auth(), json: { url: hook.url } });
      assert.deepEqual(
        [third.status, third.body],
        [400, { error: 'webhookLimit', message: 'A client may have at most 2 webhook endpoints' }],
      );
      // The operator's own endpoints are counted apart.
      await createEndpoint(server, hook.url);
      await createEndpoint(server, hook.url);
      const operatorThird = await server.call('POST', 'webhook/create', { auth: true, json: { url: hook.url } });
      assert.deepEqual(operatorThird.body, {
        error: 'webhookLimit',
        message: 'The operator may have at most 2 webhook endpoints',
      });
      await removeEndpoint(server, first.webhookId);
      await createEndpoint(server, hook.url, {}, client.auth());
    } finally {
      await server.close({ drop: true });
    }
  });

  it('WEBHOOK_TESTS_PER_MINUTE caps webhook/test per caller: 400 tooMuchAttempts with Retry-After', async () => {
    const server = await startTestServer({ ...QUICK, env: { ...QUICK.env, WEBHOOK_TESTS_PER_MINUTE: '3' } });
    try {
      const hook = await receiver();
      const made = await createEndpoint(server, hook.url);
      for (let i = 0; i < 3; i++)
        assert.equal(
          (await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } })).status,
          200,
        );
      const fourth = await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
      assert.deepEqual(
        [fourth.status, fourth.body],
        [400, { error: 'tooMuchAttempts', message: 'At most 3 webhook tests a minute' }],
      );
      assert.ok(Number(fourth.headers.get('retry-after')) >= 1);
      // A client is counted apart from the operator.
      const client = await createClient(server, { scopes: ['webhooks'] });
      const own = await createEndpoint(server, hook.url, {}, client.auth());
      assert.equal(
        (await server.call('POST', 'webhook/test', { auth: client.auth(), json: { webhookId: own.webhookId } })).status,
        200,
      );
    } finally {
      await server.close({ drop: true });
    }
  });

  it('WEBHOOK_MAX_PENDING caps a backlog: tests and redeliveries are refused, events wait and go out as it drains', async () => {
    const server = await startTestServer({ env: { ...QUICK.env, WEBHOOK_MAX_PENDING: '10' }, overrides: IDLE_SENDER });
    try {
      const hook = await receiver();
      const made = await createEndpoint(server, hook.url);
      const test = () => server.call('POST', 'webhook/test', { auth: true, json: { webhookId: made.webhookId } });
      const sender = ownSender(server);
      assert.equal((await test()).status, 200);
      await drain(sender);
      const [sent] = await deliveries(server, made.webhookId, { status: 'delivered' });
      assert.ok(sent);
      for (let i = 0; i < 10; i++) assert.equal((await test()).status, 200);
      const eleventh = await test();
      assert.deepEqual([eleventh.status, eleventh.body.error], [400, 'webhookLimit']);
      assert.match(eleventh.body.message, /10 deliveries waiting/);
      const redelivered = await server.call('POST', 'webhook/redeliver', {
        auth: true,
        json: { deliveryId: sent.deliveryId },
      });
      assert.deepEqual([redelivered.status, redelivered.body.error], [400, 'webhookLimit']);

      // Changes are not refused, and their events are not lost: they wait in the outbox, given to
      // the endpoint as its backlog drains.
      const portals = [];
      for (let i = 0; i < 3; i++) portals.push(await registerPortal(server));
      assert.equal(await fanOutEvents(server.ctx, { batch: 100 }), 0, 'no room: nothing is handed out');
      const listed = await deliveries(server, made.webhookId, { limit: '100' });
      assert.deepEqual(
        [listed.length, listed.filter((d) => d.type === 'portal.registered').length],
        [11, 0],
        'the ten tests waiting and the one delivered; no delivery made or refused for the events',
      );
      await drain(sender);
      for (const portal of portals) assert.equal(eventsOf(hook, portal.portalName, 'portal.registered').length, 1);
      const after = await deliveries(server, made.webhookId, { limit: '100' });
      assert.deepEqual(
        after.map((d) => d.status).filter((status) => status !== 'delivered'),
        [],
        'everything went out',
      );
      assert.equal(after.filter((d) => d.type === 'portal.registered').length, 3);
    } finally {
      await server.close({ drop: true });
    }
  });

  it('only the operator lifts a disable the operator made; a client lifts its own', async () => {
    const server = await startTestServer(QUICK);
    try {
      const hook = await receiver();
      const client = await createClient(server, { scopes: ['webhooks'] });
      const own = await createEndpoint(server, hook.url, {}, client.auth());
      const update = (auth: boolean | string, disabled: boolean) =>
        server.call('PUT', 'webhook/update', { auth, json: { webhookId: own.webhookId, disabled } });
      assert.equal((await update(client.auth(), true)).status, 200);
      assert.equal((await update(client.auth(), false)).body.webhook.disabled, false);
      assert.equal((await update(true, true)).status, 200);
      const lifted = await update(client.auth(), false);
      assert.deepEqual(
        [lifted.status, lifted.body],
        [403, { error: 'forbidden', message: 'Only the operator may enable an endpoint the operator disabled' }],
      );
      assert.equal((await update(true, false)).body.webhook.disabled, false);
    } finally {
      await server.close({ drop: true });
    }
  });
});
