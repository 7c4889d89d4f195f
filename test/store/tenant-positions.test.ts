import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from 'kysely';
import { TENANT_STATUSES, type TenantStatus } from '../../src/store/records.js';
import type { TenantFilter } from '../../src/store/repositories/tenant-list.js';
import { BLOCK, keptPositions, nthTenantId } from '../../src/store/repositories/tenant-positions.js';
import { useStore } from '../helpers/suite-store.js';

/**
 * Where a deep `startIndex` page begins: the n-th portal of a list, found from the positions
 * remembered between calls (SQLite and PostgreSQL), must always be the n-th of the list as it is now — after
 * suspensions, removals, a portal moved to another API client, one inserted below others, new
 * portals appended, and changes written by plain SQL that no repository function saw.
 */
describe('the n-th portal of a long list', () => {
  const store = useStore();
  /** What the tenants table holds, as the test wrote it: the oracle. */
  const portals = new Map<number, { status: TenantStatus; clientId: string | null }>();
  const at = new Date('2026-12-07T12:00:00.000Z');

  const row = (id: number, status: TenantStatus, clientId: string | null) => ({
    id,
    alias: `pos${id}`,
    alias_key: `pos${id}`,
    name: `pos${id}`,
    domain: `pos${id}.example.com`,
    status: TENANT_STATUSES.indexOf(status),
    status_reason: null,
    created_at: at,
    status_changed_at: at,
    language: 'en-US',
    time_zone: 'UTC',
    owner_id: `owner-${id}`,
    industry: 0,
    partner_id: null,
    affiliate_id: null,
    campaign: null,
    region: null,
    client_id: clientId,
  });
  const insert = async (id: number, status: TenantStatus, clientId: string | null) => {
    await store.db
      .insertInto('tenants')
      .values(row(id, status, clientId))
      .execute();
    portals.set(id, { status, clientId });
  };
  const setStatus = async (id: number, status: TenantStatus) => {
    // Plain SQL, as another process or the sqlite3 shell would write it.
    await sql`update tenants set status = ${TENANT_STATUSES.indexOf(status)} where id = ${id}`.execute(store.db);
    portals.set(id, { ...(portals.get(id) ?? { clientId: null }), status });
  };

  /** The n-th id of the list by the oracle. */
  const expected = (filter: TenantFilter, n: number): number | undefined => {
    const ids = [...portals.entries()]
      .filter(
        ([, p]) =>
          (filter.statuses === undefined || filter.statuses.includes(p.status)) &&
          (filter.clientId === undefined || p.clientId === filter.clientId),
      )
      .map(([id]) => id)
      .sort((a, b) => a - b);
    return ids[n - 1];
  };
  const lists: ReadonlyArray<{ readonly name: string; readonly filter: TenantFilter }> = [
    { name: 'active', filter: { statuses: ['Active'] } },
    { name: 'every status', filter: { statuses: undefined } },
    { name: 'active of client c1', filter: { statuses: ['Active'], clientId: 'c1' } },
    { name: "the operator's", filter: { statuses: undefined, clientId: null } },
  ];
  /** Depths across the list: the first blocks, block edges, the end, and beyond it. */
  const depths = (): number[] => {
    const size = portals.size;
    return [
      1,
      BLOCK,
      BLOCK + 1,
      2 * BLOCK - 1,
      2 * BLOCK,
      2 * BLOCK + 1,
      3 * BLOCK + 5,
      Math.floor(size * 0.7),
      size - 60,
      size - 1,
      size,
      size + 1,
    ];
  };
  const assertAllLists = async (when: string) => {
    for (const { name, filter } of lists) {
      for (const n of depths()) {
        // Twice: the first call may find and keep positions, the second reads them.
        for (const call of ['first', 'second']) {
          const got = await nthTenantId(store.db, { ...filter, afterId: 0 }, n);
          assert.equal(got, expected(filter, n), `${when}: ${name}, n = ${n} (${call} call)`);
        }
      }
    }
  };
  /** The count of moves the triggers keep (the sum of its stripes on PostgreSQL); none on MySQL. */
  const version = async (): Promise<number | undefined> => {
    if (store.dialect === 'mysql') return undefined;
    const result = await sql<{
      version: number | string;
    }>`select sum(version) as version from tenant_list_version`.execute(store.db);
    return Number(result.rows[0]?.version);
  };

  before(async () => {
    // Ids from 1000 on, every third number left out (1002, 1005, …): room to insert below others.
    const rows = [];
    for (let n = 0; n < 3 * BLOCK + 700; n++) {
      const id = 1000 + Math.floor(n * 1.5);
      const status: TenantStatus = n % 7 === 3 ? 'Suspended' : n % 11 === 5 ? 'RemovePending' : 'Active';
      const clientId = n % 3 === 0 ? 'c1' : n % 3 === 1 ? null : 'c2';
      rows.push(row(id, status, clientId));
      portals.set(id, { status, clientId });
    }
    for (let i = 0; i < rows.length; i += 400)
      await store.db
        .insertInto('tenants')
        .values(rows.slice(i, i + 400))
        .execute();
  });

  it('finds the n-th portal of each list at every depth', async () => {
    await assertAllLists('as written');
  });

  it('keeps the positions it found (not on MySQL), and finds them afresh after a move', async () => {
    const active: TenantFilter = { statuses: ['Active'] };
    await nthTenantId(store.db, { ...active, afterId: 0 }, 3 * BLOCK);
    const kept = keptPositions(store.db, active);
    if (store.dialect === 'mysql') {
      assert.equal(kept, undefined, 'counted from the start, nothing kept');
      return;
    }
    assert.deepEqual(kept, { ids: 2, version: await version() }, 'every BLOCK-th below the page');
    await setStatus(1003, 'Suspended');
    await setStatus(1003, 'Active');
    assert.equal(keptPositions(store.db, active)?.version, ((await version()) ?? 0) - 2, 'kept under the old count');
    assert.equal(
      await nthTenantId(store.db, { ...active, afterId: 0 }, 2 * BLOCK + 1),
      expected(active, 2 * BLOCK + 1),
    );
    assert.deepEqual(keptPositions(store.db, active), { ids: 2, version: await version() }, 'found afresh');
  });

  it('keeps nothing found while a portal moved, and still answers right', async () => {
    const everyStatus: TenantFilter = { statuses: undefined };
    const n = portals.size - 5;
    const before = expected(everyStatus, n);
    const deletion = () => store.db.deleteFrom('tenants').where('id', '=', 1000).execute();
    let db = store.db;
    let got: number | undefined;
    if (store.dialect === 'postgres') {
      // Another instance's deletion commits once the count of moves was read (the first query
      // answered), on a connection of its own, before the blocks are found.
      let deleted = false;
      db = store.db.withPlugin({
        transformQuery: (args) => args.node,
        transformResult: async (args) => {
          if (!deleted) {
            deleted = true;
            await deletion();
          }
          return args.result;
        },
      });
      got = await nthTenantId(db, { ...everyStatus, afterId: 0 }, n);
      assert.ok(deleted);
    } else {
      // SQLite: the write queues behind the count's first query and lands while the blocks are being found.
      [got] = await Promise.all([nthTenantId(db, { ...everyStatus, afterId: 0 }, n), deletion()]);
    }
    portals.delete(1000);
    assert.ok(got === before || got === expected(everyStatus, n), `the n-th before or after the deletion: ${got}`);
    if (store.dialect !== 'mysql') assert.equal(keptPositions(db, everyStatus), undefined, 'nothing kept');
    assert.equal(await nthTenantId(db, { ...everyStatus, afterId: 0 }, n), expected(everyStatus, n));
    // Portals were moving: for a while the list is counted, not searched again to be thrown away.
    if (store.dialect !== 'mysql') assert.equal(keptPositions(db, everyStatus), undefined, 'not searched again');
  });

  it('runs one search for callers asking for one list at once: the others wait for it', async () => {
    const everyStatus: TenantFilter = { statuses: undefined };
    const n = 3 * BLOCK + 5;
    // A handle of its own (nothing kept yet) that counts the statements run that step from kept id
    // to kept id (their SQL skips BLOCK - 1 portals), by the ids of the queries built with it.
    const stepQueries = new Set<unknown>();
    let steps = 0;
    const executor = store.db.getExecutor();
    const db = store.db.withPlugin({
      transformQuery: (args) => {
        if (executor.compileQuery(args.node, args.queryId).sql.includes(`offset ${BLOCK - 1}`))
          stepQueries.add(args.queryId);
        return args.node;
      },
      transformResult: async (args) => {
        if (stepQueries.has(args.queryId)) {
          steps += 1;
          // A slow step: the other callers arrive while the search runs.
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
        return args.result;
      },
    });
    const got = await Promise.all([1, 2, 3, 4].map(() => nthTenantId(db, { ...everyStatus, afterId: 0 }, n)));
    assert.deepEqual(
      got,
      [1, 2, 3, 4].map(() => expected(everyStatus, n)),
    );
    if (store.dialect === 'mysql') return; // MySQL counts: nothing to search.
    // One search for three blocks: three steps on SQLite, one statement of steps on PostgreSQL.
    assert.equal(steps, store.dialect === 'sqlite' ? 3 : 1);
    assert.deepEqual(keptPositions(db, everyStatus), { ids: 3, version: await version() });
  });

  it('finds it again after a portal near the start is suspended and another resumed', async () => {
    const before = await version();
    await setStatus(1003, 'Suspended');
    await setStatus(1015, 'Active');
    if (before !== undefined) assert.equal(await version(), before + 2, 'each move counts');
    await assertAllLists('after suspending and resuming');
  });

  it('finds it again after a portal is deleted', async () => {
    const victim = [...portals.keys()].sort((a, b) => a - b)[BLOCK + 10] as number;
    await store.db.deleteFrom('tenants').where('id', '=', victim).execute();
    portals.delete(victim);
    await assertAllLists('after a deletion');
  });

  it('finds it again after a portal moves to another API client', async () => {
    const moved = [...portals.entries()].find(([id, p]) => id > 1200 && p.clientId === null && p.status === 'Active');
    assert.ok(moved, 'an operator portal to move');
    await store.db.updateTable('tenants').set({ client_id: 'c1' }).where('id', '=', moved[0]).execute();
    portals.set(moved[0], { ...moved[1], clientId: 'c1' });
    await assertAllLists('after a move to another client');
  });

  it('finds it again after a portal is inserted below others', async () => {
    // 1002 was left out: an id below almost every portal.
    assert.equal(portals.has(1002), false);
    await insert(1002, 'Active', 'c1');
    await assertAllLists('after an insert below');
  });

  it('finds it again after a portal below others, written before the positions were found, commits after', async () => {
    // SQLite has one writer: the open transaction would hold the one connection the search needs.
    // PostgreSQL and MySQL hand out ids before their transactions commit, in any order.
    if (store.dialect === 'sqlite') return;
    assert.equal(portals.has(1005), false, '1005 was left out');
    const active: TenantFilter = { statuses: ['Active'] };
    let commit!: () => void;
    const committing = new Promise<void>((resolve) => (commit = resolve));
    let written!: () => void;
    const inserted = new Promise<void>((resolve) => (written = resolve));
    const late = store.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('tenants')
        .values(row(1005, 'Active', null))
        .execute();
      written();
      await committing;
    });
    await inserted;
    const n = 2 * BLOCK + 7;
    assert.equal(await nthTenantId(store.db, { ...active, afterId: 0 }, n), expected(active, n), 'before its commit');
    commit();
    await late;
    portals.set(1005, { status: 'Active', clientId: null });
    assert.equal(await nthTenantId(store.db, { ...active, afterId: 0 }, n), expected(active, n), 'after its commit');
    await assertAllLists('after a late commit below others');
  });

  it('finds it again after portals are appended, without forgetting what it knew', async () => {
    const before = await version();
    const last = Math.max(...portals.keys());
    for (let i = 1; i <= 40; i++)
      await insert(last + i, i % 2 === 0 ? 'Active' : 'Suspended', i % 3 === 0 ? 'c1' : null);
    // On SQLite an append moves no portal; on PostgreSQL ids commit out of order, so any insert counts.
    if (store.dialect === 'sqlite') assert.equal(await version(), before, 'an append moves no portal');
    if (store.dialect === 'postgres') assert.equal(await version(), (before ?? 0) + 40, 'every insert counts');
    await assertAllLists('after appending');
  });

  it('finds it again after a portal near the start gets another id, past the end', async () => {
    const [id, portal] = [...portals.entries()].sort(([a], [b]) => a - b)[3] as [
      number,
      { status: TenantStatus; clientId: string | null },
    ];
    const moved = Math.max(...portals.keys()) + 100;
    await sql`update tenants set id = ${moved} where id = ${id}`.execute(store.db);
    portals.delete(id);
    portals.set(moved, portal);
    await assertAllLists('after a new id');
  });

  it('counts a status written without change as no move', async () => {
    const before = await version();
    const [id, portal] = [...portals.entries()][5] as [number, { status: TenantStatus }];
    await setStatus(id, portal.status);
    if (before !== undefined) assert.equal(await version(), before);
  });

  it('lets two connections (two instances) change statuses at once, neither waiting for the other (PostgreSQL)', async () => {
    // The count is spread over rows, one per stripe of connections. SQLite has one writer, and
    // MySQL keeps no count.
    if (store.dialect !== 'postgres') return;
    const [first, second] = [...portals.entries()].filter(([, p]) => p.status === 'Active').map(([id]) => id);
    assert.ok(first !== undefined && second !== undefined);
    const stripes = Number(
      (await sql<{ n: number | string }>`select count(*) as n from tenant_list_version`.execute(store.db)).rows[0]?.n,
    );
    const pid = async (trx: typeof store.db) =>
      Number((await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(trx)).rows[0]?.pid);
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let changed!: (pid: number) => void;
    const firstChanged = new Promise<number>((resolve) => (changed = resolve));
    const open = store.db.transaction().execute(async (trx) => {
      await sql`update tenants set status = ${TENANT_STATUSES.indexOf('Suspended')} where id = ${first}`.execute(trx);
      changed(await pid(trx));
      await held;
    });
    const firstPid = await firstChanged;
    try {
      const outcome = await store.db.transaction().execute(async (trx) => {
        // Should it wait for the open transaction's row, it fails within a second instead.
        await sql`set local lock_timeout = '1s'`.execute(trx);
        if ((await pid(trx)) % stripes === firstPid % stripes) return 'the same stripe';
        await sql`update tenants set status = ${TENANT_STATUSES.indexOf('Suspended')} where id = ${second}`.execute(
          trx,
        );
        return 'changed';
      });
      // Two connections share a stripe once in `stripes` pairs: then nothing was tried.
      if (outcome !== 'the same stripe') {
        assert.equal(outcome, 'changed');
        portals.set(second, { ...(portals.get(second) ?? { clientId: null }), status: 'Suspended' });
      }
    } finally {
      release();
      await open;
    }
    portals.set(first, { ...(portals.get(first) ?? { clientId: null }), status: 'Suspended' });
    await assertAllLists('after two changes at once');
  });

  it('pages after an id (keyset) and with other filters as before, counted from the start', async () => {
    const filter: TenantFilter = { statuses: ['Active'] };
    const after = 2000;
    const got = await nthTenantId(store.db, { ...filter, afterId: after }, BLOCK + 3);
    const ids = [...portals.entries()]
      .filter(([id, p]) => id > after && p.status === 'Active')
      .map(([id]) => id)
      .sort((a, b) => a - b);
    assert.equal(got, ids[BLOCK + 2]);
    const named = await nthTenantId(store.db, { statuses: undefined, alias: 'pos1003', afterId: 0 }, 1);
    assert.equal(named, 1003);
  });
});
