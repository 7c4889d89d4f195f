import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import { describe, test } from 'node:test';
import { Webhook } from 'standardwebhooks';
import { WEBHOOK_SECRET_PATTERN, generateWebhookSecret } from '../../src/domain/webhook/webhook-secret.js';
import { signatureHeaders } from '../../src/webhook-delivery/signing.js';

const BODY = JSON.stringify({
  type: 'portal.suspended',
  timestamp: '2030-01-01T00:00:00.000Z',
  data: { tenant: { tenantId: 7 } },
});

describe('webhook signing (Standard Webhooks)', () => {
  test('a secret is whsec_ and the padded standard base64 of 32 random bytes', () => {
    const secrets = new Set<string>();
    for (let i = 0; i < 50; i += 1) {
      const secret = generateWebhookSecret();
      assert.match(secret, WEBHOOK_SECRET_PATTERN);
      assert.equal(Buffer.from(secret.slice('whsec_'.length), 'base64').length, 32);
      secrets.add(secret);
    }
    assert.equal(secrets.size, 50);
  });

  test('the secret pattern refuses other forms', () => {
    for (const bad of [
      'whsec_',
      'whsec_' + 'A'.repeat(44),
      'whsec_' + 'A'.repeat(43),
      'wh_' + 'A'.repeat(43) + '=',
      'whsec_' + '-'.repeat(43) + '=',
      'whsec_' + 'A'.repeat(42) + 'B=',
    ]) {
      assert.doesNotMatch(bad, WEBHOOK_SECRET_PATTERN);
    }
  });

  test('a receiver with the standardwebhooks package accepts the headers', () => {
    const secret = generateWebhookSecret();
    const headers = signatureHeaders({ id: 'evt_1', timestamp: new Date(), body: BODY, secrets: [secret] });
    assert.deepEqual(new Webhook(secret).verify(BODY, { ...headers }), JSON.parse(BODY));
    assert.match(headers['webhook-signature'], /^v1,[A-Za-z0-9+/]{43}=$/);
  });

  test('after a rotation both signatures are sent and either secret verifies', () => {
    const previous = generateWebhookSecret();
    const current = generateWebhookSecret();
    const headers = signatureHeaders({ id: 'evt_2', timestamp: new Date(), body: BODY, secrets: [current, previous] });
    assert.equal(headers['webhook-signature'].split(' ').length, 2);
    for (const secret of [previous, current])
      assert.deepEqual(new Webhook(secret).verify(BODY, { ...headers }), JSON.parse(BODY));
  });

  test('a wrong secret, a changed body or another id is refused', () => {
    const secret = generateWebhookSecret();
    const headers = signatureHeaders({ id: 'evt_3', timestamp: new Date(), body: BODY, secrets: [secret] });
    assert.throws(() => new Webhook(generateWebhookSecret()).verify(BODY, { ...headers }), /No matching signature/);
    assert.throws(() => new Webhook(secret).verify(BODY + ' ', { ...headers }), /No matching signature/);
    assert.throws(
      () => new Webhook(secret).verify(BODY, { ...headers, 'webhook-id': 'evt_4' }),
      /No matching signature/,
    );
  });

  test('the signature is HMAC-SHA256 over id.timestamp.body keyed with the decoded secret', () => {
    // A fixed vector, so a change in the package's signing would show here.
    const secret = 'whsec_' + Buffer.alloc(32, 7).toString('base64');
    const timestamp = new Date('2030-01-01T00:00:00.900Z');
    const headers = signatureHeaders({ id: 'evt_fixed', timestamp, body: BODY, secrets: [secret] });
    assert.equal(headers['webhook-timestamp'], '1893456000');
    const expected = createHmac('sha256', Buffer.alloc(32, 7)).update(`evt_fixed.1893456000.${BODY}`).digest('base64');
    assert.equal(headers['webhook-signature'], `v1,${expected}`);
  });

  test('signing without any secret is a programming error', () => {
    assert.throws(() => signatureHeaders({ id: 'evt_5', timestamp: new Date(), body: BODY, secrets: [] }));
  });
});
