import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, describe, it } from 'node:test';
import { eventRow } from '../../src/store/repositories/webhook-events.js';
import { EVENT_GAP_SETTLE_MS, fanOutEvents } from '../../src/webhook-delivery/fan-out.js';
import { registerPortal } from '../helpers/builders.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { drain, ownSender } from '../helpers/webhook-sender.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';

/**
 * The fan-out gives each endpoint the outbox's events at its own pace: an endpoint whose backlog
 * is full gets nothing more until it drains, while the others go on; what an endpoint misses while
 * paused it never gets; an id missing between events (a change still committing) is waited for,
 * then passed over, and its event still goes out if it turns up; two instances never hand one
 * event to one endpoint twice; events every endpoint has passed are deleted.
 */

const ENV = {
  WEBHOOK_ALLOW_PRIVATE: 'true',
  WEBHOOK_MAX_ENDPOINTS: '100',
  WEBHOOK_TESTS_PER_MINUTE: '1000',
  WEBHOOK_MAX_PENDING: '10',
};
/** The server's own sender never polls: each test drives the fan-out and a sender itself. */
const IDLE_SENDER = { webhooks: { timing: { pollIntervalMs: 3_600_000 } } } as const;

const receivers: WebhookReceiver[] = [];
after(async () => {
  await Promise.all(receivers.map((r) => r.close()));
});

async function receiver(): Promise<WebhookReceiver> {
  const started = await startWebhookReceiver();
  receivers.push(started);
  return started;
}

async function withServer(run: (server: TestServer) => Promise<void>): Promise<void> {
  const server = await startTestServer({ env: ENV, overrides: IDLE_SENDER });
  try {
    await run(server);
  } finally {
    await server.close({ drop: true });
  }
}

async function createEndpoint(server: TestServer, url: string): Promise<string> {
  const res = await server.call('POST', 'webhook/create', { auth: true, json: { url } });
  assert.equal(res.status, 201, res.text);
  return res.body.webhook.webhookId;
}

async function deliveriesOf(server: TestServer, webhookId: string): Promise<any[]> {
  const res = await server.call('GET', 'webhook/deliveries', { auth: true, query: { webhookId, limit: '100' } });
  assert.equal(res.status, 200, res.text);
  return res.body.deliveries;
}

/** The portal names of the events of `type` a receiver got, in arrival order. */
function portalsReceived(from: WebhookReceiver, type: string): string[] {
  return from.matching((body) => body?.type === type).map((request) => JSON.parse(request.body).data.tenant.portalName);
}

async function eventIds(server: TestServer): Promise<number[]> {
  const rows = await server.store.db.selectFrom('webhook_events').select('id').orderBy('id').execute();
  return rows.map((row) => Number(row.id));
}

describe('the webhook fan-out', () => {
  it('gives each endpoint events at its own pace: a full backlog holds back only its own endpoint', async () => {
    await withServer(async (server) => {
      const slowHook = await receiver();
      const fastHook = await receiver();
      const slow = await createEndpoint(server, slowHook.url);
      const fast = await createEndpoint(server, fastHook.url);
      for (let i = 0; i < 10; i++) {
        const res = await server.call('POST', 'webhook/test', { auth: true, json: { webhookId: slow } });
        assert.equal(res.status, 200, res.text);
      }
      const names: string[] = [];
      for (let i = 0; i < 3; i++) names.push((await registerPortal(server)).portalName);

      assert.equal(await fanOutEvents(server.ctx, { batch: 100 }), 3);
      const typesOf = async (webhookId: string) => (await deliveriesOf(server, webhookId)).map((d) => d.type).sort();
      assert.deepEqual(await typesOf(fast), ['portal.registered', 'portal.registered', 'portal.registered']);
      assert.deepEqual(await typesOf(slow), Array(10).fill('webhook.test'), 'the full endpoint is given nothing yet');
      assert.equal((await eventIds(server)).length, 3, 'the events wait for the endpoint behind');
      assert.equal(await fanOutEvents(server.ctx, { batch: 100 }), 0, 'nothing more to hand out');

      await drain(ownSender(server));
      assert.deepEqual(portalsReceived(fastHook, 'portal.registered'), names);
      assert.deepEqual(portalsReceived(slowHook, 'portal.registered'), names, 'in order, once its tests went out');
      assert.equal(slowHook.matching((body) => body?.type === 'webhook.test').length, 10);
      assert.equal((await eventIds(server)).length, 1, 'passed by both: deleted, but for the newest');
    });
  });

  it('an endpoint gets nothing of what happened while it was paused, or before it was made', async () => {
    await withServer(async (server) => {
      const hook = await receiver();
      const paused = await createEndpoint(server, hook.url);
      const pause = (disabled: boolean) =>
        server.call('PUT', 'webhook/update', { auth: true, json: { webhookId: paused, disabled } });
      assert.equal((await pause(true)).status, 200);
      const other = await receiver();
      await createEndpoint(server, other.url);
      const missed = await registerPortal(server);
      assert.equal(await fanOutEvents(server.ctx, { batch: 100 }), 1);
      assert.equal((await pause(false)).status, 200);
      const later = await createEndpoint(server, hook.url);
      const seen = await registerPortal(server);
      await drain(ownSender(server));
      assert.deepEqual(portalsReceived(other, 'portal.registered'), [missed.portalName, seen.portalName]);
      assert.deepEqual(portalsReceived(hook, 'portal.registered'), [seen.portalName, seen.portalName]);
      assert.deepEqual(
        (await deliveriesOf(server, later)).map((d) => d.type),
        ['portal.registered'],
        'the endpoint made after the first registration gets only the second',
      );
    });
  });

  it('waits at a missing id while the events after it are young, then passes it; its event still goes out', async () => {
    await withServer(async (server) => {
      const hook = await receiver();
      const webhookId = await createEndpoint(server, hook.url);
      const first = await registerPortal(server);
      assert.equal(await fanOutEvents(server.ctx, { batch: 100 }), 1);
      const [head] = (await eventIds(server)).slice(-1);
      assert.ok(head !== undefined);
      const now = server.ctx.clock.now();
      const queue = async (id: number, portalName: string, created: Date) => {
        const payload = JSON.stringify({ type: 'portal.suspended', timestamp: now, data: { tenant: { portalName } } });
        const row = eventRow({
          eventId: randomUUID(),
          type: 'portal.suspended',
          tenantId: 1,
          clientId: null,
          payload,
          created,
        });
        await server.store.db
          .insertInto('webhook_events')
          .values({ ...row, id })
          .execute();
      };
      // head + 1 is taken by a change still committing; head + 2 committed just now.
      await queue(head + 2, 'after-the-gap', now);
      assert.equal(await fanOutEvents(server.ctx, { batch: 100 }), 0, 'the young event waits behind the gap');
      assert.deepEqual(
        (await deliveriesOf(server, webhookId)).map((d) => d.type),
        ['portal.registered'],
      );
      // Once the events after it are older than the settling time, the gap is passed over and remembered.
      await server.store.db
        .updateTable('webhook_events')
        .set({ created_at: new Date(now.getTime() - EVENT_GAP_SETTLE_MS - 1_000) })
        .where('id', '=', head + 2)
        .execute();
      assert.equal(await fanOutEvents(server.ctx, { batch: 100 }), 1);
      const gaps = await server.store.db.selectFrom('webhook_event_gaps').select('id').execute();
      assert.deepEqual(
        gaps.map((gap) => Number(gap.id)),
        [head + 1],
      );
      // The change commits at last: its event goes to the endpoint that passed over it.
      await queue(head + 1, 'committed-late', now);
      assert.equal(await fanOutEvents(server.ctx, { batch: 100 }), 1);
      assert.equal((await server.store.db.selectFrom('webhook_event_gaps').select('id').execute()).length, 0);
      await drain(ownSender(server));
      assert.deepEqual(portalsReceived(hook, 'portal.registered'), [first.portalName]);
      assert.deepEqual(portalsReceived(hook, 'portal.suspended'), ['after-the-gap', 'committed-late']);
    });
  });

  it('a running sender refills a full backlog as it drains, without waiting for its poll interval', async () => {
    // A backlog of 30 is refilled once 3 of its deliveries have ended; the interval never comes.
    const server = await startTestServer({ env: { ...ENV, WEBHOOK_MAX_PENDING: '30' }, overrides: IDLE_SENDER });
    const sender = ownSender(server, { pollIntervalMs: 3_600_000 });
    try {
      const hook = await receiver();
      await createEndpoint(server, hook.url);
      const names: string[] = [];
      for (let i = 0; i < 45; i++) names.push((await registerPortal(server)).portalName);
      sender.start();
      // The first round: 30 events become deliveries, the rest wait in the outbox.
      await sender.runOnce();
      const arrived = await hook.waitFor((requests) => requests.length >= 45, 15_000);
      assert.deepEqual(
        arrived.map((request) => JSON.parse(request.body).data.tenant.portalName).sort(),
        [...names].sort(),
        'every event went out once, the 15 beyond the backlog as it drained',
      );
    } finally {
      await sender.stop();
      await server.close({ drop: true });
    }
  });

  it('two fan-outs at once hand each event to each endpoint once', async () => {
    await withServer(async (server) => {
      const hooks = [await receiver(), await receiver()];
      const endpoints = [await createEndpoint(server, hooks[0]!.url), await createEndpoint(server, hooks[1]!.url)];
      for (let i = 0; i < 4; i++) await registerPortal(server);
      await Promise.all([fanOutEvents(server.ctx, { batch: 100 }), fanOutEvents(server.ctx, { batch: 100 })]);
      await fanOutEvents(server.ctx, { batch: 100 });
      for (const webhookId of endpoints) {
        const events = (await deliveriesOf(server, webhookId)).map((d) => d.eventId);
        assert.equal(events.length, 4);
        assert.equal(new Set(events).size, 4, 'no event twice');
      }
    });
  });
});
