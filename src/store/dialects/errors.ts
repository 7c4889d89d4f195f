/**
 * How each database reports the errors the application reacts to, classified in one place.
 */

/**
 * True when CREATE … IF NOT EXISTS lost a race with another process creating the same object:
 * PostgreSQL checks for the name first and may then fail on its catalog's unique index
 * ("type … already exists", "relation … already exists", or a pg_type duplicate key).
 */
export function isConcurrentCreateConflict(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '42P07' || code === '42710' || code === '23505';
}

/**
 * True when the database aborted the whole transaction to resolve a conflict with another one,
 * so running it again is safe: PostgreSQL's serialization failure (40001, also what CockroachDB
 * and YugabyteDB raise routinely) and deadlock victim (40P01), MySQL's deadlock victim (1213).
 * A MySQL lock-wait timeout (1205) is not one: it has already waited 50 s, and rolls back only
 * the statement.
 */
export function isRetryableConflict(error: unknown): boolean {
  const e = error as { code?: unknown; errno?: unknown } | null;
  if (!e || typeof e !== 'object') return false;
  return e.code === '40001' || e.code === '40P01' || e.code === 'ER_LOCK_DEADLOCK' || e.errno === 1213;
}

/** True when the error is the database refusing a duplicate key. */
export function isUniqueViolation(error: unknown): boolean {
  const e = error as { code?: string; errno?: number } | null;
  if (!e || typeof e !== 'object') return false;
  return (
    e.code === 'SQLITE_CONSTRAINT_UNIQUE' ||
    e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    e.code === '23505' ||
    e.code === 'ER_DUP_ENTRY' ||
    e.errno === 1062 ||
    // ER_DUP_ENTRY_WITH_KEY_NAME: the same refusal as MySQL 5.x words it for some statements.
    e.errno === 1586
  );
}
