/**
 * Values as the drivers hand them back, made the same on every database: SQLite returns ISO text
 * for timestamps and 0/1 for booleans, PostgreSQL int8 as text when it is beyond 2^53, MySQL
 * TINYINT(1) for booleans. Repositories map rows through these.
 */

/** A timestamp from any driver as a Date (millisecond precision, UTC). */
export function fromDbTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A 64-bit integer from any driver as a number; throws rather than round one beyond 2^53. */
export function fromDbBigInt(value: number | string | bigint): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isSafeInteger(number)) throw new RangeError(`database integer ${String(value)} is beyond 2^53`);
  return number;
}

/** A boolean from any driver: PostgreSQL's true/false, MySQL's TINYINT(1) and SQLite's 0/1. */
export function fromDbBoolean(value: boolean | number | string | bigint): boolean {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'string') {
    // PostgreSQL's text form, when a boolean reaches us untyped.
    const text = value.trim().toLowerCase();
    if (text === 't' || text === 'true') return true;
    if (text === 'f' || text === 'false') return false;
  }
  const number = Number(value);
  if (Number.isNaN(number)) throw new TypeError(`not a database boolean: ${String(value)}`);
  return number !== 0;
}
