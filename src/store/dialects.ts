import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  MysqlDialect,
  PostgresDialect,
  PostgresQueryCompiler,
  sql,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type ColumnDefinitionNode,
  type CreateTableNode,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type Dialect,
  type QueryCompiler,
  type SqliteDialectConfig,
  type SqliteDatabase as KyselySqliteDatabase,
  type SqliteStatement,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import type { Pool as MysqlPool } from 'mysql2';
import type pg from 'pg';

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
  /** The driver's own client, for libraries that run their own SQL (see DriverClient). */
  readonly driver: DriverClient;
}

/**
 * The underlying driver client, shared with Kysely. Only for libraries that must speak to the
 * database themselves (the attempt limiter of contract §8.1 uses rate-limiter-flexible's SQL
 * stores); everything else goes through Kysely and the repositories.
 */
export type DriverClient =
  | { readonly dialect: 'sqlite'; readonly database: SqliteDatabase.Database }
  | { readonly dialect: 'postgres'; readonly pool: pg.Pool }
  | { readonly dialect: 'mysql'; readonly pool: MysqlPool; readonly databaseName: string };

/**
 * Told when a pooled connection died while idle (a server restart or failover, an
 * administrator's termination). The pool has already dropped it and opens a new one when needed.
 */
export type ConnectionErrorListener = (error: Error) => void;

/**
 * The PostgreSQL and MySQL drivers load only when their database is used: on SQLite they would
 * add ~7 MB to the server's idle memory (bench/). Both are CommonJS, so require stays synchronous.
 */
const loadDriver = createRequire(import.meta.url);

/** Parses DATABASE_URL and builds the Kysely dialect with its driver and pool. */
export function openDialect(url: string, poolSize: number, onConnectionError: ConnectionErrorListener = () => {}): OpenedDialect {
  if (url.toLowerCase().startsWith('sqlite:')) {
    const path = sqlitePathOf(url);
    if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
    const database = new SqliteDatabase(path);
    // WAL lets readers run beside the writer; busy_timeout waits out another process's write.
    database.pragma('journal_mode = WAL');
    database.pragma('synchronous = NORMAL');
    database.pragma('busy_timeout = 5000');
    database.pragma('foreign_keys = ON');
    return {
      name: 'sqlite',
      dialect: new ImmediateSqliteDialect({ database: withStatementCache(database) }),
      sqlitePath: path,
      plugins: [],
      driver: { dialect: 'sqlite', database },
    };
  }
  if (/^postgres(ql)?:\/\//i.test(url)) {
    const { Pool, types } = loadDriver('pg') as typeof import('pg');
    const pool = new Pool({
      connectionString: url,
      max: poolSize,
      // A database that accepts connections but never answers (a hung server, a black-holed
      // route) must fail the request and /health, not hang them; mysql2 has the same 10 s default.
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      // int8 (count(*), bigint sizes) arrives as text; see parseInt8.
      types: { getTypeParser: (oid: number, format?: string) => (oid === PG_INT8_OID ? parseInt8 : types.getTypeParser(oid, format as 'text')) } as pg.CustomTypesConfig,
    });
    // pg re-emits an idle client's error on the pool; with no listener it would end the process.
    pool.on('error', (error) => onConnectionError(error));
    return {
      name: 'postgres',
      dialect: new PostgresSerialDialect({ pool }),
      sqlitePath: undefined,
      plugins: [],
      driver: { dialect: 'postgres', pool },
    };
  }
  if (/^(mysql|mariadb):\/\//i.test(url)) {
    const { createPool: createMysqlPool } = loadDriver('mysql2') as typeof import('mysql2');
    const pool = createMysqlPool({
      uri: url.replace(/^mariadb:/i, 'mysql:'),
      connectionLimit: poolSize,
      // DATETIME(3) columns hold UTC; the driver must not shift them into the host's zone.
      timezone: 'Z',
      supportBigNumbers: true,
      bigNumberStrings: false,
      charset: 'utf8mb4',
      connectTimeout: CONNECT_TIMEOUT_MS,
    });
    pool.on('connection', (connection) => {
      // Same rules on every server whatever its my.cnf says: strict mode refuses what PostgreSQL
      // refuses instead of truncating or zeroing it, and NOW()/CURRENT_TIMESTAMP are UTC like
      // the DATETIME(3) columns. Queued before the connection's first query; a failure drops the
      // connection so that query fails loudly instead of running under other rules.
      connection.query(MYSQL_SESSION_SETUP, (error: unknown) => {
        if (error) connection.destroy();
      });
    });
    return {
      name: 'mysql',
      dialect: new MysqlDialect({ pool }),
      sqlitePath: undefined,
      plugins: [new MysqlTableDefaults()],
      driver: { dialect: 'mysql', pool, databaseName: decodeURIComponent(new URL(url).pathname.replace(/^\//, '')) },
    };
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
/** How long opening a connection (or waiting for a free one) may take. */
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * int8 as a number when it fits exactly (every count and size we store does: 5 TiB is about
 * 2^42), else the exact text, which fromDbBigInt then refuses rather than round silently.
 */
function parseInt8(text: string): number | string {
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : text;
}

/**
 * STRICT_ALL_TABLES: an over-long or out-of-range value is an error, as on PostgreSQL.
 * NO_ENGINE_SUBSTITUTION: never silently create a non-transactional table.
 */
const MYSQL_SESSION_SETUP =
  "SET SESSION sql_mode = CONCAT_WS(',', @@SESSION.sql_mode, 'STRICT_ALL_TABLES', 'NO_ENGINE_SUBSTITUTION'), time_zone = '+00:00'";

/**
 * Every table on MySQL/MariaDB is InnoDB (transactions, foreign keys, row locks) in utf8mb4 with
 * the binary collation, whatever the database's defaults: names in any script fit (4-byte
 * characters included), and comparisons are exact as on PostgreSQL and SQLite. With a `_ci`
 * collation `settings` keys or e-mails differing only in case would collide on MySQL alone;
 * case-insensitivity is the domain's job (portal names are stored lower-case).
 */
class MysqlTableDefaults implements KyselyPlugin {
  readonly #options = sql`engine = InnoDB default character set utf8mb4 collate utf8mb4_bin`.toOperationNode();

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    const node = args.node;
    if (node.kind !== 'CreateTableNode') return node;
    const table: CreateTableNode = node;
    return { ...table, endModifiers: [...(table.endModifiers ?? []), this.#options] };
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    return Promise.resolve(args.result);
  }
}

/**
 * SQLite transactions start with BEGIN IMMEDIATE: the write lock is taken up front (waiting up
 * to busy_timeout for another process), instead of failing with SQLITE_BUSY when a read turns
 * into a write after another process wrote. SQLite's DDL is transactional, so migrations run in
 * one transaction too: a second process starting at the same moment waits for the first one's
 * migrations and then finds nothing to do, and a crash never leaves half a schema behind.
 */
class ImmediateSqliteDialect extends SqliteDialect {
  readonly #config: SqliteDialectConfig;

  constructor(config: SqliteDialectConfig) {
    super(config);
    this.#config = config;
  }

  override createDriver(): Driver {
    return new ImmediateSqliteDriver(this.#config);
  }

  override createAdapter(): DialectAdapter {
    return new TransactionalDdlSqliteAdapter();
  }
}

/**
 * Kysely's SQLite driver prepares every query afresh; compiling the SQL was the largest single
 * cost of a portal lookup (bench/: ~14% of the server's CPU). Statements are kept per SQL text
 * and reused; one still being iterated (a streamed query) is never handed out twice.
 */
function withStatementCache(database: SqliteDatabase.Database, size = 256): KyselySqliteDatabase {
  const cache = new Map<string, BindableStatement>();
  return {
    close: () => database.close(),
    prepare: (text: string) => {
      const cached = cache.get(text);
      if (cached !== undefined && !cached.busy) {
        // Map order is recency: the least recently used statement is evicted first.
        cache.delete(text);
        cache.set(text, cached);
        return cached;
      }
      const statement = bindableStatement(database.prepare(text));
      cache.set(text, statement);
      if (cache.size > size) cache.delete(cache.keys().next().value as string);
      return statement;
    },
  };
}

type BindableStatement = SqliteStatement & { readonly busy: boolean };

/**
 * better-sqlite3 binds only numbers, strings, bigints, buffers and null: every Date parameter
 * becomes ISO-8601 UTC text (which sorts and compares correctly) and every boolean 1 or 0.
 * Repositories bind Dates and booleans on all three databases and never think about it. Done on
 * the flat parameter list as the statement runs: a plugin rewriting every query's syntax tree
 * cost ~40% of Kysely's build-and-compile time per query (bench/).
 */
function bindableStatement(statement: SqliteDatabase.Statement): BindableStatement {
  const rows = statement.reader ? rowReader(statement) : undefined;
  return {
    get reader() {
      return statement.reader;
    },
    get busy() {
      return statement.busy;
    },
    all: (parameters) => (rows ? rows.all(bindableAll(parameters)) : statement.all(bindableAll(parameters))),
    run: (parameters) => {
      const { changes, lastInsertRowid } = statement.run(bindableAll(parameters));
      return { changes, lastInsertRowid };
    },
    iterate: (parameters) => (rows ? rows.iterate(bindableAll(parameters)) : statement.iterate(bindableAll(parameters))),
  };
}

/**
 * Rows fetched as arrays and made into objects here: better-sqlite3 building each row object
 * through V8's C++ API cost ~3 µs a row, most of a page of 100 portals and of the full list
 * (bench/: ~40% less). Same result: one property per column, the last of a repeated name wins.
 */
function rowReader(statement: SqliteDatabase.Statement) {
  statement.raw(true);
  // columns() is costly (~13 µs): read once, again only if a schema change altered the width.
  let names = statement.columns().map((column) => column.name);
  const toObject = (values: unknown[]): Record<string, unknown> => {
    if (values.length !== names.length) names = statement.columns().map((column) => column.name);
    const row: Record<string, unknown> = {};
    for (let i = 0; i < names.length; i++) row[names[i] as string] = values[i];
    return row;
  };
  return {
    all: (parameters: unknown[]) => (statement.all(parameters) as unknown[][]).map(toObject),
    iterate: function* (parameters: unknown[]) {
      for (const values of statement.iterate(parameters) as IterableIterator<unknown[]>) yield toObject(values);
    },
  };
}

function bindableAll(parameters: ReadonlyArray<unknown>): unknown[] {
  let converted: unknown[] | undefined;
  for (let i = 0; i < parameters.length; i++) {
    const value = parameters[i];
    const bound = bindable(value);
    if (bound !== value) {
      converted ??= [...parameters];
      converted[i] = bound;
    }
  }
  return converted ?? (parameters as unknown[]);
}

class ImmediateSqliteDriver extends SqliteDriver {
  override async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin immediate'));
  }
}

class TransactionalDdlSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}

function bindable(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

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
