import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Transaction } from 'kysely';
import type { Database } from '../../src/store/tables/index.js';
import { writtenTogether } from '../../src/webhook-delivery/written-together.js';
import { settingKeys, writeSetting } from '../helpers/setting-rows.js';
import { useStore } from '../helpers/suite-store.js';

/**
 * The webhook sender records the outcomes of its attempts through writtenTogether: those that
 * come due in the same turn share one transaction, and every one of them is still written.
 */
describe('writes recorded together', () => {
  const store = useStore();

  /** The store, counting the transactions it is asked for. */
  const counted = () => {
    const counter = {
      transactions: 0,
      transaction: <T>(work: (tx: Transaction<Database>) => Promise<T>) => {
        counter.transactions++;
        return store.transaction(work);
      },
    };
    return counter;
  };

  it('writes recorded in the same turn share one transaction; each gets its own result', async () => {
    const tenantId = 910_001;
    const counter = counted();
    const outcomes = writtenTogether(counter);
    const results = await Promise.all(
      ['a', 'b', 'c', 'd'].map((key) =>
        outcomes.record(async (tx) => {
          await writeSetting(tx, tenantId, key);
          return key.toUpperCase();
        }),
      ),
    );
    assert.deepEqual(results, ['A', 'B', 'C', 'D']);
    assert.equal(counter.transactions, 1);
    assert.deepEqual(await settingKeys(store.db, tenantId), ['a', 'b', 'c', 'd']);
  });

  it('a write that fails fails alone: the others are written all the same', async () => {
    const tenantId = 910_002;
    const outcomes = writtenTogether(store);
    const settled = await Promise.allSettled([
      outcomes.record((tx) => writeSetting(tx, tenantId, 'a')),
      outcomes.record(async (tx) => {
        await writeSetting(tx, tenantId, 'b');
        throw new Error('refused after its write');
      }),
      outcomes.record((tx) => writeSetting(tx, tenantId, 'c')),
    ]);
    assert.deepEqual(
      settled.map((s) => s.status),
      ['fulfilled', 'rejected', 'fulfilled'],
    );
    assert.deepEqual(await settingKeys(store.db, tenantId), ['a', 'c']);
  });

  it('writes recorded in later turns get transactions of their own', async () => {
    const tenantId = 910_003;
    const counter = counted();
    const outcomes = writtenTogether(counter);
    await outcomes.record((tx) => writeSetting(tx, tenantId, 'a'));
    await outcomes.record((tx) => writeSetting(tx, tenantId, 'b'));
    assert.equal(counter.transactions, 2);
    assert.deepEqual(await settingKeys(store.db, tenantId), ['a', 'b']);
  });
});
