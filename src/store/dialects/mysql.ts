import { createRequire } from 'node:module';
import {
  MysqlDialect,
  sql,
  type CreateTableNode,
  type KyselyPlugin,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
} from 'kysely';
import { CONNECT_TIMEOUT_MS, type OpenedDialect } from './opened-dialect.js';

/**
 * The mysql2 driver loads only when MySQL/MariaDB is used: on SQLite it would add to the
 * server's idle memory (bench/). It is CommonJS, so require stays synchronous.
 */
const loadDriver = createRequire(import.meta.url);

/** MySQL or MariaDB (`mysql://` or `mariadb://`) through a mysql2 pool of `poolSize` connections. */
export function openMysql(url: string, poolSize: number): OpenedDialect {
  const { createPool } = loadDriver('mysql2') as typeof import('mysql2');
  const pool = createPool({
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
