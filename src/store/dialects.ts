import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  MysqlDialect,
  OperationNodeTransformer,
  PostgresDialect,
  SqliteDialect,
  type Dialect,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type PrimitiveValueListNode,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type ValueNode,
} from 'kysely';
import { createPool as createMysqlPool } from 'mysql2';
import pg from 'pg';

/**
 * Every difference between SQLite, PostgreSQL and MySQL/MariaDB lives here (design §9):
 * drivers and pools, how timestamps and big integers travel, RETURNING, and how each database
 * reports a unique-constraint violation.
 */

export type DialectName = 'sqlite' | 'postgres' | 'mysql';

export interface OpenedDialect {
  readonly name: DialectName;
  readonly dialect: Dialect;
  /** The SQLite file, or undefined for a server database. */
  readonly sqlitePath: string | undefined;
  readonly plugins: KyselyPlugin[];
}

/** Parses DATABASE_URL and builds the Kysely dialect with its driver and pool. */
export function openDialect(url: string, poolSize: number): OpenedDialect {
  if (url.toLowerCase().startsWith('sqlite:')) {
    const path = sqlitePathOf(url);
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    const database = new SqliteDatabase(path);
    // WAL lets readers run beside the writer; busy_timeout waits out another process's write.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    return { name: 'sqlite', dialect: new SqliteDialect({ database }), sqlitePath: path, plugins: [new SqliteDatesAsText()] };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const pool = new pg.Pool({
      connectionString: url,
      max: poolSize,
      // int8 (count(*), bigint sizes) as numbers: every value we store is below 2^53.
      types: { getTypeParser: (oid: number, format?: string) => (oid === 20 ? Number : pg.types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig,
    });
    return { name: 'postgres', dialect: new PostgresDialect({ pool }), sqlitePath: undefined, plugins: [] };
  }
  if (/^(mysql|mariadb):\/\//i.test(url)) {
    const pool = createMysqlPool({
      uri: url.replace(/^mariadb:/i, 'mysql:'),
      connectionLimit: poolSize,
      // DATETIME(3) columns hold UTC; the driver must not shift them into the host's zone.
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      charset: 'utf8mb4',
    });
    return { name: 'mysql', dialect: new MysqlDialect({ pool }), sqlitePath: undefined, plugins: [] };
  }
  throw new Error(`unknown database scheme in DATABASE_URL`);
}

function sqlitePathOf(url: string): string {
  const rest = url.slice('sqlite:'.length);
  if (rest === '' || rest === ':memory:') return ':memory:';
  // sqlite:///abs/path and sqlite://./rel both appear in the wild; sqlite:PATH is canonical.
  return rest.startsWith('//') ? rest.slice(2) : rest;
}

/**
 * SQLite has no timestamp type and better-sqlite3 cannot bind a Date: every Date parameter
 * becomes ISO-8601 UTC text, which sorts and compares correctly. Repositories bind Dates on all
 * three databases and never think about it.
 */
class SqliteDatesAsText implements KyselyPlugin {
  readonly #transformer = new (class extends OperationNodeTransformer {
    protected override transformValue(node: ValueNode): ValueNode {
      return node.value instanceof Date ? { ...node, value: node.value.toISOString() } : node;
    }
    protected override transformPrimitiveValueList(node: PrimitiveValueListNode): PrimitiveValueListNode {
      return { ...node, values: node.values.map((v) => (v instanceof Date ? v.toISOString() : v)) };
    }
  })();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    return this.#transformer.transformNode(args.node);
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

/** A timestamp from any driver as a Date (millisecond precision, UTC). */
export function fromDbTime(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** A 64-bit integer from any driver as a number. */
export function fromDbBigInt(value: number | string | bigint): number {
  return typeof value === 'number' ? value : Number(value);
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
    e.errno === 1062
  );
}
