import type { Kysely } from 'kysely';
import { columnTypes } from './column-types.js';

/** Stored answers of requests sent with an Idempotency-Key, replayed to a retry of the same request. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  const t = columnTypes(db);
  await db.schema
    .createTable('idempotency_keys')
    // SHA-256 (hex) of the caller and the key: one row per caller and key, whatever their length.
    .addColumn('id', 'char(64)', (c) => c.primaryKey())
    // SHA-256 (hex) of the method, path and parameters: a reused key with other parameters is refused.
    .addColumn('fingerprint', 'char(64)', (c) => c.notNull())
    // 0: the first request is still running; 1: its answer is stored.
    .addColumn('state', 'smallint', (c) => c.notNull())
    // While running: the moment the mark lapses if its request died.
    .addColumn('locked_until', t.timestamp, (c) => c.notNull())
    .addColumn('status_code', 'integer')
    // The answer's body, sealed (it may hold an activation link or a secret).
    .addColumn('body_sealed', t.text)
    .addColumn('expires_at', t.timestamp, (c) => c.notNull())
    .addColumn('created_at', t.timestamp, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('idempotency_keys_expires').on('idempotency_keys').column('expires_at').execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('idempotency_keys').ifExists().execute();
}
