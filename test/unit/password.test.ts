import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { checkPasswordPolicy, hashPassword, verifyPassword } from '../../src/domain/owner/password.js';

const rules = { min: 8, max: 128, requireDigit: false, requireUpper: false, requireSpecial: false };

describe('password policy', () => {
  it('names the rule broken', () => {
    assert.throws(() => checkPasswordPolicy('short', rules), /at least 8/);
    assert.throws(() => checkPasswordPolicy('x'.repeat(129), rules), /at most 128/);
    assert.throws(() => checkPasswordPolicy('abc\u0007defgh', rules), /control/);
    assert.throws(() => checkPasswordPolicy('abcdefgh', { ...rules, requireDigit: true }), /digit/);
    assert.throws(() => checkPasswordPolicy('abcdefg1', { ...rules, requireUpper: true }), /upper-case/);
    assert.throws(() => checkPasswordPolicy('Abcdefg1', { ...rules, requireSpecial: true }), /special/);
    assert.doesNotThrow(() =>
      checkPasswordPolicy('Abcdefg1!', { ...rules, requireDigit: true, requireUpper: true, requireSpecial: true }),
    );
  });
});

describe('password hashing', () => {
  it('stores scrypt with its parameters and a salt, and verifies only the right password', async () => {
    const a = await hashPassword('correct horse');
    const b = await hashPassword('correct horse');
    assert.match(a, /^scrypt\$32768\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/);
    assert.notEqual(a, b, 'each hash has its own salt');
    assert.equal(await verifyPassword('correct horse', a), true);
    assert.equal(await verifyPassword('correct horsE', a), false);
    assert.equal(await verifyPassword('anything', 'not-a-hash'), false);
  });
});
