import { createRequire } from 'node:module';
import {
  PostgresDialect,
  PostgresQueryCompiler,
  type ColumnDefinitionNode,
  type PostgresPool,
  type PostgresPoolClient,
  type QueryCompiler,
} from 'kysely';
import type pg from 'pg';
import { CONNECT_TIMEOUT_MS, type ConnectionErrorListener, type OpenedDialect } from './opened-dialect.js';

/**
 * The PostgreSQL driver loads only when PostgreSQL is used: on SQLite it would add to the
 * server's idle memory (bench/). It is CommonJS, so require stays synchronous.
 */
const loadDriver = createRequire(import.meta.url);

/** PostgreSQL through a pg pool of `poolSize` connections. */
export function openPostgres(
  url: string,
  poolSize: number,
  onConnectionError: ConnectionErrorListener,
  preparedStatements = true,
): OpenedDialect {
  const { Pool, types } = loadDriver('pg') as typeof import('pg');
  const pool = new Pool({
    connectionString: url,
    max: poolSize,
    // A database that accepts connections but never answers (a hung server, a black-holed
    // route) must fail the request and /health, not hang them; mysql2 has the same 10 s default.
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    // int8 (count(*), bigint sizes) arrives as text; see parseInt8.
    types: {
      getTypeParser: (oid: number, format?: string) =>
        oid === PG_INT8_OID ? parseInt8 : types.getTypeParser(oid, format as 'text'),
    } as pg.CustomTypesConfig,
  });
  // pg re-emits an idle client's error on the pool; with no listener it would end the process.
  pool.on('error', (error) => onConnectionError(error));
  return {
    name: 'postgres',
    dialect: new PostgresSerialDialect({ pool: preparedStatements ? withNamedStatements(pool) : pool }),
    sqlitePath: undefined,
    plugins: [],
    driver: { dialect: 'postgres', pool },
  };
}

/**
 * How many distinct statements are kept prepared on each connection. The server sends a few
 * dozen distinct statements in its steady state; texts that vary with their input (a list of N
 * names, a batch of N rows) could grow without end, so past this many, statements go unnamed.
 */
const MAX_NAMED_STATEMENTS = 2_000;

/**
 * The pool as Kysely sees it, with each statement sent as a named prepared statement: PostgreSQL
 * parses and analyses a statement once per connection instead of on every execution, and the
 * driver then sends only its parameters. A registration runs the same eight statements every
 * time; parsing them anew was a large share of the database's CPU under load.
 */
function withNamedStatements(pool: pg.Pool): PostgresPool {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    const known = names.get(text);
    if (known !== undefined || names.size >= MAX_NAMED_STATEMENTS) return known;
    const name = `s${names.size + 1}`;
    names.set(text, name);
    return name;
  };
  return {
    connect: async () => {
      const client = await pool.connect();
      return {
        query: ((text: unknown, values?: readonly unknown[]) =>
          typeof text === 'string'
            ? client.query({ text, values: values as unknown[], name: nameOf(text) })
            : client.query(text as pg.Submittable)) as unknown as PostgresPoolClient['query'],
        release: (destroy?: boolean) => client.release(destroy),
      };
    },
    end: () => pool.end(),
  };
}

/**
 * PostgreSQL spells an auto-incrementing key as the `serial` type (migrations/column-types.ts
 * picks it); Kysely would still print MySQL's `auto_increment` keyword after
 * `.autoIncrement()`, which PostgreSQL rejects. Migrations stay dialect-agnostic: the keyword is
 * dropped here.
 */
class PostgresSerialDialect extends PostgresDialect {
  override createQueryCompiler(): QueryCompiler {
    return new PostgresSerialQueryCompiler();
  }
}

class PostgresSerialQueryCompiler extends PostgresQueryCompiler {
  protected override visitColumnDefinition(node: ColumnDefinitionNode): void {
    super.visitColumnDefinition(node.autoIncrement ? { ...node, autoIncrement: false } : node);
  }
}

const PG_INT8_OID = 20;

/**
 * int8 as a number when it fits exactly (every count and size we store does: 5 TiB is about
 * 2^42), else the exact text, which fromDbBigInt then refuses rather than round silently.
 */
function parseInt8(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}
