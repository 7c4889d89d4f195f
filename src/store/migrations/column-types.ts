import { MysqlAdapter, PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';

/**
 * Column types that differ between the three databases, chosen from the connection's adapter.
 * Kept beside the migrations (not imported from the app) so migrations stay frozen in time.
 */
export interface ColumnTypes {
  /** Auto-incrementing integer primary key type. */
  readonly serial: RawBuilder<unknown>;
  /** Auto-incrementing 64-bit primary key type, for tables that grow without end (the audit log). */
  readonly bigSerial: RawBuilder<unknown>;
  /** UTC timestamp with millisecond precision. */
  readonly timestamp: RawBuilder<unknown>;
  readonly bigint: RawBuilder<unknown>;
  readonly text: RawBuilder<unknown>;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export function columnTypes(db: Kysely<any>): ColumnTypes {
  const adapter = db.getExecutor().adapter;
  if (adapter instanceof PostgresAdapter) {
    return {
      serial: sql`serial`,
      bigSerial: sql`bigserial`,
      timestamp: sql`timestamptz(3)`,
      bigint: sql`bigint`,
      text: sql`text`,
    };
  }
  if (adapter instanceof MysqlAdapter) {
    // DATETIME, not TIMESTAMP: no session-time-zone conversion and no 2038 limit.
    return {
      serial: sql`integer`,
      bigSerial: sql`bigint`,
      timestamp: sql`datetime(3)`,
      bigint: sql`bigint`,
      text: sql`mediumtext`,
    };
  }
  return { serial: sql`integer`, bigSerial: sql`integer`, timestamp: sql`text`, bigint: sql`integer`, text: sql`text` };
}
