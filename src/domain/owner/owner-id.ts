import { randomBytesFromPool } from '../random-bytes.js';

/**
 * A new owner's id: a UUID of version 7 (RFC 9562), the millisecond of its creation first and
 * random bits after. Ids made one after another sort one after another, so the users table's
 * primary key grows at its end like a counter instead of writing into a random page of its index
 * for every registration (a version 4 UUID did: more pages per commit, and on MySQL, whose
 * rows live in primary key order, page splits all over the table).
 */
export function newOwnerId(now: number): string {
  const bytes = randomBytesFromPool(16);
  bytes.writeUIntBE(now, 0, 6); // 48 bits of Unix milliseconds
  bytes.writeUInt8(0x70 | (bytes.readUInt8(6) & 0x0f), 6); // version 7
  bytes.writeUInt8(0x80 | (bytes.readUInt8(8) & 0x3f), 8); // variant 10 (RFC 9562)
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
