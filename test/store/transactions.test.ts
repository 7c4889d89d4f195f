import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { settingKeys, writeSetting } from '../helpers/setting-rows.js';
import { useStore } from '../helpers/suite-store.js';

/**
 * store.transaction: all or nothing, settled after the commit. Transactions that arrive together
 * each keep their own outcome; on SQLite they share one commit (group commit), each in a savepoint:
 * those queued in the same turn of the event loop, or while another batch is being written.
 */
describe('transactions that arrive together', () => {
  const store = useStore();

  it('a failing one rolls back only itself; the others are written', async () => {
    const tenantId = 900_001;
    const outcomes = await Promise.allSettled([
      store.transaction(async (tx) => {
        await writeSetting(tx, tenantId, 'a');
        return 'a';
      }),
      store.transaction(async (tx) => {
        await writeSetting(tx, tenantId, 'b');
        await writeSetting(tx, tenantId, 'b2');
        throw new Error('refused after two writes');
      }),
      store.transaction(async (tx) => {
        await writeSetting(tx, tenantId, 'c');
        return 'c';
      }),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(await settingKeys(store.db, tenantId), ['a', 'c']);
  });

  it('a unique violation in one is that one’s error alone', async () => {
    const tenantId = 900_002;
    await store.transaction((tx) => writeSetting(tx, tenantId, 'taken'));
    const outcomes = await Promise.allSettled([
      store.transaction((tx) => writeSetting(tx, tenantId, 'one')),
      store.transaction((tx) => writeSetting(tx, tenantId, 'taken')),
      store.transaction((tx) => writeSetting(tx, tenantId, 'two')),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(await settingKeys(store.db, tenantId), ['one', 'taken', 'two']);
  });

  const recorder = (tenantId: number) => {
    const events: string[] = [];
    const work = (key: string, before?: Promise<void>) =>
      store
        .transaction(async (tx) => {
          await writeSetting(tx, tenantId, key);
          events.push(`ran ${key}`);
          await before;
        })
        .then(() => events.push(`settled ${key}`));
    return { events, work };
  };

  it('each settles after its commit; on SQLite those arriving in the same turn share one commit', async () => {
    const tenantId = 900_003;
    const { events, work } = recorder(tenantId);
    await Promise.all([work('k0'), work('k1'), work('k2'), work('k3')]);
    assert.deepEqual(await settingKeys(store.db, tenantId), ['k0', 'k1', 'k2', 'k3']);
    for (const key of ['k0', 'k1', 'k2', 'k3'])
      assert.ok(events.indexOf(`ran ${key}`) < events.indexOf(`settled ${key}`));
    // A server database runs them side by side on its pool, each with its own commit.
    if (store.dialect !== 'sqlite') return;
    assert.deepEqual(events, [
      'ran k0',
      'ran k1',
      'ran k2',
      'ran k3',
      'settled k0',
      'settled k1',
      'settled k2',
      'settled k3',
    ]);
  });

  it('on SQLite those arriving while a batch runs share the next commit, after it', async () => {
    const tenantId = 900_004;
    const { events, work } = recorder(tenantId);
    let open = () => {};
    const gate = new Promise<void>((resolve) => (open = resolve));
    const first = work('k0', gate);
    while (!events.includes('ran k0')) await new Promise((resolve) => setImmediate(resolve));
    const later = [work('k1'), work('k2')];
    open();
    await Promise.all([first, ...later]);
    assert.deepEqual(await settingKeys(store.db, tenantId), ['k0', 'k1', 'k2']);
    if (store.dialect !== 'sqlite') return;
    assert.deepEqual(events, ['ran k0', 'settled k0', 'ran k1', 'ran k2', 'settled k1', 'settled k2']);
  });
});
