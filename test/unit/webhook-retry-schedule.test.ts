import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  DEFAULT_WEBHOOK_RETRY_SCHEDULE,
  MAX_RETRY_WAIT_SECONDS,
  nextAttemptDelay,
  parseRetrySchedule,
} from '../../src/domain/webhook/retry-schedule.js';

function schedule(text: string): readonly number[] {
  const parsed = parseRetrySchedule(text);
  assert.ok(parsed.ok, `expected ${JSON.stringify(text)} to parse`);
  return parsed.schedule;
}

function problems(text: string): readonly string[] {
  const parsed = parseRetrySchedule(text);
  assert.ok(!parsed.ok, `expected ${JSON.stringify(text)} to be refused`);
  return parsed.problems;
}

describe('the webhook retry schedule', () => {
  test('the default reads as seven waits in seconds', () => {
    assert.deepEqual(schedule(DEFAULT_WEBHOOK_RETRY_SCHEDULE), [5, 300, 1800, 7200, 18000, 36000, 36000]);
  });

  test('spaces around entries are allowed', () => {
    assert.deepEqual(schedule(' 5 , 60,3600 '), [5, 60, 3600]);
    assert.deepEqual(schedule('10'), [10]);
  });

  test('every bad entry is reported with its position, all at once', () => {
    const found = problems('5,abc,-1,0,1.5,,99999999');
    assert.equal(found.length, 6);
    assert.match(found[0] ?? '', /^entry 2 \("abc"\)/);
    assert.match(found[4] ?? '', /^entry 6 \(""\)/);
    assert.match(found[5] ?? '', /^entry 7 \("99999999"\) must be a whole number of seconds from 1 to 604800$/);
  });

  test('an empty schedule, a too-long wait and too many retries are refused', () => {
    assert.match(problems('')[0] ?? '', /is empty/);
    assert.match(problems('   ')[0] ?? '', /is empty/);
    assert.equal(problems(String(MAX_RETRY_WAIT_SECONDS + 1)).length, 1);
    assert.deepEqual(schedule(String(MAX_RETRY_WAIT_SECONDS)), [MAX_RETRY_WAIT_SECONDS]);
    assert.match(problems(new Array(51).fill('5').join(','))[0] ?? '', /at most 50 retries/);
  });

  test('the first attempt is immediate, then each wait in turn, then none (failed)', () => {
    const waits = schedule(DEFAULT_WEBHOOK_RETRY_SCHEDULE);
    const delays = Array.from({ length: 10 }, (_, attempts) => nextAttemptDelay(attempts, waits));
    assert.deepEqual(delays, [
      0,
      5_000,
      300_000,
      1_800_000,
      7_200_000,
      18_000_000,
      36_000_000,
      36_000_000,
      undefined,
      undefined,
    ]);
  });

  test('a nonsensical attempt count is a programming error', () => {
    assert.throws(() => nextAttemptDelay(-1, [5]), RangeError);
    assert.throws(() => nextAttemptDelay(1.5, [5]), RangeError);
  });
});
