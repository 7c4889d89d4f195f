import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, it } from 'node:test';
import { insertPortalRows, type NewOwner, type NewTariff } from '../../src/store/repositories/new-portal.js';
import type { NewTenant } from '../../src/store/repositories/tenants.js';
import { saveSetting } from '../../src/store/repositories/settings.js';
import { isUniqueViolation } from '../../src/store/store.js';
import { useStore } from '../helpers/suite-store.js';

/**
 * A new portal's rows (on PostgreSQL one statement, elsewhere three): the owner and the tariff
 * under the id the tenant got, the values as given, and nothing of a portal whose name is taken.
 */
describe('a new portal’s rows', () => {
  const store = useStore();
  const at = new Date('2026-12-07T10:00:00.000Z');

  // The base domain as the global setting saves it, example.com while none is saved.
  const baseDomain = { tenantId: -1, key: 'BaseDomain' };
  const tenant =
    (alias: string, ownerId: string) =>
    (saved: string | undefined): NewTenant => ({
      alias,
      name: alias,
      domain: `${alias}.${saved ?? 'example.com'}`,
      created: at,
      language: 'en-US',
      timeZoneName: 'UTC',
      ownerId,
      industry: 3,
      partnerId: 'partner-7',
      affiliateId: null,
      campaign: 'winter',
      region: null,
      clientId: null,
    });
  const owner = (id: string): NewOwner => ({
    id,
    email: `${id.slice(0, 8)}@example.com`,
    firstName: 'Ada',
    lastName: 'Owner',
    phone: null,
    passwordHash: null,
    activated: false,
    created: at,
  });
  const tariff: NewTariff = {
    plan: 'business',
    activeUsers: 25,
    maxFileSize: 1024,
    maxTotalSize: 1_099_511_627_776,
    features: 'docs,trial',
    dueDate: new Date('2027-01-07T00:00:00.000Z'),
  };

  it('writes the tenant, its owner and its tariff under the new id', async () => {
    const ownerId = randomUUID();
    const { id } = await store.transaction((tx) =>
      insertPortalRows(tx, baseDomain, tenant('rowsone', ownerId), owner(ownerId), tariff, at),
    );
    const row = await store.db
      .selectFrom('tenants')
      .select(['alias', 'owner_id', 'campaign'])
      .where('id', '=', id)
      .executeTakeFirst();
    assert.deepEqual(row, { alias: 'rowsone', owner_id: ownerId, campaign: 'winter' });
    const user = await store.db
      .selectFrom('users')
      .select(['id', 'tenant_id', 'first_name'])
      .where('id', '=', ownerId)
      .executeTakeFirst();
    assert.deepEqual(
      { ...user, tenant_id: Number(user?.tenant_id) },
      { id: ownerId, tenant_id: id, first_name: 'Ada' },
    );
    const stored = await store.db
      .selectFrom('tariffs')
      .select(['plan', 'active_users', 'max_total_size', 'due_date'])
      .where('tenant_id', '=', id)
      .executeTakeFirst();
    assert.equal(stored?.plan, 'business');
    assert.equal(Number(stored?.active_users), 25);
    assert.equal(Number(stored?.max_total_size), 1_099_511_627_776);
    assert.notEqual(stored?.due_date, null);
  });

  it('keeps names in any script as given, four-byte characters included', async () => {
    const ownerId = randomUUID();
    const given = { ...owner(ownerId), firstName: 'Ада 😀', lastName: '山田' };
    const { id } = await store.transaction((tx) =>
      insertPortalRows(
        tx,
        baseDomain,
        (saved) => ({ ...tenant('rowsscript', ownerId)(saved), campaign: 'зима ❄️', region: '東京' }),
        given,
        { ...tariff, features: 'ドキュメント' },
        at,
      ),
    );
    const row = await store.db
      .selectFrom('tenants')
      .innerJoin('users', 'users.tenant_id', 'tenants.id')
      .innerJoin('tariffs', 'tariffs.tenant_id', 'tenants.id')
      .select(['tenants.campaign', 'tenants.region', 'users.first_name', 'users.last_name', 'tariffs.features'])
      .where('tenants.id', '=', id)
      .executeTakeFirst();
    assert.deepEqual(row, {
      campaign: 'зима ❄️',
      region: '東京',
      first_name: 'Ада 😀',
      last_name: '山田',
      features: 'ドキュメント',
    });
  });

  it('a taken name is the database’s unique violation, and leaves no owner or tariff', async () => {
    const first = randomUUID();
    await store.transaction((tx) =>
      insertPortalRows(tx, baseDomain, tenant('rowstaken', first), owner(first), tariff, at),
    );
    const second = randomUUID();
    await assert.rejects(
      store.transaction((tx) =>
        insertPortalRows(tx, baseDomain, tenant('rowstaken', second), owner(second), tariff, at),
      ),
      (error: unknown) => isUniqueViolation(error),
    );
    assert.equal(
      await store.db.selectFrom('users').select('id').where('id', '=', second).executeTakeFirst(),
      undefined,
    );
    const tariffs = await store.db
      .selectFrom('tenants')
      .innerJoin('tariffs', 'tariffs.tenant_id', 'tenants.id')
      .select('tenants.id')
      .where('tenants.alias', '=', 'rowstaken')
      .execute();
    assert.equal(tariffs.length, 1);
  });

  it('works the tenant out from the setting as saved when it is inserted, however it changed since the last', async () => {
    const domainOf = async (alias: string) => {
      const ownerId = randomUUID();
      const inserted = await store.transaction((tx) =>
        insertPortalRows(tx, baseDomain, tenant(alias, ownerId), owner(ownerId), tariff, at),
      );
      const row = await store.db
        .selectFrom('tenants')
        .select('domain')
        .where('id', '=', inserted.id)
        .executeTakeFirstOrThrow();
      assert.equal(inserted.tenant.domain, row.domain, 'the tenant answered is the tenant inserted');
      return row.domain;
    };
    assert.equal(await domainOf('basefirst'), 'basefirst.example.com');
    // Saved meanwhile, as another instance would: the next portal goes under it.
    await store.transaction((tx) => saveSetting(tx, -1, 'BaseDomain', 'portals.example.net', at));
    assert.equal(await domainOf('basesaved'), 'basesaved.portals.example.net');
    await store.transaction((tx) => saveSetting(tx, -1, 'BaseDomain', 'office.example.org', at));
    assert.equal(await domainOf('basechanged'), 'basechanged.office.example.org');
    assert.equal(await domainOf('baseagain'), 'baseagain.office.example.org');
    await store.db.deleteFrom('settings').where('tenant_id', '=', -1).where('setting_key', '=', 'BaseDomain').execute();
    assert.equal(await domainOf('baseunset'), 'baseunset.example.com');
  });
});
