import assert from 'node:assert/strict';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServerDatabase } from '../helpers/server-database.js';
import type { TestDatabase } from '../helpers/test-database.js';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The server and a PostgreSQL/MySQL database that restarts or hangs (README "Several instances",
 * and /health). The server reaches the database through a TCP relay the test can cut
 * (a restart: every connection dropped) or freeze (a hang: connections open, nothing answers).
 * Runs on each server whose URL is given (TEST_POSTGRES_URL, TEST_MYSQL_URL).
 */

const SERVERS = [
  { title: 'PostgreSQL', variable: 'TEST_POSTGRES_URL', url: process.env.TEST_POSTGRES_URL?.trim() || undefined },
  { title: 'MySQL/MariaDB', variable: 'TEST_MYSQL_URL', url: process.env.TEST_MYSQL_URL?.trim() || undefined },
];

interface Relay {
  readonly port: number;
  /** Drops every relayed connection, as a database restart does. */
  cut(): void;
  /** Stops relaying bytes: connections stay open and nothing answers. */
  freeze(): void;
  thaw(): void;
  close(): Promise<void>;
}

async function startRelay(target: URL, defaultPort: number): Promise<Relay> {
  const pairs = new Set<[Socket, Socket]>();
  let frozen = false;
  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || defaultPort), target.hostname);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    for (const socket of pair) {
      socket.on('error', () => undefined);
      socket.on('close', () => {
        pairs.delete(pair);
        client.destroy();
        upstream.destroy();
      });
    }
    client.pipe(upstream).pipe(client);
    if (frozen) for (const socket of pair) socket.pause();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    port,
    cut: () => {
      for (const pair of pairs) for (const socket of pair) socket.destroy();
    },
    freeze: () => {
      frozen = true;
      for (const pair of pairs) for (const socket of pair) socket.pause();
    },
    thaw: () => {
      frozen = false;
      for (const pair of pairs) for (const socket of pair) socket.resume();
    },
    close: async () => {
      for (const pair of pairs) for (const socket of pair) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

async function health(server: TestServer): Promise<{ status: number; seconds: number }> {
  const started = Date.now();
  const res = await fetch(`${server.baseUrl}/health`);
  await res.text();
  return { status: res.status, seconds: (Date.now() - started) / 1000 };
}

for (const target of SERVERS) {
  const skip = target.url === undefined ? `${target.variable} is not set: needs a ${target.title} server` : false;
  if (skip) process.stdout.write(`database-outage: skipped: ${skip}\n`);

  describe(`the server when its ${target.title} database restarts or hangs`, { skip }, () => {
    let relay: Relay;
    let server: TestServer;
    let database: TestDatabase;
    let dropServerDatabase: () => Promise<void>;

    before(async () => {
      assert.ok(target.url);
      const created = await createServerDatabase(target.url);
      dropServerDatabase = created.drop;
      const direct = new URL(created.url);
      relay = await startRelay(direct, direct.protocol.startsWith('postgres') ? 5432 : 3306);
      const relayed = new URL(created.url);
      relayed.hostname = '127.0.0.1';
      relayed.port = String(relay.port);
      // The relayed server database, and a scratch directory for the machine key.
      const dir = mkdtempSync(join(tmpdir(), 'hosted-api-outage-'));
      database = { url: relayed.toString(), dir, drop: async () => rmSync(dir, { recursive: true, force: true }) };
      server = await startTestServer({ database });
    });
    after(async () => {
      relay.thaw();
      await server?.close();
      await relay?.close();
      await database?.drop();
      await dropServerDatabase?.();
    });

    it('keeps running when every database connection is dropped, and serves again at once', async () => {
      assert.equal((await health(server)).status, 200);
      assert.equal((await server.call('POST', 'portal/register', { auth: true, json: registration() })).status, 201);
      // Idle pooled connections die under the server: it must neither crash nor keep them.
      relay.cut();
      await new Promise((resolve) => setTimeout(resolve, 200));
      assert.equal((await health(server)).status, 200);
      assert.equal((await server.call('POST', 'portal/register', { auth: true, json: registration() })).status, 201);
    });

    it('answers /health 503 within seconds while the database hangs, and 200 once it is back', async () => {
      relay.freeze();
      const hung = await health(server);
      assert.equal(hung.status, 503);
      assert.ok(hung.seconds < 12, `/health took ${hung.seconds} s`);
      relay.thaw();
      const deadline = Date.now() + 20_000;
      let status = 0;
      while (Date.now() < deadline && status !== 200) {
        status = (await health(server)).status;
        if (status !== 200) await new Promise((resolve) => setTimeout(resolve, 250));
      }
      assert.equal(status, 200);
    });
  });
}
