import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { signAscToken, verifyAscToken, type TokenPolicy } from '../../src/domain/tokens/asc-token.js';

// The published test vectors: machine key `secret`, pkey `abc`, datetime 20100707140603.
const signedAt = new Date(Date.UTC(2010, 6, 7, 14, 6, 3));
const policy: TokenPolicy = { keys: ['secret'], trustIntervalMs: 5 * 60_000, futureSkewMs: 5 * 60_000 };
const vectors = {
  'standard base64 with padding': 'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM+xQC3a9VM=',
  'base64url without padding': 'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM-xQC3a9VM',
  'base64url plus padding count (UrlTokenEncode)': 'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM-xQC3a9VM1',
  'base64url with padding': 'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM-xQC3a9VM=',
};

describe('verifyAscToken', () => {
  for (const [name, token] of Object.entries(vectors)) {
    it(`accepts the ${name} vector at its own time`, () => {
      assert.deepEqual(verifyAscToken(token, policy, signedAt), { ok: true, pkey: 'abc' });
    });
  }

  it('accepts a lower-case scheme word and surrounding spaces', () => {
    assert.equal(verifyAscToken(`  asc ${vectors['base64url without padding'].slice(4)}  `, policy, signedAt).ok, true);
  });

  it('refuses a missing header as required', () => {
    assert.deepEqual(verifyAscToken(undefined, policy, signedAt), { ok: false, reason: 'required' });
    assert.deepEqual(verifyAscToken('   ', policy, signedAt), { ok: false, reason: 'required' });
  });

  it('refuses another scheme as unknown', () => {
    assert.deepEqual(verifyAscToken('Bearer abc', policy, signedAt), { ok: false, reason: 'scheme' });
    assert.deepEqual(verifyAscToken('ASCabc:1:2', policy, signedAt), { ok: false, reason: 'scheme' });
  });

  it('refuses malformed tokens as invalid', () => {
    for (const bad of [
      'ASC',
      'asc   ',
      'ASC abc:20100707140603',
      'ASC :20100707140603:lDpH2qnkJwzHUFSnYM+xQC3a9VM=',
      'ASC abc:2010070714060:lDpH2qnkJwzHUFSnYM+xQC3a9VM=',
      'ASC abc:20101307140603:lDpH2qnkJwzHUFSnYM+xQC3a9VM=',
      'ASC abc:20100707140603:not base64!',
      'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM+xQC3a9V',
      'ASC abc:20100707140603:lDpH2qnkJwzHUFSnYM+xQC3a9VM=:extra',
    ]) {
      assert.deepEqual(verifyAscToken(bad, policy, signedAt), { ok: false, reason: 'invalid' }, bad);
    }
  });

  it('refuses a token signed with another key, or for another pkey', () => {
    assert.deepEqual(
      verifyAscToken(vectors['standard base64 with padding'], { ...policy, keys: ['other'] }, signedAt),
      {
        ok: false,
        reason: 'invalid',
      },
    );
    const otherPkey = vectors['standard base64 with padding'].replace('abc:', 'abd:');
    assert.equal(verifyAscToken(otherPkey, policy, signedAt).ok, false);
  });

  it('accepts any of several machine keys (rotation)', () => {
    assert.equal(
      verifyAscToken(vectors['base64url with padding'], { ...policy, keys: ['new', 'secret'] }, signedAt).ok,
      true,
    );
  });

  it('is valid for the trust interval into the past and no longer', () => {
    const token = vectors['standard base64 with padding'];
    assert.equal(verifyAscToken(token, policy, new Date(signedAt.getTime() + 5 * 60_000)).ok, true);
    assert.deepEqual(verifyAscToken(token, policy, new Date(signedAt.getTime() + 5 * 60_000 + 1000)), {
      ok: false,
      reason: 'expired',
    });
  });

  it('accepts the future skew and refuses beyond it as from the future', () => {
    const token = vectors['standard base64 with padding'];
    assert.equal(verifyAscToken(token, policy, new Date(signedAt.getTime() - 5 * 60_000)).ok, true);
    assert.deepEqual(verifyAscToken(token, policy, new Date(signedAt.getTime() - 5 * 60_000 - 1000)), {
      ok: false,
      reason: 'future',
    });
  });

  it('verifies what signAscToken makes', () => {
    const now = new Date('2026-11-28T12:00:00.000Z');
    const token = signAscToken('k3y', 'billing', now);
    assert.match(token, /^ASC billing:20261128120000:[A-Za-z0-9+/]{27}=$/);
    assert.deepEqual(verifyAscToken(token, { ...policy, keys: ['k3y'] }, now), { ok: true, pkey: 'billing' });
  });
});
