import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { announceTariffStates } from '../../src/domain/maintenance/announce-tariff-states.js';
import { DAY_MS } from '../../src/domain/time.js';
import { createServerDatabase } from '../helpers/server-database.js';
import type { TestDatabase } from '../helpers/test-database.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver, verifyDelivery, type WebhookReceiver } from '../helpers/webhook-receiver.js';

/**
 * Two server instances over one database, both running their webhook senders, deliver every
 * event exactly once per endpoint: the claim with a lease keeps them from posting one delivery
 * twice, and the tariff-state announcements of two maintenance runs at once are made once.
 * Runs on PostgreSQL (TEST_POSTGRES_URL) and on MySQL/MariaDB (TEST_MYSQL_URL), each only when
 * its URL is given (several instances need a shared database server).
 */

const SERVERS = [
  { title: 'PostgreSQL', variable: 'TEST_POSTGRES_URL', url: process.env.TEST_POSTGRES_URL?.trim() || undefined },
  { title: 'MySQL/MariaDB', variable: 'TEST_MYSQL_URL', url: process.env.TEST_MYSQL_URL?.trim() || undefined },
];

const REGISTRATIONS_PER_INSTANCE = 20;
const TARIFF_CHANGES = 10;
/** 40 registrations, 10 tariff changes and the 10 tariff.due they cause. */
const EVENTS = 2 * REGISTRATIONS_PER_INSTANCE + 2 * TARIFF_CHANGES;

for (const server of SERVERS) {
  const skip =
    server.url === undefined
      ? `${server.variable} is not set: two instances need a shared ${server.title} server`
      : false;
  if (skip) process.stdout.write(`webhooks-two-instances: skipped: ${skip}\n`);
  describe(`webhooks from two instances on one ${server.title} database`, { skip }, () => twoInstances(server.url));
}

function twoInstances(serverUrl: string | undefined): void {
  let database: TestDatabase;
  let a: TestServer;
  let b: TestServer;
  const receivers: WebhookReceiver[] = [];

  before(async () => {
    assert.ok(serverUrl);
    const created = await createServerDatabase(serverUrl);
    const dir = mkdtempSync(join(tmpdir(), 'hosted-webhooks-two-'));
    database = {
      url: created.url,
      dir,
      drop: async () => {
        await created.drop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
    const options = {
      database,
      // One machine key for both: each opens the endpoint secrets the other sealed.
      env: {
        MACHINE_KEY: `webhooks-two-${randomBytes(8).toString('hex')}`,
        WEBHOOK_ALLOW_PRIVATE: 'true',
        WEBHOOK_RETRY_SCHEDULE: '1,1,1',
      },
      // Quick polls and small batches, so both senders keep reaching for the same rows.
      overrides: { webhooks: { timing: { pollIntervalMs: 10, concurrency: 4 } } },
    };
    a = await startTestServer(options);
    b = await startTestServer(options);
  });

  after(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    await a?.close();
    await b?.close();
    await database?.drop();
  });

  it(`delivers each of ${EVENTS} events exactly once to each endpoint`, async () => {
    // A receiver that takes a moment to answer: claims overlap while attempts are in flight.
    for (let i = 0; i < 2; i++)
      receivers.push(await startWebhookReceiver({ defaultAnswer: { status: 200, delayMs: 20 } }));
    const endpoints: Array<{ webhookId: string; secret: string }> = [];
    for (const [index, receiver] of receivers.entries()) {
      const res = await (index === 0 ? a : b).call('POST', 'webhook/create', {
        auth: true,
        json: { url: receiver.url },
      });
      assert.equal(res.status, 201, res.text);
      endpoints.push({ webhookId: res.body.webhook.webhookId, secret: res.body.secret });
    }

    // Registrations on both instances at once.
    const registered = await Promise.all(
      Array.from({ length: 2 * REGISTRATIONS_PER_INSTANCE }, async (_, i) => {
        const res = await (i % 2 === 0 ? a : b).call('POST', 'portal/register', { auth: true, json: registration() });
        assert.equal(res.status, 201, res.text);
        return res.body.tenant as { tenantId: number; portalName: string };
      }),
    );
    // Some tariffs past their due date (tariff.changed), then both instances' maintenance at once (tariff.due).
    const overdue = new Date(Date.now() - DAY_MS).toISOString();
    await Promise.all(
      registered.slice(0, TARIFF_CHANGES).map(async (tenant, i) => {
        const res = await (i % 2 === 0 ? b : a).call('PUT', 'tariff/set', {
          auth: true,
          json: { tenantId: tenant.tenantId, dueDate: overdue },
        });
        assert.equal(res.status, 200, res.text);
      }),
    );
    const announced = await Promise.all([
      announceTariffStates(a.ctx),
      announceTariffStates(b.ctx),
      announceTariffStates(a.ctx),
    ]);
    assert.equal(
      announced.reduce((sum, n) => sum + n, 0),
      TARIFF_CHANGES,
      `each tariff.due announced once (${announced.join(' + ')})`,
    );

    for (const receiver of receivers) await receiver.waitFor(EVENTS, 60_000);
    // Time for a duplicate to show up, were there one.
    await sleep(1500);

    for (const [index, receiver] of receivers.entries()) {
      const endpoint = endpoints[index];
      assert.ok(endpoint);
      const counts = new Map<string, number>();
      for (const request of receiver.requests) {
        const id = String(request.headers['webhook-id']);
        counts.set(id, (counts.get(id) ?? 0) + 1);
        verifyDelivery(endpoint.secret, request);
      }
      const repeated = [...counts].filter(([, n]) => n > 1);
      assert.deepEqual(repeated, [], `endpoint ${index}: no webhook-id twice`);
      assert.equal(counts.size, EVENTS, `endpoint ${index}: every event once`);
      const types = receiver.requests.map((r) => JSON.parse(r.body).type as string);
      assert.equal(types.filter((t) => t === 'portal.registered').length, 2 * REGISTRATIONS_PER_INSTANCE);
      assert.equal(types.filter((t) => t === 'tariff.changed').length, TARIFF_CHANGES);
      assert.equal(types.filter((t) => t === 'tariff.due').length, TARIFF_CHANGES);
    }
    // Both endpoints got the same events under the same ids.
    const ids = (r: WebhookReceiver) => r.requests.map((q) => String(q.headers['webhook-id'])).sort();
    assert.deepEqual(ids(receivers[0] as WebhookReceiver), ids(receivers[1] as WebhookReceiver));

    // Every delivery delivered at its first attempt: no attempt was made twice.
    const rows = await a.store.db.selectFrom('webhook_deliveries').select(['status', 'attempts']).execute();
    assert.equal(rows.length, 2 * EVENTS);
    assert.ok(
      rows.every((row) => Number(row.status) === 1 && Number(row.attempts) === 1),
      JSON.stringify(rows.filter((row) => Number(row.status) !== 1 || Number(row.attempts) !== 1)),
    );
  });
}
