import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { captchaKind } from '../../src/protection/captcha-verifier.js';
import pino from 'pino';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { loadConfig } from '../../src/config/config.js';
import { DomainError } from '../../src/domain/errors.js';
import type { CounterStore } from '../../src/protection/attempt-counter.js';
import { createAttemptLimiter, NETWORK_48_SHARE } from '../../src/protection/attempt-limiter.js';
import { attemptKey, attemptKeys } from '../../src/protection/client-key.js';

describe('attemptKey: what an anonymous caller is counted under', () => {
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
    for (const ip of [
      '2001:db8:1:2::1',
      '2001:0db8:0001:0002:ffff:0:0:1',
      '2001:DB8:1:2:aaaa:bbbb:cccc:dddd',
      '2001:db8:1:2:0::1%eth0',
    ]) {
      assert.equal(attemptKey(ip), key, ip);
    }
    assert.notEqual(attemptKey('2001:db8:1:3::1'), key);
    assert.equal(attemptKey('fe80::1%eth0'), 'fe80:0:0:0::/64');
  });

  test('IPv6 addresses count per /48 network as well', () => {
    assert.deepEqual(attemptKeys('2001:db8:1:2::1'), { key: '2001:db8:1:2::/64', network: '2001:db8:1::/48' });
    assert.equal(attemptKeys('2001:db8:1:ffff::9').network, '2001:db8:1::/48', 'another /64 of the same /48');
    assert.notEqual(attemptKeys('2001:db8:2:2::1').network, '2001:db8:1::/48');
    assert.equal(attemptKeys('203.0.113.7').network, undefined, 'IPv4 has no network key');
  });

  test('NAT64 and IPv4-compatible addresses count as the IPv4 address they carry; ::1 as itself', () => {
    assert.deepEqual(attemptKeys('64:ff9b::192.0.2.33'), { key: '192.0.2.33' });
    assert.deepEqual(attemptKeys('64:ff9b::c000:221'), { key: '192.0.2.33' });
    assert.notEqual(attemptKey('64:ff9b::192.0.2.34'), attemptKey('64:ff9b::192.0.2.33'), 'NAT64 users are told apart');
    assert.deepEqual(attemptKeys('::192.0.2.33'), { key: '192.0.2.33' });
    assert.equal(attemptKey('::1'), '::1');
    assert.equal(attemptKey('0:0:0:0:0:0:0:1'), '::1');
    assert.notEqual(attemptKey('::1'), attemptKey('::127.0.0.1'), 'loopback and an IPv4-compatible form do not mix');
    assert.equal(attemptKey('::'), '::');
  });

  test('anything that is not an IP address counts as itself', () => {
    assert.equal(attemptKey('unix-socket'), 'unix-socket');
    assert.equal(attemptKey(''), '');
  });
});

/** Counters in memory, as the database or Redis would keep them. */
function memoryCounters(): CounterStore {
  return {
    backend: 'sqlite',
    counter: async ({ keyPrefix, points, duration }) => {
      const limiter = new RateLimiterMemory({ keyPrefix, points, duration });
      return { backend: 'sqlite', consume: (key) => limiter.consume(key) };
    },
    close: async () => undefined,
  };
}

describe('the attempt limiter, per /64 and per /48', () => {
  const config = loadConfig({ MAX_ATTEMPTS_COUNT: '2', MAX_ATTEMPTS_INTERVAL: '60' });
  const logger = pino({ level: 'silent' });

  const refused = async (attempt: Promise<void>) => {
    try {
      await attempt;
      return false;
    } catch (error) {
      assert.ok(error instanceof DomainError && error.code === 'tooMuchAttempts', String(error));
      return true;
    }
  };

  test('one /64 gets MAX_ATTEMPTS_COUNT', async () => {
    const limiter = await createAttemptLimiter(memoryCounters(), config, logger);
    const outcomes = [];
    for (const ip of ['2001:db8:9:1::1', '2001:db8:9:1::2', '2001:db8:9:1::3'])
      outcomes.push(await refused(limiter.countAttempt({ ip })));
    assert.deepEqual(outcomes, [false, false, true]);
  });

  test('hopping across the /64s of one /48 is refused past the /48 share', async () => {
    const limiter = await createAttemptLimiter(memoryCounters(), config, logger);
    const share = 2 * NETWORK_48_SHARE;
    const outcomes = [];
    // A fresh /64 for every attempt: each /64 stays within its own limit.
    for (let i = 0; i <= share; i++)
      outcomes.push(await refused(limiter.countAttempt({ ip: `2001:db8:7:${i.toString(16)}::1` })));
    assert.equal(outcomes.filter(Boolean).length, 1);
    assert.equal(outcomes.at(-1), true, 'the attempt past the share is refused');
    // Another /48 is not affected.
    assert.equal(await refused(limiter.countAttempt({ ip: '2001:db8:8:1::1' })), false);
  });

  test('NAT64 clients each get their own count', async () => {
    const limiter = await createAttemptLimiter(memoryCounters(), config, logger);
    for (let i = 1; i <= 40; i++)
      assert.equal(await refused(limiter.countAttempt({ ip: `64:ff9b::198.51.100.${i}` })), false);
  });
});

describe('captchaKind: recaptchaType by number or name', () => {
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
