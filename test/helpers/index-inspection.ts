import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../../src/store/tables/index.js';

/**
 * What a test database says of its indexes and of how it would run a query: the same questions
 * asked in each database's own words.
 */

/** The database the tests run on: 'sqlite', 'postgres', 'mysql' or 'mariadb' (TEST_DATABASE_URL's scheme). */
export function testDialect(): string {
  return process.env.TEST_DATABASE_URL ? new URL(process.env.TEST_DATABASE_URL).protocol.replace(':', '') : 'sqlite';
}

/** Whether the database can index only some rows (SQLite and PostgreSQL; MySQL cannot). */
export function hasPartialIndexes(dialect: string): boolean {
  return dialect !== 'mysql' && dialect !== 'mariadb';
}

/** Each index's definition as the database states it, lower-case (MySQL: the name alone, with ''). */
export async function indexDefinitions(db: Kysely<Database>, dialect: string): Promise<Map<string, string>> {
  if (dialect === 'sqlite') {
    const { rows } = await sql<{ name: string; sql: string }>`
      select name, sql from sqlite_master where type = 'index' and sql is not null`.execute(db);
    return new Map(rows.map((row) => [row.name, row.sql.toLowerCase()]));
  }
  if (dialect.startsWith('postgres')) {
    const { rows } = await sql<{ indexname: string; indexdef: string }>`
      select indexname, indexdef from pg_indexes where schemaname = current_schema()`.execute(db);
    return new Map(rows.map((row) => [row.indexname, row.indexdef.toLowerCase()]));
  }
  const { rows } = await sql<{ name: string }>`
    select distinct index_name as name from information_schema.statistics where table_schema = database()`.execute(db);
  return new Map(rows.map((row) => [row.name, '']));
}

/**
 * The plan of each query as text (SQLite names the index in its plan's detail, PostgreSQL in its
 * plan lines, MySQL in its keys), on one connection: PostgreSQL is told to avoid sequential scans
 * (a test's tables are nearly empty, where a scan is always cheapest) for that session only.
 */
export async function queryPlans(
  db: Kysely<Database>,
  dialect: string,
  queries: readonly RawBuilder<unknown>[],
): Promise<string[]> {
  return db.connection().execute(async (connection) => {
    if (dialect.startsWith('postgres')) await sql`set enable_seqscan = off`.execute(connection);
    const found: string[] = [];
    for (const query of queries) {
      const explain = dialect === 'sqlite' ? sql`explain query plan ${query}` : sql`explain ${query}`;
      const { rows } = await sql<Record<string, unknown>>`${explain}`.execute(connection);
      found.push(JSON.stringify(rows));
    }
    if (dialect.startsWith('postgres')) await sql`reset enable_seqscan`.execute(connection);
    return found;
  });
}
