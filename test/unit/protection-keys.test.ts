import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { captchaKind } from '../../src/protection/captcha-verifier.js';
import { attemptKey } from '../../src/protection/client-key.js';

describe('attemptKey: what an anonymous caller is counted under (contract §8.1)', () => {
  test('an IPv4 address counts as itself', () => {
    assert.equal(attemptKey('203.0.113.7'), '203.0.113.7');
    assert.equal(attemptKey(' 10.0.0.1 '), '10.0.0.1');
  });

  test('an IPv4-mapped IPv6 address counts as the IPv4 address it carries', () => {
    assert.equal(attemptKey('::ffff:203.0.113.7'), '203.0.113.7');
    assert.equal(attemptKey('::FFFF:cb00:7107'), '203.0.113.7');
    assert.equal(attemptKey('0:0:0:0:0:ffff:127.0.0.1'), '127.0.0.1');
  });

  test('IPv6 addresses count per /64 network, whatever their spelling', () => {
    const key = '2001:db8:1:2::/64';
    for (const ip of ['2001:db8:1:2::1', '2001:0db8:0001:0002:ffff:0:0:1', '2001:DB8:1:2:aaaa:bbbb:cccc:dddd', '2001:db8:1:2:0::1%eth0']) {
      assert.equal(attemptKey(ip), key, ip);
    }
    assert.notEqual(attemptKey('2001:db8:1:3::1'), key);
    assert.equal(attemptKey('::1'), '0:0:0:0::/64');
    assert.equal(attemptKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
    assert.equal(attemptKey('64:ff9b::192.0.2.33'), '64:ff9b:0:0::/64');
  });

  test('anything that is not an IP address counts as itself', () => {
    assert.equal(attemptKey('unix-socket'), 'unix-socket');
    assert.equal(attemptKey(''), '');
  });
});

describe('captchaKind: recaptchaType by number or name (contract §8.2)', () => {
  test('numbers 0–3 and ONLYOFFICE names, in any case', () => {
    const cases: Array<[string | undefined, string | undefined]> = [
      [undefined, 'web'],
      ['', 'web'],
      [' ', 'web'],
      ['0', 'web'],
      ['Default', 'web'],
      ['1', 'android'],
      ['AndroidV2', 'android'],
      ['ANDROIDV2', 'android'],
      ['2', 'ios'],
      ['iOSV2', 'ios'],
      ['3', 'hcaptcha'],
      ['hCaptcha', 'hcaptcha'],
    ];
    for (const [type, kind] of cases) assert.equal(captchaKind(type), kind, String(type));
  });

  test('anything else is unknown', () => {
    for (const type of ['4', '-1', '1.0', 'turnstile', 'constructor', '__proto__', 'toString']) {
      assert.equal(captchaKind(type), undefined, type);
    }
  });
});
