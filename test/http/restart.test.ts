import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { registration, startTestServer } from '../helpers/test-server.js';

describe('a restart on the same database', () => {
  it('keeps every portal, its status and its owner', async () => {
    const first = await startTestServer({ env: { MACHINE_KEY: 'restart-key' } });
    const created: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await first.call('POST', 'portal/register', {
        auth: true,
        json: registration({ password: 'pass-word-1' }),
      });
      created.push(res.body.tenant.tenantId);
    }
    await first.call('PUT', 'portal/status', { auth: true, json: { tenantId: created[0], status: 'Suspended' } });
    const before = await first.call('GET', 'portal/get', { auth: true, query: { status: 'all', statistics: 'true' } });
    await first.close();

    const second = await startTestServer({ database: first.database, env: { MACHINE_KEY: 'restart-key' } });
    try {
      const after = await second.call('GET', 'portal/get', {
        auth: true,
        query: { status: 'all', statistics: 'true' },
      });
      assert.equal(after.status, 200);
      assert.deepEqual(after.body, before.body);
      assert.equal(after.body.tenants.length, 5);
      assert.equal(after.body.tenants[0].status, 'Suspended');
    } finally {
      await second.close({ drop: true });
    }
  });
});
