import { randomFillSync } from 'node:crypto';

/**
 * Fresh random bytes for ids, drawn from the system 4 KiB at a time (as crypto.randomUUID does):
 * asking it for 16 bytes per id was 2 % of a registration's CPU. Each byte serves once; the
 * answer is a copy, so the caller may keep or change it.
 */
export function randomBytesFromPool(length: number): Buffer {
  if (length > POOL_BYTES) throw new RangeError(`at most ${POOL_BYTES} random bytes at a time`);
  if (offset + length > POOL_BYTES) {
    randomFillSync(pool);
    offset = 0;
  }
  const bytes = Buffer.from(pool.subarray(offset, offset + length));
  offset += length;
  return bytes;
}

const POOL_BYTES = 4096;
const pool = Buffer.alloc(POOL_BYTES);
let offset = POOL_BYTES;
