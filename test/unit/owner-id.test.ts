import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { newOwnerId } from '../../src/domain/owner/owner-id.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('a new owner’s id', () => {
  it('is a version 7 UUID that carries the millisecond it was made', () => {
    const at = Date.parse('2026-12-07T06:30:00.123Z');
    const id = newOwnerId(at);
    assert.match(id, UUID_V7);
    assert.equal(Number.parseInt(id.replaceAll('-', '').slice(0, 12), 16), at);
  });

  it('sorts after every id made in an earlier millisecond, as text and as bytes', () => {
    const ids = [0, 1, 255, 256, 65_536, 2 ** 32, 2 ** 40 + 7].map((step) => newOwnerId(1_700_000_000_000 + step));
    assert.deepEqual([...ids].sort(), ids);
  });

  it('differs from every other id made in the same millisecond', () => {
    const at = Date.parse('2026-12-07T06:30:00.000Z');
    const ids = new Set(Array.from({ length: 2_000 }, () => newOwnerId(at)));
    assert.equal(ids.size, 2_000);
    for (const id of ids) assert.match(id, UUID_V7);
  });
});
