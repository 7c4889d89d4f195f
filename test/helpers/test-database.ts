import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A fresh, empty database for one test file, and how to throw it away. */
export interface TestDatabase {
  readonly url: string;
  /** The directory for files the test makes (machine key, SQLite file). */
  readonly dir: string;
  drop(): Promise<void>;
}

/**
 * SQLite in a temporary directory by default. TEST_DATABASE_URL (set by scripts/test.ts for
 * PostgreSQL and MySQL runs) points the same suite at a server database instead.
 */
export async function createTestDatabase(): Promise<TestDatabase> {
  const dir = mkdtempSync(join(tmpdir(), 'hosted-api-test-'));
  const server = process.env.TEST_DATABASE_URL;
  if (server === undefined || server === '') {
    return {
      url: `sqlite:${join(dir, 'hosted.db')}`,
      dir,
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const { createServerDatabase } = await import('./server-database.js');
  const db = await createServerDatabase(server);
  return {
    url: db.url,
    dir,
    drop: async () => {
      await db.drop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
