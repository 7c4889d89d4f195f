import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { purgeExpired } from '../../src/domain/maintenance/purge-expired.js';
import { DAY_MS, HOUR_MS } from '../../src/domain/time.js';
import { eventually, runPolicy, seedPortals } from '../helpers/lifecycle.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/** What the lifecycle keeps is purged in time: ended bulk jobs with their items, and its action records. */
describe('purging what the lifecycle keeps', () => {
  const clock = fixedClock(new Date('2027-10-04T08:00:00.000Z'));
  let server: TestServer;
  before(async () => {
    server = await startTestServer({
      clock,
      env: { REMOVE_RETENTION_DAYS: '30', SUSPEND_WHEN_NOT_PAID: 'true', TARIFF_GRACE_DAYS: '0' },
      overrides: { bulkJobs: { timing: { pollIntervalMs: 20 } } },
    });
  });
  after(() => server.close({ drop: true }));

  const count = async (table: 'bulk_job_items' | 'lifecycle_actions') =>
    Number(
      (
        await server.store.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number | string>().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('deletes a bulk job and its items a month after it ended', async () => {
    await seedPortals(server.store, 5, { plan: 'trial' });
    const created = await server.call('POST', 'portal/bulk', {
      auth: true,
      json: { filter: { plan: 'trial' }, action: 'tariff', tariff: { features: 'x' } },
    });
    const jobId = created.body.job.jobId;
    await eventually(
      async () => (await server.call('GET', 'job/get', { auth: true, query: { jobId } })).body.job.state,
      (state) => state === 'done',
    );
    assert.equal(await count('bulk_job_items'), 5);
    clock.advance(29 * DAY_MS);
    assert.equal((await purgeExpired(server.ctx)).bulkJobs, 0);
    clock.advance(2 * DAY_MS);
    assert.equal((await purgeExpired(server.ctx)).bulkJobs, 1);
    assert.equal((await server.call('GET', 'job/get', { auth: true, query: { jobId } })).body.error, 'jobNotFound');
    assert.equal(await count('bulk_job_items'), 0);
  });

  it('deletes the action records of a purged portal, and old ones of due dates no portal has any more', async () => {
    const gone = (await server.call('POST', 'portal/register', { auth: true, json: registration() })).body.tenant;
    const paid = (await server.call('POST', 'portal/register', { auth: true, json: registration() })).body.tenant;
    for (const t of [gone, paid])
      await server.call('PUT', 'tariff/set', {
        auth: true,
        json: { tenantId: t.tenantId, dueDate: new Date(clock.now().getTime() - HOUR_MS).toISOString() },
      });
    await runPolicy(server);
    assert.equal(await count('lifecycle_actions'), 2, 'two suspensions recorded');
    // One pays (a new due date); the other is removed and later purged.
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: paid.tenantId, dueDate: new Date(clock.now().getTime() + 365 * DAY_MS).toISOString() },
    });
    await server.call('DELETE', 'portal/remove', { auth: true, query: { tenantId: String(gone.tenantId) } });
    clock.advance(31 * DAY_MS);
    await purgeExpired(server.ctx);
    assert.equal(await count('lifecycle_actions'), 1, 'the purged portal’s record went with it');
    clock.advance(60 * DAY_MS);
    assert.equal((await purgeExpired(server.ctx)).lifecycleActions, 1, 'a due date no portal has any more');
    assert.equal(await count('lifecycle_actions'), 0);
  });
});
