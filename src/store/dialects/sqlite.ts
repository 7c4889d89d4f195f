import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  CompiledQuery,
  SqliteAdapter,
  SqliteDialect,
  SqliteDriver,
  type DatabaseConnection,
  type DialectAdapter,
  type Driver,
  type SqliteDialectConfig,
  type SqliteDatabase as KyselySqliteDatabase,
  type SqliteStatement,
} from 'kysely';
import type { OpenedDialect } from './opened-dialect.js';

/**
 * SQLite, embedded (better-sqlite3): one connection, WAL, transactions that take the write lock
 * up front, prepared statements kept, and Dates and booleans bound as text and 0/1.
 */
export function openSqlite(url: string): OpenedDialect {
  const path = sqlitePathOf(url);
  if (path !== ':memory:') makePrivate(path);
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

/**
 * The database holds password hashes and live activation links: the directories created for it
 * are 0700 and the file 0600 — created so before SQLite opens it, since SQLite gives its -wal and
 * -shm files the database file's mode. An existing file (and its -wal/-shm) is made 0600 too; a
 * directory that already exists is the operator's and keeps its mode.
 */
function makePrivate(path: string): void {
  mkdirSync(dirname(resolve(path)), { recursive: true, mode: 0o700 });
  closeSync(openSync(path, 'a', 0o600));
  for (const file of [path, `${path}-wal`, `${path}-shm`]) {
    try {
      chmodSync(file, 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
  }
}

function sqlitePathOf(url: string): string {
  const rest = url.slice('sqlite:'.length);
  if (rest === '' || rest === ':memory:') return ':memory:';
  // sqlite:///abs/path and sqlite://./rel both appear in the wild; sqlite:PATH is canonical.
  return rest.startsWith('//') ? rest.slice(2) : rest;
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
    iterate: (parameters) =>
      rows ? rows.iterate(bindableAll(parameters)) : statement.iterate(bindableAll(parameters)),
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
  if (value instanceof Date) return isoText(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value;
}

/**
 * A change binds the same instant several times (a registration's tenant, owner, tariff and audit
 * record all carry its clock reading): the text of the last instant bound is kept and reused.
 * Keyed by the time itself, so another Date of the same instant reuses it and a changed one never
 * does; an invalid Date (NaN equals nothing) still throws as toISOString does.
 */
let lastBoundTime = Number.NaN;
let lastBoundText = '';

function isoText(date: Date): string {
  const time = date.getTime();
  if (time !== lastBoundTime) {
    lastBoundText = date.toISOString();
    lastBoundTime = time;
  }
  return lastBoundText;
}
