import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DialectName } from '../src/store/dialects/index.js';

/** A database made for one benchmark phase, and how to throw it away. */
export interface BenchDatabase {
  readonly dialect: DialectName;
  readonly url: string;
  /** The server's DATA_DIR (and the SQLite file's directory). */
  readonly dataDir: string;
  drop(): Promise<void>;
}

/** A fresh SQLite file in a temporary directory. */
export function createSqliteDatabase(): BenchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'hosted-bench-'));
  return {
    dialect: 'sqlite',
    url: `sqlite:${join(dir, 'bench.db')}`,
    dataDir: dir,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** An existing SQLite file (from --seed-only) used in place; never dropped. */
export function existingSqliteDatabase(file: string): BenchDatabase {
  const dir = mkdtempSync(join(tmpdir(), 'hosted-bench-data-'));
  return {
    dialect: 'sqlite',
    url: `sqlite:${file}`,
    dataDir: dir,
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

/**
 * A fresh, uniquely named database on a PostgreSQL or MySQL/MariaDB server: the run never sees
 * rows of another run, and the database is dropped afterwards.
 */
export async function createServerDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `hosted_bench_${randomBytes(5).toString('hex')}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'hosted-bench-data-'));
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  if (/^postgres(ql)?:$/i.test(target.protocol)) {
    const pg = (await import('pg')).default;
    const adminQuery = async (text: string) => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      try {
        await client.query(text);
      } finally {
        await client.end();
      }
    };
    // The name is ours (hex), never user input: safe to put in DDL, which takes no parameters.
    await adminQuery(`CREATE DATABASE ${name}`);
    return {
      dialect: 'postgres',
      url: target.toString(),
      dataDir,
      drop: async () => {
        await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  }
  const mysql = await import('mysql2/promise');
  const adminUri = serverUrl.replace(/^mariadb:/i, 'mysql:');
  const adminQuery = async (text: string) => {
    const connection = await mysql.createConnection({ uri: adminUri });
    try {
      await connection.query(text);
    } finally {
      await connection.end();
    }
  };
  await adminQuery(`CREATE DATABASE ${name} CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`);
  return {
    dialect: 'mysql',
    url: target.toString().replace(/^mariadb:/i, 'mysql:'),
    dataDir,
    drop: async () => {
      await adminQuery(`DROP DATABASE IF EXISTS ${name}`);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
