import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signFormToken, verifyFormToken, type FormBinding } from '../../src/domain/tokens/form-token.js';
import { signOwnerSession, verifyOwnerSession } from '../../src/domain/tokens/owner-session.js';

const NOW = new Date('2026-06-01T12:00:00Z');
const LATER = new Date('2026-06-01T13:00:00Z');
const USER = '4b2f9a4e-1c2d-4e5f-8a9b-0c1d2e3f4a5b';

describe('owner session cookie', () => {
  const value = signOwnerSession('key-1', { tenantId: 42, userId: USER, expires: LATER });

  it('verifies with the signing key, or any rotated-in key list holding it', () => {
    assert.deepEqual(verifyOwnerSession(['key-1'], value, NOW), { tenantId: 42, userId: USER, expires: LATER });
    assert.ok(verifyOwnerSession(['key-new', 'key-1'], value, NOW));
  });

  it('is refused under another key, after its expiry, or with any part changed', () => {
    assert.equal(verifyOwnerSession(['key-2'], value, NOW), undefined);
    assert.equal(verifyOwnerSession(['key-1'], value, LATER), undefined);
    assert.equal(verifyOwnerSession(['key-1'], value.replace(/^42\./, '43.'), NOW), undefined);
    const later = Math.floor(LATER.getTime() / 1000);
    assert.equal(verifyOwnerSession(['key-1'], value.replace(`.${later}.`, `.${later + 3600}.`), NOW), undefined);
    assert.equal(verifyOwnerSession(['key-1'], `${value}x`, NOW), undefined);
    assert.equal(verifyOwnerSession(['key-1'], '', NOW), undefined);
  });
});

describe('form (CSRF) tokens', () => {
  const binding: FormBinding = { form: 'confirm', tenantId: 7, binding: 'abc' };
  const token = signFormToken('key-1', binding, LATER);

  it('verify only for the same form, portal and binding, before expiry', () => {
    assert.equal(verifyFormToken(['key-1'], binding, token, NOW), true);
    assert.equal(verifyFormToken(['key-1'], { ...binding, form: 'signin' }, token, NOW), false);
    assert.equal(verifyFormToken(['key-1'], { ...binding, tenantId: 8 }, token, NOW), false);
    assert.equal(verifyFormToken(['key-1'], { ...binding, binding: 'abd' }, token, NOW), false);
    assert.equal(verifyFormToken(['key-1'], binding, token, LATER), false);
    assert.equal(verifyFormToken(['key-2'], binding, token, NOW), false);
    assert.equal(verifyFormToken(['key-1'], binding, 'garbage', NOW), false);
  });
});
