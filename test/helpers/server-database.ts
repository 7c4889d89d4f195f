import { randomBytes } from 'node:crypto';

/**
 * Creates a uniquely named database on a PostgreSQL or MySQL server (so test files never see
 * each other's rows) and drops it afterwards. A MySQL database is made with the defaults of an
 * old server, latin1 and a case-insensitive collation: whatever the server builds in it (tables,
 * stored procedures) must name utf8mb4 and its binary collation itself to pass.
 */
export async function createServerDatabase(serverUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `hosted_test_${randomBytes(6).toString('hex')}`;
  const url = new URL(serverUrl);
  if (url.protocol.startsWith('postgres')) {
    const pg = (await import('pg')).default;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const target = new URL(serverUrl);
    target.pathname = `/${name}`;
    return {
      url: target.toString(),
      drop: async () => {
        const c = new pg.Client({ connectionString: serverUrl });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const mysql = await import('mysql2/promise');
  const admin = await mysql.createConnection({ uri: serverUrl.replace(/^mariadb:/, 'mysql:') });
  await admin.query(`CREATE DATABASE ${name} CHARACTER SET latin1 COLLATE latin1_swedish_ci`);
  await admin.end();
  const target = new URL(serverUrl);
  target.pathname = `/${name}`;
  return {
    url: target.toString(),
    drop: async () => {
      const c = await mysql.createConnection({ uri: serverUrl.replace(/^mariadb:/, 'mysql:') });
      await c.query(`DROP DATABASE IF EXISTS ${name}`);
      await c.end();
    },
  };
}
