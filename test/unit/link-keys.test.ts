import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signFormToken, verifyFormToken } from '../../src/domain/tokens/form-token.js';
import { signLinkKey, verifyLinkKey } from '../../src/domain/tokens/link-keys.js';
import { signOwnerSession, verifyOwnerSession } from '../../src/domain/tokens/owner-session.js';

/** Every other spelling of the last base64url character that decodes to the same bytes. */
function respellings(text: string): string[] {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const last = alphabet.indexOf(text.slice(-1));
  const base = last & ~0b11;
  return [0, 1, 2, 3]
    .map((low) => alphabet[base + low])
    .filter((c) => c !== text.slice(-1))
    .map((c) => text.slice(0, -1) + c);
}

const now = new Date('2026-11-28T12:00:00.000Z');
const later = new Date(now.getTime() + 3_600_000);

describe('signed keys accept only the spelling that was issued', () => {
  it('link keys (a used single-use link cannot be re-spelled into a fresh one)', () => {
    const subject = { purpose: 'activation', tenantId: 7, userId: 'u-1', email: 'a@example.com' } as const;
    const key = signLinkKey('k', subject, later);
    assert.equal(verifyLinkKey(['k'], subject, key, now).ok, true);
    for (const variant of respellings(key))
      assert.deepEqual(verifyLinkKey(['k'], subject, variant, now), { ok: false, reason: 'invalid' });
  });

  it('form tokens', () => {
    const binding = { form: 'signin', tenantId: 7, binding: 'b' } as const;
    const token = signFormToken('k', binding, later);
    assert.equal(verifyFormToken(['k'], binding, token, now), true);
    for (const variant of respellings(token)) assert.equal(verifyFormToken(['k'], binding, variant, now), false);
  });

  it('owner sessions', () => {
    const value = signOwnerSession('k', {
      tenantId: 7,
      userId: '4b2f9a4e-0000-4000-8000-000000000000',
      expires: later,
    });
    assert.ok(verifyOwnerSession(['k'], value, now));
    for (const variant of respellings(value)) assert.equal(verifyOwnerSession(['k'], variant, now), undefined);
  });
});
