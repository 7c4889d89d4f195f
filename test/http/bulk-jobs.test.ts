import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { createTestClient, type TestClient } from '../helpers/client-auth.js';
import { eventually, seedPortals } from '../helpers/lifecycle.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { startWebhookReceiver, type WebhookReceiver } from '../helpers/webhook-receiver.js';

/**
 * portal/bulk: a change to every portal a filter selects, run in the background as a job (202
 * with the job), each portal audited and evented as if done one by one; job/get, job/list and
 * job/cancel; Idempotency-Key; a client's job touches only its portals.
 */
describe('bulk jobs', () => {
  let server: TestServer;
  let hook: WebhookReceiver;
  let client: TestClient;
  before(async () => {
    server = await startTestServer({
      env: { WEBHOOK_ALLOW_PRIVATE: 'true' },
      overrides: { webhooks: { timing: { pollIntervalMs: 50 } }, bulkJobs: { timing: { pollIntervalMs: 20 } } },
    });
    hook = await startWebhookReceiver();
    const created = await server.call('POST', 'webhook/create', {
      auth: true,
      json: { url: hook.url, events: ['portal.suspended', 'tariff.changed', 'portal.removed'] },
    });
    assert.equal(created.status, 201, created.text);
    client = await createTestClient(server, { scopes: 'portals:read,portals:write' });
  });
  after(async () => {
    await hook.close();
    await server.close({ drop: true });
  });

  const bulk = (json: unknown, auth: boolean | string = true, headers: Record<string, string> = {}) =>
    server.call('POST', 'portal/bulk', { auth, json, headers });
  const job = async (jobId: string, auth: boolean | string = true) => {
    const res = await server.call('GET', 'job/get', { auth, query: { jobId } });
    assert.equal(res.status, 200, res.text);
    return res.body.job as { state: string; total: number; done: number; failed: number; finished: string | null };
  };
  const finished = (jobId: string) =>
    eventually(
      () => job(jobId),
      (j) => j.state !== 'queued' && j.state !== 'running',
    );
  const statusOf = async (tenantId: number) =>
    (await server.call('GET', 'portal/get', { auth: true, query: { tenantId: String(tenantId), status: 'all' } })).body
      .tenants[0]?.status;

  it('suspends every portal the filter selects, each audited under the job and evented, and counts them', async () => {
    const ids = await seedPortals(server.store, 25, { plan: 'business' });
    const untouched = await seedPortals(server.store, 3, { plan: 'enterprise' });
    const res = await bulk({ filter: { plan: 'business' }, action: 'suspend', reason: 'migration' });
    assert.equal(res.status, 202, res.text);
    const created = res.body.job;
    assert.match(created.jobId, /^job_[0-9a-f]{24}$/);
    assert.deepEqual(
      { ...created, jobId: '', created: '' },
      { jobId: '', state: 'queued', action: 'suspend', total: 25, done: 0, failed: 0, created: '', finished: null },
    );
    const done = await finished(created.jobId);
    assert.equal(done.state, 'done');
    assert.deepEqual([done.total, done.done, done.failed], [25, 25, 0]);
    assert.ok(done.finished !== null);
    for (const id of ids) assert.equal(await statusOf(id), 'Suspended');
    for (const id of untouched) assert.equal(await statusOf(id), 'Active');

    const records = await server.call('GET', 'audit/list', {
      auth: true,
      query: { action: 'portal.status', limit: '1000' },
    });
    const ofJob = records.body.events.filter((e: { requestId: string }) => e.requestId === created.jobId);
    assert.equal(ofJob.length, 25, 'one record per portal, carrying the job id');
    assert.deepEqual(ofJob[0].changes, { status: ['Active', 'Suspended'], reason: [null, 'migration'] });
    assert.equal(ofJob[0].actor.type, 'operator');
    await hook.waitFor(() => hook.matching((b) => b?.type === 'portal.suspended').length === 25);

    const listed = await server.call('GET', 'job/list', { auth: true });
    assert.equal(listed.status, 200, listed.text);
    assert.equal(listed.body.jobs[0].jobId, created.jobId);
  });

  it('changes tariffs (a plan and tariff/set fields) and removes portals, a protected one failing', async () => {
    const ids = await seedPortals(server.store, 4, { plan: 'trial' });
    const res = await bulk({
      filter: { plan: 'trial' },
      action: 'tariff',
      plan: 'business',
      tariff: { activeUsers: 42 },
    });
    assert.equal(res.status, 202, res.text);
    assert.equal((await finished(res.body.job.jobId)).done, 4);
    const tariff = await server.call('GET', 'tariff/get', { auth: true, query: { tenantId: String(ids[0]) } });
    assert.equal(tariff.body.tariff.plan, 'business');
    assert.equal(tariff.body.tariff.activeUsers, 42);

    const doomed = await seedPortals(server.store, 3, { plan: 'default', prefix: 'doomed' });
    await server.call('PUT', 'portal/protection', { auth: true, json: { tenantId: doomed[1], protected: true } });
    const removal = await bulk({
      filter: { portalName: undefined, plan: 'default', email: undefined },
      action: 'remove',
    });
    const removed = await finished(removal.body.job.jobId);
    assert.ok(removed.total >= 3);
    assert.equal(removed.failed, 1, 'the protected portal');
    assert.equal(removed.done + removed.failed, removed.total);
    assert.equal(await statusOf(doomed[0] ?? 0), 'RemovePending');
    assert.equal(await statusOf(doomed[1] ?? 0), 'Active');
  });

  it('a job with no portals is done at once; resume takes suspended portals unless told otherwise', async () => {
    const none = await bulk({ filter: { email: 'nobody@nowhere.example' }, action: 'suspend' });
    assert.equal(none.status, 202, none.text);
    assert.deepEqual([none.body.job.state, none.body.job.total], ['done', 0]);

    const [id] = await seedPortals(server.store, 1, { status: 'Suspended', plan: 'enterprise', prefix: 'resumable' });
    const resumed = await bulk({ filter: { plan: 'enterprise' }, action: 'resume' });
    assert.equal((await finished(resumed.body.job.jobId)).done, 1);
    assert.equal(await statusOf(id ?? 0), 'Active');
  });

  it("a client's job touches only its own portals, needs billing for tariffs, and others' jobs do not exist for it", async () => {
    const mine = (await server.call('POST', 'portal/register', { auth: client.auth(), json: registration() })).body
      .tenant;
    const theirs = (await server.call('POST', 'portal/register', { auth: true, json: registration() })).body.tenant;
    const res = await bulk({ filter: { status: 'Active' }, action: 'suspend' }, client.auth());
    assert.equal(res.status, 202, res.text);
    const done = await finished(res.body.job.jobId);
    assert.equal(done.total, 1);
    assert.equal(await statusOf(mine.tenantId), 'Suspended');
    assert.equal(await statusOf(theirs.tenantId), 'Active');
    const foreignFilter = await bulk({ filter: { clientId: 'someone-else' }, action: 'suspend' }, client.auth());
    assert.equal(foreignFilter.body.job.total, 0);

    const tariffs = await bulk({ filter: {}, action: 'tariff', plan: 'business' }, client.auth());
    assert.equal(tariffs.status, 403, tariffs.text);
    assert.deepEqual(tariffs.body, { error: 'forbidden', message: 'Scope billing is required' });

    const operatorJob = (await bulk({ filter: { email: 'none@nowhere.example' }, action: 'remove' })).body.job;
    const hidden = await server.call('GET', 'job/get', { auth: client.auth(), query: { jobId: operatorJob.jobId } });
    assert.deepEqual(hidden.body, { error: 'jobNotFound', message: 'Job not found' });
    const ownList = await server.call('GET', 'job/list', { auth: client.auth() });
    assert.deepEqual(
      ownList.body.jobs.map((j: { jobId: string }) => j.jobId).sort(),
      [res.body.job.jobId, foreignFilter.body.job.jobId].sort(),
    );
  });

  it('replays the answer to a retry with the same Idempotency-Key: one job', async () => {
    await seedPortals(server.store, 2, { plan: 'trial', prefix: 'idem' });
    const body = { filter: { plan: 'trial' }, action: 'tariff', tariff: { features: 'idem' } };
    const first = await bulk(body, true, { 'Idempotency-Key': 'bulk-once-1' });
    const again = await bulk(body, true, { 'Idempotency-Key': 'bulk-once-1' });
    assert.equal(first.status, 202);
    assert.equal(again.status, 202);
    assert.equal(again.headers.get('idempotent-replayed'), 'true');
    assert.equal(again.body.job.jobId, first.body.job.jobId);
  });

  it('cancels a job before its next portal; what is done stays done, and counts add up', async () => {
    const ids = await seedPortals(server.store, 3000, { plan: 'enterprise', prefix: 'cancel' });
    const res = await bulk({ filter: { plan: 'enterprise', status: 'Active' }, action: 'suspend' });
    const jobId = res.body.job.jobId;
    await eventually(
      () => job(jobId),
      (j) => j.done > 0,
    );
    const cancelled = await server.call('POST', 'job/cancel', { auth: true, json: { jobId } });
    assert.equal(cancelled.status, 200, cancelled.text);
    assert.equal(cancelled.body.job.state, 'cancelled');
    await sleep(300);
    const settled = await job(jobId);
    assert.equal(settled.state, 'cancelled');
    assert.ok(settled.done < settled.total, `${settled.done} of ${settled.total}`);
    const listed = await server.call('GET', 'portal/get', {
      auth: true,
      query: { status: 'Suspended', plan: 'enterprise' },
    });
    // No portal on that plan was suspended before the job (the one an earlier test suspended is resumed).
    assert.equal(listed.body.tenants.length, settled.done, 'exactly the portals the job counted');
    assert.ok(ids.length < settled.total);
    const again = await server.call('POST', 'job/cancel', { auth: true, json: { jobId } });
    assert.equal(again.body.job.state, 'cancelled');
  });

  it('refuses bad requests with every problem named, and an unknown job', async () => {
    const bad = await bulk({ filter: { status: 'Sleeping', tenantId: 'x' }, action: 'explode' });
    assert.equal(bad.status, 400, bad.text);
    assert.equal(bad.body.error, 'params');
    assert.ok(bad.body.message.some((m: string) => m.startsWith('filter.tenantId: ')));

    const unknownAction = await bulk({ action: 'explode' });
    assert.deepEqual(unknownAction.body, {
      error: 'params',
      message: ['action: must be one of suspend, resume, tariff, remove'],
    });
    const badTariff = await bulk({ action: 'tariff', plan: 'platinum', reason: 'x' });
    assert.equal(badTariff.body.error, 'params');
    assert.equal(badTariff.body.message.length, 2, badTariff.text);
    const badStatus = await bulk({ action: 'suspend', filter: { status: 'Sleeping' } });
    assert.deepEqual(badStatus.body.message, ['status must be one of Active, Suspended, RemovePending or all']);
    const notAnObject = await bulk({ action: 'suspend', filter: 'status' });
    assert.deepEqual(notAnObject.body.message, ['filter: must be an object']);
    const unknown = await server.call('GET', 'job/get', { auth: true, query: { jobId: 'job_0000' } });
    assert.deepEqual(unknown.body, { error: 'jobNotFound', message: 'Job not found' });
  });
});
