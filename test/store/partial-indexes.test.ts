import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { useStore } from '../helpers/suite-store.js';
import { hasPartialIndexes, indexDefinitions, queryPlans, testDialect } from '../helpers/index-inspection.js';

/**
 * The lifecycle's indexes, and the audit log's by API client, hold only the rows they are for,
 * where the database has partial indexes (SQLite, PostgreSQL): an operator's registration writes no
 * entry into them. MySQL keeps full indexes.
 */

const dialect = testDialect();

const LIFECYCLE_INDEXES = ['tenants_removal_scheduled', 'tenants_policy_suspended', 'tariffs_near_quota'];
/** The audit log's index by API client: only the records a client's call wrote. */
const AUDIT_CLIENT_INDEX = 'audit_log_client';

describe(`the partial indexes: the lifecycle's and the audit log's by client (${dialect})`, () => {
  const store = useStore({ poolSize: 2 });

  it('are partial where the database allows it, and exist everywhere', async () => {
    const found = await indexDefinitions(store.db, dialect);
    for (const name of [...LIFECYCLE_INDEXES, AUDIT_CLIENT_INDEX]) {
      assert.ok(found.has(name), `${name} exists`);
      if (hasPartialIndexes(dialect)) assert.match(found.get(name) ?? '', / where /, `${name} is partial`);
    }
  });

  it('are what the lifecycle queries use', async () => {
    const queries = [
      {
        index: 'tenants_removal_scheduled',
        query: sql`select id from tenants where removal_scheduled_at <= ${'2026-12-06 00:00:00'} order by removal_scheduled_at, id`,
      },
      {
        index: 'tenants_policy_suspended',
        query: sql`select id from tenants where policy_suspended_at <= ${'2026-12-06 00:00:00'}`,
      },
      { index: 'tariffs_near_quota', query: sql`select tenant_id from tariffs where near_quota = 1` },
      // As audit/list asks for a client's records: a bound value, newest first.
      {
        index: AUDIT_CLIENT_INDEX,
        query: sql`select id from audit_log where client_id = ${'billing-panel'} and id < ${5000} order by id desc limit 51`,
      },
    ];
    const plans = await queryPlans(
      store.db,
      dialect,
      queries.map(({ query }) => query),
    );
    queries.forEach(({ index }, i) =>
      assert.match(plans[i] ?? '', new RegExp(index), `${index} in the plan: ${plans[i]}`),
    );
  });
});
