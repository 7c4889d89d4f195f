import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DomainError } from '../../src/domain/errors.js';
import { createPasswordWork } from '../../src/domain/owner/password-work.js';
import { verifyPassword } from '../../src/domain/owner/password.js';

describe('the cap on password hashing', () => {
  it('runs `concurrency` hashes, queues `queue` more and refuses the rest with tooMuchAttempts', async () => {
    let started = 0;
    const work = createPasswordWork({ concurrency: 1, queue: 1 }, () => void started++);
    const outcomes = await Promise.allSettled([
      work.hash('one'),
      work.hash('two'),
      work.hash('three'),
      work.verify('four', 'not-a-hash'),
    ]);
    assert.deepEqual(
      outcomes.map((o) => o.status),
      ['fulfilled', 'fulfilled', 'rejected', 'rejected'],
    );
    for (const outcome of outcomes.slice(2)) {
      assert.ok(outcome.status === 'rejected' && outcome.reason instanceof DomainError);
      assert.equal(outcome.reason.code, 'tooMuchAttempts');
      assert.equal(outcome.reason.details.retryAfterSeconds, 2);
    }
    assert.equal(started, 2, 'refused work never ran');
    // The slots are free again afterwards.
    const hash = await work.hash('again');
    assert.equal(await verifyPassword('again', hash), true);
    assert.equal(started, 3);
  });

  it('a malformed stored hash costs a hash too, and never matches; a decoy costs one', async () => {
    let started = 0;
    const work = createPasswordWork({ concurrency: 2, queue: 4 }, () => void started++);
    assert.equal(await work.verify('secret', 'not-a-hash'), false);
    await work.decoy('secret');
    assert.equal(started, 2);
  });
});
