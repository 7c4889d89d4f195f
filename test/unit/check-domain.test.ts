import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkDomain, normalizeAddress, type AddressSource } from '../../src/domain/hosts/check-domain.js';
import { DomainError } from '../../src/domain/errors.js';

function source(
  answers: Record<string, readonly string[]>,
  local: readonly string[] = ['192.0.2.10', 'fe80::1%eth0'],
): AddressSource {
  return {
    resolve: async (name) => {
      const found = answers[name];
      if (found === undefined) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
      return found;
    },
    localAddresses: () => local,
  };
}

async function errorCode(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    assert.ok(error instanceof DomainError);
    return error.code;
  }
  assert.fail('expected an error');
}

describe('settings/checkdomain', () => {
  test('a name resolving to one of this host’s interface addresses is true', async () => {
    assert.equal(
      await checkDomain('portals.example.com', source({ 'portals.example.com': ['203.0.113.5', '192.0.2.10'] })),
      true,
    );
  });

  test('a name resolving only elsewhere is false', async () => {
    assert.equal(
      await checkDomain('elsewhere.example.com', source({ 'elsewhere.example.com': ['203.0.113.5'] })),
      false,
    );
  });

  test('loopback addresses count as this host', async () => {
    assert.equal(await checkDomain('a.test', source({ 'a.test': ['127.0.1.1'] }, [])), true);
    assert.equal(await checkDomain('b.test', source({ 'b.test': ['::1'] }, [])), true);
  });

  test('IPv4-mapped IPv6 and zone indexes compare equal to the plain address', async () => {
    assert.equal(await checkDomain('m.test', source({ 'm.test': ['::ffff:192.0.2.10'] })), true);
    assert.equal(await checkDomain('z.test', source({ 'z.test': ['FE80::1'] })), true);
    assert.equal(normalizeAddress('::FFFF:10.0.0.1'), '10.0.0.1');
  });

  test('the name is trimmed, lower-cased and may end with the root dot', async () => {
    assert.equal(await checkDomain('  Portals.Example.COM. ', source({ 'portals.example.com': ['192.0.2.10'] })), true);
  });

  test('a lookup failure is false, not an error', async () => {
    assert.equal(await checkDomain('missing.example.com', source({})), false);
  });

  test('a lookup that never answers is false after the timeout', async () => {
    const hanging: AddressSource = { resolve: () => new Promise(() => {}), localAddresses: () => [] };
    const started = Date.now();
    assert.equal(await checkDomain('slow.example.com', hanging, 50), false);
    assert.ok(Date.now() - started < 2000);
  });

  test('an empty name is hostNameEmpty', async () => {
    assert.equal(await errorCode(checkDomain(undefined, source({}))), 'hostNameEmpty');
    assert.equal(await errorCode(checkDomain('   ', source({}))), 'hostNameEmpty');
  });

  for (const bad of [
    'under_score.com',
    '-lead.com',
    'trail-.com',
    'a..b',
    'http://example.com',
    '127.0.0.1',
    'x'.repeat(64) + '.com',
    'sp ace.com',
  ]) {
    test(`"${bad}" is hostNameInvalid`, async () => {
      assert.equal(await errorCode(checkDomain(bad, source({}))), 'hostNameInvalid');
    });
  }
});
