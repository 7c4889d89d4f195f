import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  DummyDriver,
  Kysely,
  MysqlAdapter,
  MysqlIntrospector,
  MysqlQueryCompiler,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Dialect,
} from 'kysely';
import { withIndexOnMysql } from '../../src/store/dialects/index-hint.js';
import type { Database } from '../../src/store/tables/index.js';

/** A Kysely that compiles for a dialect without a database (the SQL is what is checked). */
function compilerFor(kind: 'mysql' | 'postgres'): Kysely<Database> {
  const dialect: Dialect =
    kind === 'mysql'
      ? {
          createAdapter: () => new MysqlAdapter(),
          createDriver: () => new DummyDriver(),
          createIntrospector: (db) => new MysqlIntrospector(db),
          createQueryCompiler: () => new MysqlQueryCompiler(),
        }
      : {
          createAdapter: () => new PostgresAdapter(),
          createDriver: () => new DummyDriver(),
          createIntrospector: (db) => new PostgresIntrospector(db),
          createQueryCompiler: () => new PostgresQueryCompiler(),
        };
  return new Kysely<Database>({ dialect });
}

const page = (db: Kysely<Database>, index: string | undefined) =>
  withIndexOnMysql(
    db.selectFrom('audit_log').select(['id', 'action']).where('actor_id', '=', 'bench').where('id', '<', 500),
    db,
    'audit_log',
    index,
  )
    .orderBy('id', 'desc')
    .limit(101)
    .compile();

describe('reading a table by a named index', () => {
  it('tells MySQL/MariaDB the index, keeping the filters, order and values', () => {
    const compiled = page(compilerFor('mysql'), 'audit_log_actor_id');
    assert.equal(
      compiled.sql,
      'select `id`, `action` from `audit_log` force index (`audit_log_actor_id`) where `actor_id` = ? and `id` < ? order by `id` desc limit ?',
    );
    assert.deepEqual(compiled.parameters, ['bench', 500, 101]);
  });

  it('leaves the query alone without an index, and on the other databases', () => {
    assert.doesNotMatch(page(compilerFor('mysql'), undefined).sql, /force index/);
    assert.equal(
      page(compilerFor('postgres'), 'audit_log_actor_id').sql,
      'select "id", "action" from "audit_log" where "actor_id" = $1 and "id" < $2 order by "id" desc limit $3',
    );
  });
});
