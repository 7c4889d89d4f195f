import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from 'kysely';
import { useStore } from '../helpers/suite-store.js';
import { hasPartialIndexes, indexDefinitions, queryPlans, testDialect } from '../helpers/index-inspection.js';

/**
 * The lifecycle's indexes, the audit log's by API client and the webhook outbox's by status hold
 * only the rows they are for, where the database has partial indexes (SQLite, PostgreSQL): an
 * operator's registration writes no entry into them, nor a delivered webhook. MySQL keeps full
 * indexes.
 */

const dialect = testDialect();

const LIFECYCLE_INDEXES = ['tenants_removal_scheduled', 'tenants_policy_suspended', 'tariffs_near_quota'];
/** The audit log's index by API client: only the records a client's call wrote. */
const AUDIT_CLIENT_INDEX = 'audit_log_client';
/** The webhook outbox's: each endpoint's waiting deliveries by when they fall due, and those failed for good. */
const DELIVERY_INDEXES = ['webhook_deliveries_endpoint_due', 'webhook_deliveries_failed'];

describe(`the partial indexes: the lifecycle's, the audit log's by client, the webhook outbox's (${dialect})`, () => {
  const store = useStore({ poolSize: 2 });

  it('are partial where the database allows it, and exist everywhere', async () => {
    const found = await indexDefinitions(store.db, dialect);
    for (const name of [...LIFECYCLE_INDEXES, AUDIT_CLIENT_INDEX, ...DELIVERY_INDEXES]) {
      // MySQL has no partial index to count failed deliveries by: its full index by status serves.
      if (name === 'webhook_deliveries_failed' && !hasPartialIndexes(dialect)) continue;
      assert.ok(found.has(name), `${name} exists`);
      if (hasPartialIndexes(dialect)) assert.match(found.get(name) ?? '', / where /, `${name} is partial`);
    }
  });

  it('are what their queries use', async () => {
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
      // As the sender claims an endpoint's due deliveries and counts those in flight, the fan-out
      // counts an endpoint's waiting ones, and the overview counts the failed: the status a
      // literal, as the repository writes it.
      {
        index: 'webhook_deliveries_endpoint_due',
        query: sql`select id from webhook_deliveries where webhook_id = ${'wh_a'} and status = 0 and next_attempt_at <= ${'2026-12-06 00:00:00'} order by next_attempt_at, id limit 4`,
      },
      {
        index: 'webhook_deliveries_endpoint_due',
        query: sql`select count(*) from webhook_deliveries where webhook_id = ${'wh_a'} and status = 0 and next_attempt_at > ${'2026-12-06 00:00:00'} and next_attempt_at <= ${'2026-12-06 00:05:00'} and locked_until > ${'2026-12-06 00:00:00'}`,
      },
      {
        index: 'webhook_deliveries_endpoint_due',
        query: sql`select webhook_id, count(*) from webhook_deliveries where webhook_id in (${'wh_a'}, ${'wh_b'}) and status = 0 group by webhook_id`,
      },
      {
        index: hasPartialIndexes(dialect) ? 'webhook_deliveries_failed' : 'webhook_deliveries_due',
        query: sql`select count(*) from webhook_deliveries where status = 2`,
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
