import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { ResolveHost } from '../../src/domain/webhook/resolve-host.js';
import { checkWebhookUrl, type WebhookUrlProblem } from '../../src/domain/webhook/target-url.js';

/** A resolver answering from a table; a missing name fails like getaddrinfo does. */
function resolver(answers: Record<string, readonly string[]>): ResolveHost & { asked: string[] } {
  const asked: string[] = [];
  const resolve = async (hostname: string): Promise<readonly string[]> => {
    asked.push(hostname);
    const found = answers[hostname];
    if (found === undefined) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
    return found;
  };
  return Object.assign(resolve, { asked });
}

const DNS = resolver({
  'hooks.example.com': ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946'],
  localhost: ['127.0.0.1', '::1'],
  'mixed.example.com': ['93.184.216.34', '10.0.0.5'],
  'mapped.example.com': ['::ffff:169.254.169.254'],
  'rebind.example.com': ['2002:7f00:1::1'],
  'empty.example.com': [],
});

async function refusal(text: string, allowPrivate = false): Promise<{ problem: WebhookUrlProblem; reason: string }> {
  const checked = await checkWebhookUrl(text, { allowPrivate, resolve: DNS });
  assert.ok(!checked.ok, `expected ${text} to be refused`);
  return { problem: checked.problem, reason: checked.reason };
}

describe('webhook URL check', () => {
  test('an https URL on a public host is accepted with every address it was checked against', async () => {
    const checked = await checkWebhookUrl('https://hooks.example.com/onlyoffice?x=1', {
      allowPrivate: false,
      resolve: DNS,
    });
    assert.ok(checked.ok);
    assert.equal(checked.url.href, 'https://hooks.example.com/onlyoffice?x=1');
    assert.equal(checked.hostname, 'hooks.example.com');
    assert.deepEqual(checked.addresses, ['93.184.216.34', '2606:2800:220:1:248:1893:25c8:1946']);
  });

  test('public IP literals are accepted without asking the resolver', async () => {
    const before = DNS.asked.length;
    const v4 = await checkWebhookUrl('http://8.8.8.8:8080/x', { allowPrivate: false, resolve: DNS });
    assert.ok(v4.ok);
    assert.deepEqual(v4.addresses, ['8.8.8.8']);
    const v6 = await checkWebhookUrl('http://[2001:4860:4860::8888]/x', { allowPrivate: false, resolve: DNS });
    assert.ok(v6.ok);
    assert.equal(v6.hostname, '2001:4860:4860::8888');
    assert.equal(DNS.asked.length, before);
  });

  test('only http and https', async () => {
    for (const text of [
      'ftp://hooks.example.com/',
      'file:///etc/passwd',
      'javascript:alert(1)',
      'gopher://hooks.example.com/',
      'ws://hooks.example.com/',
    ]) {
      assert.equal((await refusal(text)).problem, 'scheme', text);
    }
  });

  test('user info is refused, even an empty password', async () => {
    for (const text of [
      'https://user:pass@hooks.example.com/',
      'https://user@hooks.example.com/',
      'https://:pass@hooks.example.com/',
    ]) {
      const found = await refusal(text);
      assert.equal(found.problem, 'user-info', text);
      assert.equal(found.reason, 'the URL must not contain a user name or password');
    }
  });

  test('text that is not an absolute URL, or has spaces or control characters, is refused', async () => {
    for (const text of [
      '',
      'hooks.example.com/x',
      '/relative',
      'https://',
      'http://exa mple.com/',
      ' https://hooks.example.com/',
      'https://hooks.exa\nmple.com/',
      'https://hooks.example.com/\t',
    ]) {
      assert.equal((await refusal(text)).problem, 'syntax', JSON.stringify(text));
    }
  });

  test('a URL over 2048 characters is refused; 2048 is fine', async () => {
    const base = 'https://hooks.example.com/';
    assert.ok((await checkWebhookUrl(base + 'a'.repeat(2048 - base.length), { allowPrivate: false, resolve: DNS })).ok);
    assert.equal((await refusal(base + 'a'.repeat(2049 - base.length))).problem, 'too-long');
  });

  test('non-public IP literals are refused in every spelling the URL parser accepts', async () => {
    for (const text of [
      'http://127.0.0.1/',
      'http://127.1/',
      'http://2130706433/',
      'http://0x7f000001/',
      'http://0177.0.0.1/',
      'http://0/',
      'http://[::1]/',
      'http://[::ffff:127.0.0.1]/',
      'http://[0:0:0:0:0:ffff:7f00:1]/',
      'http://[64:ff9b::169.254.169.254]/',
      'http://[2002:a00:1::]/',
      'http://169.254.169.254/latest/meta-data/',
      'http://[fd00::1]:8080/',
    ]) {
      const found = await refusal(text);
      assert.equal(found.problem, 'address', text);
      assert.match(found.reason, /^its host is a /, text);
    }
  });

  test('a host name is refused when any of its addresses is not public', async () => {
    assert.equal((await refusal('https://localhost/')).reason, 'its host name resolves to a loopback address');
    assert.equal((await refusal('https://mixed.example.com/')).reason, 'its host name resolves to a private address');
    assert.equal(
      (await refusal('https://mapped.example.com/')).reason,
      'its host name resolves to a link-local address (IPv4-mapped)',
    );
    assert.equal(
      (await refusal('https://rebind.example.com/')).reason,
      'its host name resolves to a loopback address (6to4)',
    );
  });

  test('a name that does not resolve is refused as a DNS problem', async () => {
    assert.deepEqual(await refusal('https://nowhere.example.com/'), {
      problem: 'dns',
      reason: 'its host name does not resolve',
    });
    assert.equal((await refusal('https://empty.example.com/')).problem, 'dns');
  });

  test('allowPrivate lets loopback and private targets through, but not the other rules', async () => {
    const local = await checkWebhookUrl('http://localhost:3000/hook', { allowPrivate: true, resolve: DNS });
    assert.ok(local.ok);
    assert.deepEqual(local.addresses, ['127.0.0.1', '::1']);
    assert.ok((await checkWebhookUrl('http://10.1.2.3/', { allowPrivate: true, resolve: DNS })).ok);
    assert.ok((await checkWebhookUrl('http://[::1]:3000/', { allowPrivate: true, resolve: DNS })).ok);
    assert.equal((await refusal('http://user:pw@localhost/', true)).problem, 'user-info');
    assert.equal((await refusal('ftp://localhost/', true)).problem, 'scheme');
  });
});
