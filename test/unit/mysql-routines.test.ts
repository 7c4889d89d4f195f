import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { callInsertAuditWithEvent, callInsertPortal } from '../../src/store/repositories/mysql-routines.js';
import type { Db } from '../../src/store/store.js';

/**
 * MySQL writes a change's rows through stored procedures whose parameters are fixed by a
 * migration: a row with a column the procedure does not take must be refused before anything is
 * sent, not written without that column on MySQL alone.
 */
describe('the calls of the MySQL procedures', () => {
  // Never reached: the rows are checked before the call is made.
  const unreachable = {
    executeQuery: () => assert.fail('the call was made'),
  } as unknown as Db;
  const at = new Date('2026-12-07T10:00:00.000Z');
  const tenant = {
    alias: 'drift',
    alias_key: 'drift',
    name: 'drift',
    domain: 'drift.example.com',
    status: 0,
    status_reason: null,
    created_at: at,
    status_changed_at: at,
    language: 'en-US',
    time_zone: 'UTC',
    owner_id: 'owner',
    industry: 0,
    partner_id: null,
    affiliate_id: null,
    campaign: null,
    region: null,
    client_id: null,
  };
  const owner = {
    id: 'owner',
    email: 'owner@example.com',
    first_name: 'Ada',
    last_name: 'Owner',
    phone: null,
    password_hash: null,
    activated: 0,
    created_at: at,
    activated_at: null,
  };
  const tariff = {
    plan: 'default',
    active_users: 1,
    max_file_size: 1,
    max_total_size: 1,
    features: '',
    due_date: null,
    updated_at: at,
  };
  const guard = { tenantId: -1, key: 'BaseDomain', value: null };

  it('refuses a tenant row with a column the procedure lacks, naming it', async () => {
    await assert.rejects(
      callInsertPortal(unreachable, guard, { ...tenant, removal_scheduled_at: at }, owner, tariff),
      /does not take the column\(s\) removal_scheduled_at/,
    );
  });

  it('refuses an owner or tariff row that lacks one of the procedure’s columns', async () => {
    const { phone: _phone, ...withoutPhone } = owner;
    await assert.rejects(callInsertPortal(unreachable, guard, tenant, withoutPhone, tariff), /redefine it/);
    await assert.rejects(callInsertPortal(unreachable, guard, tenant, owner, { ...tariff, used_size: 0 }), /used_size/);
  });

  it('refuses an audit row with a column the procedure lacks', async () => {
    const audit = {
      at,
      action: 'portal.register',
      actor_type: 'operator',
      actor_id: null,
      actor_ip: null,
      tenant_id: 1,
      portal_name: 'drift',
      client_id: null,
      request_id: null,
      changes: '{}',
      id: 7,
    };
    const event = {
      event_id: 'msg_1',
      type: 'portal.registered',
      tenant_id: 1,
      client_id: null,
      payload: '{}',
      created_at: at,
    };
    await assert.rejects(callInsertAuditWithEvent(unreachable, audit, event), /column\(s\) id:/);
  });
});
