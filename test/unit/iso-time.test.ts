import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isoTime } from '../../src/wire/iso-time.js';

/** Asserts isoTime writes what toISOString writes (or throws what it throws) at `time`. */
function same(time: number): void {
  const date = new Date(time);
  let expected: string;
  try {
    expected = date.toISOString();
  } catch (error) {
    assert.throws(
      () => isoTime(date),
      (thrown: unknown) => thrown instanceof RangeError && error instanceof RangeError,
    );
    return;
  }
  assert.equal(isoTime(date), expected, `at ${time}`);
}

describe('isoTime', () => {
  it('writes what toISOString writes at the edges of days, months and leap years, 1970 to 9999', () => {
    for (let year = 1970; year <= 9999; year += year < 2200 ? 1 : 7) {
      for (const [month, day] of [
        [0, 1],
        [1, 28],
        [1, 29],
        [2, 1],
        [11, 31],
      ] as const) {
        const start = Date.UTC(year, month, day);
        for (const time of [start - 1, start, start + 1, start + 999, start + 86_399_999]) same(time);
      }
    }
  });

  it('writes what toISOString writes at random moments', () => {
    const end = Date.UTC(10_000, 0, 1);
    for (let i = 0; i < 100_000; i++) same(Math.floor(Math.random() * end));
  });

  it('leaves dates outside 1970–9999 and invalid ones to toISOString', () => {
    for (const time of [-1, -62_198_755_200_000, Date.UTC(10_000, 0, 1), 8.64e15, -8.64e15, Number.NaN]) same(time);
  });
});
