import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { CLIENT_CACHE_MS } from '../../src/domain/client/client-directory.js';
import { fixedClock } from '../../src/domain/clock.js';
import { ascToken } from '../helpers/client-auth.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Two server instances over one database: a client disabled or removed through one is refused by
 * the other once that instance's short client cache has run out (and at once by the first).
 */
describe('API clients across two instances', () => {
  const clockB = fixedClock(new Date());
  let a: TestServer;
  let b: TestServer;
  before(async () => {
    a = await startTestServer();
    b = await startTestServer({ database: a.database, env: { MACHINE_KEY: a.machineKey }, clock: clockB });
  });
  after(async () => {
    await b.close();
    await a.close({ drop: true });
  });

  const create = async () => {
    const res = await a.call('POST', 'client/create', { auth: true, json: { name: 'Two instances' } });
    assert.equal(res.status, 201, res.text);
    return { clientId: String(res.body.client.clientId), secret: String(res.body.secret) };
  };
  const onB = (c: { clientId: string; secret: string }) =>
    b.call('GET', 'portal/get', { auth: ascToken(c.secret, c.clientId, clockB.now()) });
  const onA = (c: { clientId: string; secret: string }) =>
    a.call('GET', 'portal/get', { auth: ascToken(c.secret, c.clientId, a.ctx.clock.now()) });

  it('a removed client is refused by the other instance once its cache ran out', async () => {
    const c = await create();
    assert.equal((await onB(c)).status, 200, 'the second instance knows the client (and now caches it)');
    assert.equal((await a.call('DELETE', 'client/remove', { auth: true, json: { clientId: c.clientId } })).status, 200);
    assert.equal((await onA(c)).status, 403, 'refused at once where it was removed');
    clockB.advance(CLIENT_CACHE_MS + 1);
    const refused = await onB(c);
    assert.equal(refused.status, 403, refused.text);
    assert.deepEqual(refused.body, { error: 'authorization', message: 'Authorization invalid' });
  });

  it('a disabled client likewise, and enabled again it works again', async () => {
    const c = await create();
    assert.equal((await onB(c)).status, 200);
    assert.equal(
      (await a.call('PUT', 'client/update', { auth: true, json: { clientId: c.clientId, disabled: true } })).status,
      200,
    );
    clockB.advance(CLIENT_CACHE_MS + 1);
    assert.equal((await onB(c)).status, 403);
    assert.equal(
      (await a.call('PUT', 'client/update', { auth: true, json: { clientId: c.clientId, disabled: false } })).status,
      200,
    );
    clockB.advance(CLIENT_CACHE_MS + 1);
    assert.equal((await onB(c)).status, 200);
  });
});
