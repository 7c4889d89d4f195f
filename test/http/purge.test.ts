import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixedClock } from '../../src/domain/clock.js';
import { purgeExpired } from '../../src/domain/maintenance/purge-expired.js';
import { registration } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

describe('purging expired records', () => {
  const clock = fixedClock(new Date());
  const server = useServer({ clock, env: { REMOVE_RETENTION_DAYS: '30' } });

  const ctx = () => server.ctx;

  it('deletes a removed portal with its owner, tariff and settings only after the retention days', async () => {
    const removed = (await server.call('POST', 'portal/register', { auth: true, json: registration() })).body.tenant;
    const kept = (await server.call('POST', 'portal/register', { auth: true, json: registration() })).body.tenant;
    await server.call('POST', 'settings/save', {
      auth: true,
      json: { tenantId: removed.tenantId, key: 'Theme', value: 'dark' },
    });
    await server.call('DELETE', 'portal/remove', { auth: true, query: { tenantId: String(removed.tenantId) } });
    // Re-use of the name must not be touched by the purge of the old tombstone.
    const reused = (
      await server.call('POST', 'portal/register', {
        auth: true,
        json: registration({ portalName: removed.portalName }),
      })
    ).body.tenant;

    clock.advance(29 * 86_400_000);
    assert.equal((await purgeExpired(ctx())).tenants, 0, 'still within retention');

    clock.advance(2 * 86_400_000);
    assert.equal((await purgeExpired(ctx())).tenants, 1);
    const db = server.store.db;
    assert.equal((await db.selectFrom('tenants').select('id').where('id', '=', removed.tenantId).execute()).length, 0);
    assert.equal(
      (await db.selectFrom('users').select('id').where('tenant_id', '=', removed.tenantId).execute()).length,
      0,
    );
    assert.equal(
      (await db.selectFrom('tariffs').select('tenant_id').where('tenant_id', '=', removed.tenantId).execute()).length,
      0,
    );
    assert.equal(
      (await db.selectFrom('settings').select('tenant_id').where('tenant_id', '=', removed.tenantId).execute()).length,
      0,
    );

    const all = await server.call('GET', 'portal/get', { auth: true, query: { status: 'all' } });
    const ids = all.body.tenants.map((t: { tenantId: number }) => t.tenantId);
    assert.ok(ids.includes(kept.tenantId) && ids.includes(reused.tenantId) && !ids.includes(removed.tenantId));
  });
});
