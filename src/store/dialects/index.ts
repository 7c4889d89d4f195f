import { openMysql } from './mysql.js';
import { openPostgres } from './postgres.js';
import { openSqlite } from './sqlite.js';
import type { ConnectionErrorListener, OpenedDialect } from './opened-dialect.js';

/**
 * The three databases, one module each (sqlite.ts, postgres.ts, mysql.ts): drivers and pools,
 * how values travel (values.ts), how errors are reported (errors.ts), and the SQL that differs
 * (features.ts). Nothing outside src/store/ sees which database is in use.
 */

export type { ConnectionErrorListener, DialectName, DriverClient, OpenedDialect } from './opened-dialect.js';
export { CONNECT_TIMEOUT_MS } from './opened-dialect.js';

/** Parses DATABASE_URL and builds the Kysely dialect with its driver and pool. */
export function openDialect(
  url: string,
  poolSize: number,
  onConnectionError: ConnectionErrorListener = () => {},
  options: { readonly preparedStatements: boolean } = { preparedStatements: true },
): OpenedDialect {
  if (url.toLowerCase().startsWith('sqlite:')) return openSqlite(url);
  if (/^postgres(ql)?:\/\//i.test(url))
    return openPostgres(url, poolSize, onConnectionError, options.preparedStatements);
  if (/^(mysql|mariadb):\/\//i.test(url)) return openMysql(url, poolSize);
  throw new Error(`unknown database scheme in DATABASE_URL`);
}
