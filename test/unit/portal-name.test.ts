import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../../src/domain/errors.js';
import { checkPortalName, nameCandidates } from '../../src/domain/portal/portal-name.js';

const rules = { min: 6, max: 63, reserved: ['billing'] };
const codeOf = (name: string | undefined) => {
  try {
    checkPortalName(name, rules);
    return 'ok';
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return error.code;
  }
};

describe('checkPortalName', () => {
  it('trims and lower-cases the alias', () => {
    assert.equal(checkPortalName('  MyPortal ', rules), 'myportal');
  });

  it('answers in the documented order: empty, length, characters, reserved', () => {
    assert.equal(codeOf(undefined), 'portalNameEmpty');
    assert.equal(codeOf('   '), 'portalNameEmpty');
    assert.equal(codeOf('ab_c'), 'tooShortError');
    assert.equal(codeOf('a'.repeat(64)), 'portalNameTooLong');
    assert.equal(codeOf('bad_name'), 'portalNameIncorrect');
    assert.equal(codeOf('-dashed'), 'portalNameIncorrect');
    assert.equal(codeOf('dashed-'), 'portalNameIncorrect');
    assert.equal(codeOf('xn--80ak6aa92e'), 'portalNameIncorrect');
    assert.equal(codeOf('portál1'), 'portalNameIncorrect');
    assert.equal(codeOf('apisystem'), 'portalNameExist');
    assert.equal(codeOf('billing'), 'portalNameExist');
    assert.equal(codeOf('good-name-1'), 'ok');
    assert.equal(codeOf('a'.repeat(63)), 'ok');
  });

  it('says the maximum in the too-long message', () => {
    assert.throws(() => checkPortalName('a'.repeat(64), rules), /at most 63/);
  });
});

describe('nameCandidates', () => {
  it('suggests valid names that differ from the requested one', () => {
    const list = nameCandidates('example', rules, 2026);
    assert.ok(list.length >= 10);
    assert.ok(!list.includes('example'));
    for (const name of list) assert.equal(codeOf(name), 'ok', name);
  });

  it('keeps suggestions within the maximum length', () => {
    const long = 'a'.repeat(63);
    for (const name of nameCandidates(long, rules, 2026)) assert.ok(name.length <= 63, name);
  });
});
