import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { createHmac } from 'node:crypto';
import { formatDatetime } from '../../src/domain/tokens/asc-token.js';
import { startTestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/** Builds a token by hand in one of the four hash encodings clients use. */
function token(key: string, at: Date, encoding: 'base64' | 'url' | 'urlCount' | 'urlPadded', pkey = 'panel'): string {
  const datetime = formatDatetime(at);
  const hash = createHmac('sha1', key).update(`${datetime}\n${pkey}`).digest('base64');
  const url = hash.replace(/\+/g, '-').replace(/\//g, '_');
  const encoded = {
    base64: hash,
    url: url.replace(/=+$/, ''),
    urlCount: `${url.replace(/=+$/, '')}${url.length - url.replace(/=+$/, '').length}`,
    urlPadded: url,
  }[encoding];
  return `ASC ${pkey}:${datetime}:${encoded}`;
}

describe('ASC authentication over HTTP', () => {
  const server = useServer({ env: { MACHINE_KEY: 'current-key,previous-key' } });

  for (const encoding of ['base64', 'url', 'urlCount', 'urlPadded'] as const) {
    it(`portal/get accepts a ${encoding} token`, async () => {
      const res = await server.call('GET', 'portal/get', { auth: token('current-key', new Date(), encoding) });
      assert.equal(res.status, 200);
      assert.deepEqual(res.body, { tenants: [] });
    });
  }

  it('accepts a token signed with the second (rotated-out) key', async () => {
    const res = await server.call('GET', 'portal/get', { auth: token('previous-key', new Date(), 'base64') });
    assert.equal(res.status, 200);
  });

  const refusals: Array<[string, () => string | undefined, string]> = [
    ['missing', () => undefined, 'Authorization is required'],
    ['of another scheme', () => 'Basic dXNlcjpwYXNz', 'Authorization scheme unknown'],
    ['malformed', () => 'ASC panel:20261128', 'Authorization invalid'],
    ['signed with a wrong key', () => token('wrong-key', new Date(), 'base64'), 'Authorization invalid'],
    ['expired', () => token('current-key', new Date(Date.now() - 6 * 60_000), 'base64'), 'Authorization is expired'],
  ];
  for (const [name, make, message] of refusals) {
    it(`refuses a ${name} token with 403 authorization`, async () => {
      const header = make();
      const res = await server.call('GET', 'portal/get', header === undefined ? {} : { auth: header });
      assert.equal(res.status, 403);
      assert.deepEqual(res.body, { error: 'authorization', message });
    });
  }

  it('refuses a token from the future and says to use UTC', async () => {
    const res = await server.call('GET', 'portal/get', {
      auth: token('current-key', new Date(Date.now() + 60 * 60_000), 'base64'),
    });
    assert.equal(res.status, 403);
    assert.equal(res.body.error, 'authorization');
    assert.match(res.body.message, /future.*UTC/);
  });

  it('never hints at the expected hash', async () => {
    const res = await server.call('GET', 'portal/get', { auth: token('wrong-key', new Date(), 'base64') });
    assert.doesNotMatch(res.text, /current-key|expected/i);
  });

  it('refuses register without a token when sign-up is not open', async () => {
    const res = await server.call('POST', 'portal/register', { json: { portalName: 'nobody1' } });
    assert.equal(res.status, 403);
    assert.equal(res.body.error, 'authorization');
  });
});

describe('opening methods to anonymous callers', () => {
  it('AUTH_ALLOW_SKIP_REGISTER opens register but not portal/get, and a bad token is still refused', async () => {
    const server = await startTestServer({ env: { AUTH_ALLOW_SKIP_REGISTER: 'true' } });
    try {
      const reg = await server.call('POST', 'portal/register', {
        json: { portalName: 'openreg1', firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' },
      });
      assert.equal(reg.status, 201);
      const list = await server.call('GET', 'portal/get');
      assert.equal(list.status, 403);
      const bad = await server.call('POST', 'portal/register', {
        auth: 'ASC x:20200101000000:AAAAAAAAAAAAAAAAAAAAAAAAAAA=',
        json: { portalName: 'openreg2', firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' },
      });
      assert.equal(bad.status, 403);
    } finally {
      await server.close({ drop: true });
    }
  });

  it('AUTH_ALLOW_SKIP_DEFAULT opens every method', async () => {
    const server = await startTestServer({ env: { AUTH_ALLOW_SKIP_DEFAULT: 'true' } });
    try {
      const list = await server.call('GET', 'portal/get');
      assert.equal(list.status, 200);
    } finally {
      await server.close({ drop: true });
    }
  });
});
