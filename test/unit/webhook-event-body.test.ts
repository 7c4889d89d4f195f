import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { SYSTEM_ACTOR, type Actor } from '../../src/domain/actor.js';
import type { DomainEvent } from '../../src/domain/webhook/domain-event.js';
import type { TariffRecord, TenantRecord } from '../../src/store/records.js';
import { presentTenant } from '../../src/wire/portal.js';
import { presentTariff } from '../../src/wire/tariff.js';
import { webhookEventBody, webhookEventBodyForClient } from '../../src/wire/webhook-event.js';

const NOW = new Date('2026-12-08T10:20:30.456Z');
const GRACE_DAYS = 7;

const tenant: TenantRecord = {
  id: 42,
  alias: 'quote"and\\slash',
  name: 'Ünïcode \u2028 line',
  domain: 'acme.example.com',
  status: 'Suspended',
  statusReason: 'unpaid',
  created: new Date('2026-01-02T03:04:05.006Z'),
  statusChanged: new Date('2026-12-01T00:00:00.000Z'),
  language: 'de-DE',
  timeZoneName: 'Europe/Berlin',
  ownerId: '01a2530b-25b3-70fc-95e0-ae21bd96cd1c',
  industry: 3,
  partnerId: 'partner',
  affiliateId: null,
  campaign: 'spring',
  region: null,
  clientId: 'acme',
  quota: 1_099_511_627_775,
  usedSize: 12_345,
  removalScheduledAt: new Date('2027-01-01T00:00:00.000Z'),
  isProtected: true,
  policySuspendedAt: null,
};

const tariff: TariffRecord = {
  tenantId: 42,
  plan: 'business',
  activeUsers: 25,
  maxFileSize: 1_073_741_824,
  maxTotalSize: 1_099_511_627_775,
  features: 'docs,rooms',
  dueDate: new Date('2026-12-31T00:00:00.000Z'),
};

const operator: Actor = { caller: { kind: 'operator', id: 'billing' }, ip: '192.0.2.1', requestId: 'r1' };

describe('a webhook event body', () => {
  test('holds the portal and tariff as the API shows them, the changes, the details and the actor', () => {
    const event: DomainEvent = {
      type: 'tariff.changed',
      tenant,
      tariff,
      changes: { plan: ['default', 'business'] },
      details: { dueDate: '2026-12-31T00:00:00.000Z', missing: undefined },
    };
    const text = webhookEventBody(event, operator, NOW, GRACE_DAYS);
    assert.deepEqual(JSON.parse(text), {
      type: 'tariff.changed',
      timestamp: '2026-12-08T10:20:30.456Z',
      data: {
        tenant: presentTenant(tenant),
        tariff: presentTariff(tariff, NOW, GRACE_DAYS),
        changes: { plan: ['default', 'business'] },
        dueDate: '2026-12-31T00:00:00.000Z',
        actor: { type: 'operator', id: 'billing', ip: '192.0.2.1' },
      },
    });
    assert.deepEqual(Object.keys(JSON.parse(text).data), ['tenant', 'tariff', 'changes', 'dueDate', 'actor']);
  });

  test('leaves out what the event does not have: no portal, no tariff, no changes, empty details', () => {
    const event: DomainEvent = { type: 'webhook.test', changes: {}, details: {} };
    assert.deepEqual(JSON.parse(webhookEventBody(event, SYSTEM_ACTOR, NOW, GRACE_DAYS)), {
      type: 'webhook.test',
      timestamp: '2026-12-08T10:20:30.456Z',
      data: { actor: { type: 'system', id: null, ip: null } },
    });
  });

  test("a client's endpoints see that the operator acted, not who", () => {
    const body = webhookEventBody({ type: 'portal.suspended', tenant }, operator, NOW, GRACE_DAYS);
    const parsed = JSON.parse(webhookEventBodyForClient(body)) as { data: { actor: unknown; tenant: unknown } };
    assert.deepEqual(parsed.data.actor, { type: 'operator' });
    assert.deepEqual(parsed.data.tenant, presentTenant(tenant));
  });
});
