import { MysqlAdapter, sql, type Kysely } from 'kysely';

/**
 * The sender claims each endpoint's due deliveries from an index of that endpoint's waiting ones
 * in the order they fall due, instead of ranking every waiting delivery of every endpoint on each
 * claim: a claim reads what it takes, however long the backlogs behind it. A claimed delivery is
 * not due again before its lease runs out (its next attempt is moved to the lease's end), so an
 * endpoint's deliveries in flight are the few just past now in the same index. The index of all
 * waiting deliveries by due time served only the old claim and goes (SQLite, PostgreSQL); MySQL
 * keeps it for its counts by status, having no partial index for them.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function up(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof MysqlAdapter) {
    await db.schema.dropIndex('webhook_deliveries_endpoint_status').on('webhook_deliveries').execute();
    await db.schema
      .createIndex('webhook_deliveries_endpoint_due')
      .on('webhook_deliveries')
      .columns(['webhook_id', 'status', 'next_attempt_at'])
      .execute();
    return;
  }
  await db.schema.dropIndex('webhook_deliveries_endpoint_status').execute();
  await db.schema.dropIndex('webhook_deliveries_due').execute();
  await db.schema
    .createIndex('webhook_deliveries_endpoint_due')
    .on('webhook_deliveries')
    .columns(['webhook_id', 'next_attempt_at', 'id'])
    .where(sql.ref('status'), '=', sql.lit(0))
    .execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations are untyped by design
export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof MysqlAdapter) {
    await db.schema.dropIndex('webhook_deliveries_endpoint_due').on('webhook_deliveries').execute();
    await db.schema
      .createIndex('webhook_deliveries_endpoint_status')
      .on('webhook_deliveries')
      .columns(['webhook_id', 'status'])
      .execute();
    return;
  }
  await db.schema.dropIndex('webhook_deliveries_endpoint_due').execute();
  for (const [name, column] of [
    ['webhook_deliveries_endpoint_status', 'webhook_id'],
    ['webhook_deliveries_due', 'next_attempt_at'],
  ] as const)
    await db.schema
      .createIndex(name)
      .on('webhook_deliveries')
      .column(column)
      .where(sql.ref('status'), '=', sql.lit(0))
      .execute();
}
