import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { insertAudit, listAudit } from '../../src/store/repositories/audit.js';
import { useStore } from '../helpers/suite-store.js';

/**
 * An audit page bounded by time (from / to) holds exactly the records written in that time,
 * however unevenly they were written: bursts in one millisecond, quiet hours, and records of
 * two instances a little out of order. The bounds are found by searching the ids (there is no
 * index on the time), so the log's shape must not change the answer.
 */
describe('audit records between two times', () => {
  const store = useStore();
  const start = Date.parse('2026-12-01T00:00:00.000Z');
  const written: number[] = [];

  it('writes an uneven log', async () => {
    // Bursts of records in the same millisecond, gaps of hours, a steady stream, and a few
    // records written up to 30 s out of order (two instances committing together).
    let t = start;
    const times: number[] = [];
    for (let i = 0; i < 60; i++) times.push(t); // one burst
    for (let i = 0; i < 300; i++) times.push((t += 1_000));
    t += 6 * 3_600_000; // a quiet night
    for (let i = 0; i < 200; i++) times.push((t += 17));
    for (let i = 0; i < 5; i++) times.push(t - 30_000 + i); // late writers
    t += 3_600_000;
    for (let i = 0; i < 40; i++) times.push(t); // another burst
    // Further apart than the 60 s the bounds are widened by: each record is the first of its own window.
    for (let i = 0; i < 100; i++) times.push((t += 120_000));
    await store.transaction(async (tx) => {
      for (const at of times)
        await insertAudit(tx, {
          at: new Date(at),
          action: 'portal.status',
          actorType: 'system',
          actorId: null,
          actorIp: null,
          tenantId: null,
          portalName: null,
          clientId: null,
          requestId: null,
          changes: '{}',
        });
    });
    written.push(...times);
  });

  it('answers every window with exactly the records written in it', async () => {
    assert.ok(written.length > 0);
    const first = written[0] as number;
    const last = Math.max(...written);
    const windows: Array<readonly [number, number]> = [
      [first, first],
      [first - 1, first + 5_000],
      [first + 150_500, first + 200_000],
      [last - 3_600_000 - 200 * 17, last - 3_600_000],
      [first + 301_000, first + 6 * 3_600_000 + 300_000],
      [last, last],
      [last + 1, last + 10_000],
      [first - 10_000, first - 1],
      [first, last],
      ...Array.from({ length: 25 }, (_, i) => {
        const at = last - i * 4 * 120_000;
        return [at, at] as const;
      }),
    ];
    for (const [from, to] of windows) {
      const expected = written.filter((at) => at >= from && at <= to).length;
      let found = 0;
      let beforeId: number | undefined;
      for (;;) {
        const page = await listAudit(store.db, { from: new Date(from), to: new Date(to) }, { beforeId, limit: 500 });
        for (const row of page.rows) {
          assert.ok(row.at.getTime() >= from && row.at.getTime() <= to, 'a record outside the window');
        }
        found += page.rows.length;
        if (page.nextBeforeId === undefined) break;
        beforeId = page.nextBeforeId;
      }
      assert.equal(
        found,
        expected,
        `records between ${new Date(from).toISOString()} and ${new Date(to).toISOString()}`,
      );
    }
  });
});
