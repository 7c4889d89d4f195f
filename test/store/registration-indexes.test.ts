import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { useStore } from '../helpers/suite-store.js';
import { hasPartialIndexes, indexDefinitions, queryPlans, testDialect } from '../helpers/index-inspection.js';

/**
 * What a registration writes into indexes (migration 014): no tenants_owner_id, and the tariff
 * indexes of the few over quota or with a due date partial where the database allows it. The
 * queries that used them still read by index.
 */

const dialect = testDialect();
const partialIndexes = hasPartialIndexes(dialect);

describe(`the indexes a registration writes (${dialect})`, () => {
  const store = useStore({ poolSize: 2 });

  it('has no index on the tenants owner; the tariff indexes of the few are partial where the database allows it', async () => {
    const found = await indexDefinitions(store.db, dialect);
    assert.ok(!found.has('tenants_owner_id'), 'tenants_owner_id is dropped');
    for (const name of ['tariffs_over_quota', 'tariffs_due_date']) {
      assert.ok(found.has(name), `${name} exists`);
      if (partialIndexes) assert.match(found.get(name) ?? '', / where /, `${name} is partial`);
    }
    // What the lists, the console and the lifecycle read by is all still there.
    for (const name of ['tenants_alias_key_unique', 'tenants_alias', 'tenants_domain', 'tenants_status_id'])
      assert.ok(found.has(name), `${name} exists`);
    for (const name of ['tenants_client_status_id', 'tenants_created', 'tenants_client_id', 'tariffs_plan'])
      assert.ok(found.has(name), `${name} exists`);
    for (const name of ['users_email', 'users_tenant_id']) assert.ok(found.has(name), `${name} exists`);
  });

  it('reads the over-quota and due-date tariffs by their indexes', async () => {
    const [overQuota, dueDates] = await queryPlans(store.db, dialect, [
      sql`select tenant_id from tariffs where over_quota = 1`,
      sql`select tenant_id from tariffs where due_date > ${'2026-12-01 00:00:00'} and due_date <= ${'2026-12-08 00:00:00'}`,
    ]);
    assert.match(overQuota ?? '', /tariffs_over_quota/, `over quota: ${overQuota}`);
    assert.match(dueDates ?? '', /tariffs_due_date/, `due dates: ${dueDates}`);
  });

  it('goes from an owner e-mail to the portals by the e-mail index and the portal primary key', async () => {
    const [logins, filter] = await queryPlans(store.db, dialect, [
      sql`select tenants.id from users inner join tenants on tenants.id = users.tenant_id and tenants.owner_id = users.id where users.email = ${'a@example.com'}`,
      sql`select id from tenants where id in (select owned.id from users inner join tenants as owned on owned.id = users.tenant_id and owned.owner_id = users.id where users.email = ${'a@example.com'})`,
    ]);
    for (const plan of [logins, filter]) {
      assert.match(plan ?? '', /users_email/, `the e-mail index: ${plan}`);
      // SQLite reads no tenants table from start to end: "SCAN tenants" would be a full scan.
      if (dialect === 'sqlite') assert.doesNotMatch(plan ?? '', /SCAN (tenants|owned)/, `no scan: ${plan}`);
    }
  });
});
