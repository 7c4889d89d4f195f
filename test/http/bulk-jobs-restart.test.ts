import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { eventually, seedPortals } from '../helpers/lifecycle.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * A bulk job over 10,000 portals survives a restart mid-way: the first instance stops (handing
 * its job back before its next portal), a second one over the same database goes on from there,
 * and in the end every portal was changed, audited and counted exactly once.
 */
const PORTALS = 10_000;

describe('a bulk job over 10,000 portals across a restart', () => {
  let first: TestServer;
  let second: TestServer | undefined;
  let ids: number[];
  const timing = { bulkJobs: { timing: { pollIntervalMs: 20 } } };
  before(async () => {
    first = await startTestServer({ overrides: timing });
    ids = await seedPortals(first.store, PORTALS, { plan: 'business' });
  });
  after(async () => {
    await second?.close();
    await first.close({ drop: true });
  });

  const job = async (server: TestServer, jobId: string) => {
    const res = await server.call('GET', 'job/get', { auth: true, query: { jobId } });
    assert.equal(res.status, 200, res.text);
    return res.body.job as { state: string; total: number; done: number; failed: number };
  };

  it('goes on after the restart and counts exactly', { timeout: 600_000 }, async () => {
    const created = await first.call('POST', 'portal/bulk', {
      auth: true,
      json: { filter: { plan: 'business' }, action: 'suspend', reason: 'bulk restart' },
    });
    assert.equal(created.status, 202, created.text);
    const jobId = created.body.job.jobId as string;
    assert.equal(created.body.job.total, PORTALS);

    const midway = await eventually(
      () => job(first, jobId),
      (j) => j.done >= 500,
      300_000,
    );
    assert.equal(midway.state, 'running');
    // A restart: the first instance stops, a second one over the same database takes over.
    await first.close();

    second = await startTestServer({
      database: first.database,
      env: { MACHINE_KEY: first.machineKey },
      overrides: timing,
    });
    const atRestart = await job(second, jobId);
    assert.ok(atRestart.done < PORTALS, `the first instance stopped mid-way (${atRestart.done} done)`);
    assert.equal(atRestart.state, 'running');

    const done = await eventually(
      () => job(second as TestServer, jobId),
      (j) => j.state === 'done',
      540_000,
    );
    assert.deepEqual([done.total, done.done, done.failed], [PORTALS, PORTALS, 0]);

    const db = second.store.db;
    const suspended = await db
      .selectFrom('tenants')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('status', '=', 1)
      .where('status_reason', '=', 'bulk restart')
      .executeTakeFirstOrThrow();
    assert.equal(Number(suspended.n), PORTALS, 'every portal suspended');
    const records = await db
      .selectFrom('audit_log')
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .where('request_id', '=', jobId)
      .where('action', '=', 'portal.status')
      .executeTakeFirstOrThrow();
    assert.equal(Number(records.n), PORTALS, 'one audit record per portal, none twice');
    const perPortal = await db
      .selectFrom('audit_log')
      .select(['tenant_id', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where('request_id', '=', jobId)
      .groupBy('tenant_id')
      .having((eb) => eb.fn.countAll(), '>', 1)
      .execute();
    assert.deepEqual(perPortal, [], 'no portal changed twice');
    const items = await db
      .selectFrom('tenants')
      .select('id')
      .where('id', 'in', ids.slice(0, 5))
      .where('status', '=', 1)
      .execute();
    assert.equal(items.length, 5);
  });
});
