import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { DAY_MS } from '../../src/domain/time.js';
import { consoleBrowser, pageText, type ConsoleBrowser } from '../helpers/console-browser.js';
import { eventually, seedPortals } from '../helpers/lifecycle.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';
import { registerPortal } from '../helpers/builders.js';

/**
 * The lifecycle in the console: what the policy will do (the overview), the portals near their
 * quota, a bulk action on the filtered list with its job's progress bar, and on a portal's page
 * protection, a scheduled removal's cancellation and restore — each through the API's use case.
 */
const ADMIN = { email: 'lifecycle@example.com', password: 'Lifecycle-pass-1' };

describe('console: the lifecycle', () => {
  const clock = fixedClock(new Date('2027-09-06T09:00:00.000Z'));
  let server: TestServer;
  let browser: ConsoleBrowser;
  before(async () => {
    server = await startTestServer({
      clock,
      env: { ADMIN_EMAIL: ADMIN.email, ADMIN_PASSWORD: ADMIN.password, SUSPEND_WHEN_NOT_PAID: 'true' },
      overrides: { bulkJobs: { timing: { pollIntervalMs: 20 } } },
    });
    browser = consoleBrowser(server);
    assert.equal((await browser.signIn(ADMIN.email, ADMIN.password)).status, 303);
  });
  after(() => server.close({ drop: true }));

  it('the overview lists what the policy will do in the next 7 days', async () => {
    const tenant = await registerPortal(server);
    await server.call('PUT', 'tariff/set', {
      auth: true,
      json: { tenantId: tenant.tenantId, dueDate: new Date(clock.now().getTime() + 2 * DAY_MS).toISOString() },
    });
    const page = await browser.get('/console');
    assert.equal(page.status, 200);
    const text = pageText(page.text);
    assert.match(text, /Upcoming lifecycle actions/);
    assert.ok(page.text.includes(`href="/console/portals/${tenant.tenantId}">${tenant.portalName}</a>`));
    assert.match(text, /Reminder \(7 d\)/);
    assert.match(text, /Suspension/);
  });

  it('filters the portals near their quota', async () => {
    const near = await registerPortal(server);
    const far = await registerPortal(server);
    await server.call('PUT', 'tariff/set', { auth: true, json: { tenantId: near.tenantId, maxTotalSize: 100 } });
    await server.call('PUT', 'portal/usage', { auth: true, json: { tenantId: near.tenantId, usedSize: 85 } });
    const page = await browser.get('/console/portals?usage=near');
    assert.equal(page.status, 200);
    assert.ok(page.text.includes(`>${near.portalName}</a>`));
    assert.ok(!page.text.includes(`>${far.portalName}</a>`));
    assert.match(page.text, /<option value="near" selected>Near quota<\/option>/);
  });

  it('starts a bulk action on the filtered list, shows its progress and lets it be cancelled', async () => {
    const ids = await seedPortals(server.store, 30, { plan: 'enterprise', prefix: 'consolebulk' });
    const list = await browser.get('/console/portals?plan=enterprise');
    assert.match(pageText(list.text), /Bulk action/);
    const unconfirmed = await browser.post('/console/portals/bulk', {
      'filter-plan': 'enterprise',
      'filter-status': '',
      action: 'suspend',
      reason: 'console bulk',
    });
    assert.equal(unconfirmed.status, 400);
    assert.match(pageText(unconfirmed.text), /Tick the box to confirm the bulk action/);

    await browser.get('/console/portals?plan=enterprise');
    const started = await browser.post('/console/portals/bulk', {
      'filter-plan': 'enterprise',
      'filter-status': '',
      action: 'suspend',
      reason: 'console bulk',
      confirm: 'yes',
    });
    assert.equal(started.status, 303, pageText(started.text).slice(0, 300));
    assert.match(started.location ?? '', /^\/console\/jobs\/job_[0-9a-f]{24}$/);
    const jobId = (started.location ?? '').split('/').pop() ?? '';
    await eventually(
      async () => (await server.call('GET', 'job/get', { auth: true, query: { jobId } })).body.job.state,
      (state) => state === 'done',
    );
    const page = await browser.get(started.location ?? '');
    assert.equal(page.status, 200);
    assert.match(page.text, /<progress id="job-progress" class="progress" max="30" value="30">100%<\/progress>/);
    assert.match(pageText(page.text), /30 of 30 portals handled/);
    const suspended = await server.call('GET', 'portal/get', {
      auth: true,
      query: { status: 'Suspended', plan: 'enterprise' },
    });
    assert.equal(suspended.body.tenants.length, ids.length);
    const record = (await server.call('GET', 'audit/list', { auth: true, query: { action: 'job.create', limit: '1' } }))
      .body.events[0];
    assert.deepEqual(record.actor.type, 'operator');
    assert.equal(record.actor.id, ADMIN.email);

    // A finished job has nothing to cancel; the cancel form answers with the job as it is.
    const cancelled = await browser.post(`/console/jobs/${jobId}/cancel`, {});
    assert.equal(cancelled.status, 303);
    assert.equal((await server.call('GET', 'job/get', { auth: true, query: { jobId } })).body.job.state, 'done');
    assert.equal((await browser.get('/console/jobs/job_nope')).status, 404);
  });

  it('protects a portal, cancels its scheduled removal and restores it once removed', async () => {
    const tenant = await registerPortal(server);
    const at = new Date(clock.now().getTime() + 3 * DAY_MS).toISOString();
    await server.call('DELETE', 'portal/remove', { auth: true, query: { tenantId: String(tenant.tenantId), at } });
    const page = `/console/portals/${tenant.tenantId}`;
    assert.match(pageText((await browser.get(page)).text), /Removal scheduled:/);

    const cancelled = await browser.post(`${page}/cancel-removal`, {});
    assert.equal(cancelled.status, 303);
    const get = async () =>
      (
        await server.call('GET', 'portal/get', {
          auth: true,
          query: { tenantId: String(tenant.tenantId), status: 'all' },
        })
      ).body.tenants[0];
    assert.equal((await get()).removalScheduledAt, null);

    await browser.get(page);
    assert.equal((await browser.post(`${page}/protection`, { protected: 'true' })).status, 303);
    assert.equal((await get()).protected, true);
    const protectedPage = pageText((await browser.get(page)).text);
    assert.match(protectedPage, /A protected portal cannot be removed/);
    assert.equal((await browser.post(`${page}/remove`, { confirm: tenant.portalName })).status, 400);
    assert.equal((await browser.post(`${page}/protection`, { protected: 'false' })).status, 303);
    assert.equal((await browser.post(`${page}/remove`, { confirm: tenant.portalName })).status, 303);
    assert.equal((await get()).status, 'RemovePending');

    await browser.get(page);
    const restored = await browser.post(`${page}/restore`, {});
    assert.equal(restored.status, 303);
    assert.match(restored.location ?? '', /notice=restored/);
    assert.equal((await get()).status, 'Active');
  });
});
