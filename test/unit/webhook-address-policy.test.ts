import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { isIPv6 } from 'node:net';
import { describe, test } from 'node:test';
import {
  classifyAddress,
  describeRefusal,
  isPublicAddress,
  parseIPv6,
  type AddressVerdict,
} from '../../src/domain/webhook/address-policy.js';

// [address, expected verdict]: 'public', or the refusal reason (with the embedding after a slash).
const VECTORS: readonly (readonly [string, string])[] = [
  // IPv4, public
  ['8.8.8.8', 'public'],
  ['1.1.1.1', 'public'],
  ['93.184.216.34', 'public'],
  ['100.63.255.255', 'public'], // just below shared 100.64/10
  ['100.128.0.0', 'public'], // just above it
  ['172.15.255.255', 'public'], // just below private 172.16/12
  ['172.32.0.0', 'public'], // just above it
  ['169.253.255.255', 'public'],
  ['192.169.0.1', 'public'],
  ['223.255.255.255', 'public'], // last before multicast
  ['11.0.0.1', 'public'],
  ['126.255.255.255', 'public'],
  ['128.0.0.1', 'public'],
  // IPv4, refused
  ['0.0.0.0', 'this-network'],
  ['0.1.2.3', 'this-network'],
  ['10.0.0.1', 'private'],
  ['10.255.255.255', 'private'],
  ['100.64.0.1', 'shared'],
  ['100.127.255.255', 'shared'],
  ['127.0.0.1', 'loopback'],
  ['127.255.255.254', 'loopback'],
  ['169.254.169.254', 'link-local'], // the cloud metadata address
  ['172.16.0.1', 'private'],
  ['172.31.255.255', 'private'],
  ['192.168.1.1', 'private'],
  ['192.0.0.8', 'protocol-assignment'],
  ['192.0.2.1', 'documentation'],
  ['198.51.100.7', 'documentation'],
  ['203.0.113.9', 'documentation'],
  ['198.18.0.1', 'benchmarking'],
  ['198.19.255.255', 'benchmarking'],
  ['192.88.99.1', 'reserved'],
  ['224.0.0.1', 'multicast'],
  ['239.255.255.250', 'multicast'],
  ['240.0.0.1', 'reserved'],
  ['255.255.255.254', 'reserved'],
  ['255.255.255.255', 'broadcast'],
  // IPv6, public
  ['2001:4860:4860::8888', 'public'],
  ['2606:4700:4700::1111', 'public'],
  ['2a00:1450:4001:82b::200e', 'public'],
  ['2A00:1450:4001:82B::200E', 'public'],
  ['2001:200::1', 'public'], // just above 2001::/23
  ['2600::', 'public'],
  ['3ffe::1', 'public'],
  ['2002:808:808::1', 'public/6to4'], // 6to4 of 8.8.8.8
  ['64:ff9b::808:808', 'public/nat64'],
  ['64:ff9b::8.8.8.8', 'public/nat64'],
  ['::ffff:8.8.8.8', 'public/ipv4-mapped'],
  ['::ffff:808:808', 'public/ipv4-mapped'],
  // IPv6, refused
  ['::', 'unspecified'],
  ['0:0:0:0:0:0:0:0', 'unspecified'],
  ['::1', 'loopback'],
  ['0000:0000:0000:0000:0000:0000:0000:0001', 'loopback'],
  ['::1%lo', 'loopback'],
  ['fe80::1', 'link-local'],
  ['fe80::1%eth0', 'link-local'],
  ['FE80::ABCD:1%25', 'link-local'],
  ['febf:ffff::1', 'link-local'],
  ['fec0::1', 'site-local'],
  ['fc00::1', 'unique-local'],
  ['fd12:3456:789a::1', 'unique-local'],
  ['ff02::1', 'multicast'],
  ['ff05::1:3', 'multicast'],
  ['100::1', 'discard'],
  ['2001:db8::1', 'documentation'],
  ['3fff::1', 'documentation'],
  ['2001::1', 'teredo'],
  ['2001:0:4136:e378:8000:63bf:3fff:fdd2', 'teredo'],
  ['2001:2::1', 'protocol-assignment'],
  ['4000::1', 'reserved'], // outside global unicast 2000::/3
  ['1::1', 'reserved'],
  ['64:ff9b:1::a00:1', 'nat64-local'],
  ['64:ff9b:1:ffff::808:808', 'nat64-local'],
  // IPv4 inside IPv6, refused by the IPv4 verdict
  ['::ffff:127.0.0.1', 'loopback/ipv4-mapped'],
  ['::FFFF:127.0.0.1', 'loopback/ipv4-mapped'],
  ['::ffff:7f00:1', 'loopback/ipv4-mapped'],
  ['0:0:0:0:0:ffff:7f00:0001', 'loopback/ipv4-mapped'],
  ['::ffff:10.1.2.3', 'private/ipv4-mapped'],
  ['::ffff:a9fe:a9fe', 'link-local/ipv4-mapped'],
  ['::ffff:0.0.0.0', 'this-network/ipv4-mapped'],
  ['::ffff:0:192.168.0.1', 'private/ipv4-translated'],
  ['::127.0.0.1', 'loopback/ipv4-compatible'],
  ['::7f00:1', 'loopback/ipv4-compatible'],
  ['::2', 'this-network/ipv4-compatible'],
  ['64:ff9b::127.0.0.1', 'loopback/nat64'],
  ['64:ff9b::a9fe:a9fe', 'link-local/nat64'],
  ['64:ff9b::c0a8:101', 'private/nat64'],
  ['2002:7f00:1::', 'loopback/6to4'],
  ['2002:7f00:0001:1234::5', 'loopback/6to4'],
  ['2002:a00:1::1', 'private/6to4'],
  ['2002:c0a8:101::', 'private/6to4'],
  ['2002:e000:1::', 'multicast/6to4'],
  ['2002:ffff:ffff::', 'broadcast/6to4'],
  // Not an IP address at all
  ['', 'invalid'],
  ['localhost', 'invalid'],
  ['example.com', 'invalid'],
  ['127.1', 'invalid'],
  ['0177.0.0.1', 'invalid'], // octal spelling of 127.0.0.1
  ['2130706433', 'invalid'], // decimal spelling of 127.0.0.1
  ['0x7f.0.0.1', 'invalid'],
  ['256.0.0.1', 'invalid'],
  ['1.2.3.4.5', 'invalid'],
  ['[::1]', 'invalid'],
  ['1:2:3:4:5:6:7:8:9', 'invalid'],
  ['1:2:3:4:5:6:7', 'invalid'],
  ['1::2::3', 'invalid'],
  [':::', 'invalid'],
  [':1::', 'invalid'],
  ['12345::', 'invalid'],
  ['::g', 'invalid'],
  ['1.2.3.4::', 'invalid'], // a dotted quad only ends an address
  ['::1.2.3', 'invalid'],
  ['1:2:3:4:5:6:7:1.2.3.4', 'invalid'],
  ['%eth0', 'invalid'],
  ['::1%', 'invalid'],
];

function label(verdict: AddressVerdict): string {
  const base = verdict.public ? 'public' : verdict.reason;
  return verdict.via === undefined ? base : `${base}/${verdict.via}`;
}

describe('the webhook address policy', () => {
  test('the vector table has at least 40 addresses of each verdict', () => {
    assert.ok(VECTORS.filter(([, want]) => want.startsWith('public')).length >= 20);
    assert.ok(VECTORS.filter(([, want]) => !want.startsWith('public')).length >= 40);
  });

  for (const [address, want] of VECTORS) {
    test(`${JSON.stringify(address)} is ${want}`, () => {
      assert.equal(label(classifyAddress(address)), want);
      assert.equal(isPublicAddress(address), want.startsWith('public'));
    });
  }

  test('the IPv6 parser reads what node:net accepts as IPv6, in every spelling', () => {
    // Random addresses, written out in full, compressed by the URL parser, and upper-cased.
    for (let round = 0; round < 200; round += 1) {
      const bytes = randomBytes(16);
      // Zero runs make `::` compression kick in.
      if (round % 2 === 0) bytes.fill(0, 2 + (round % 7), 8 + (round % 5));
      const full = Array.from({ length: 8 }, (_, i) => bytes.readUInt16BE(i * 2).toString(16)).join(':');
      const compressed = new URL(`http://[${full}]/`).hostname.slice(1, -1);
      for (const spelling of [full, compressed, compressed.toUpperCase()]) {
        assert.ok(isIPv6(spelling));
        assert.deepEqual(parseIPv6(spelling), new Uint8Array(bytes), spelling);
      }
    }
  });

  test('a refusal reads as a phrase naming the kind of address and the IPv6 form', () => {
    const mapped = classifyAddress('::ffff:127.0.0.1');
    assert.ok(!mapped.public);
    assert.equal(describeRefusal(mapped), 'a loopback address (IPv4-mapped)');
    const plain = classifyAddress('10.0.0.1');
    assert.ok(!plain.public);
    assert.equal(describeRefusal(plain), 'a private address');
  });
});
