import assert from 'node:assert/strict';
import { createServer, type Server, type Socket } from 'node:net';
import { after, before, describe, it } from 'node:test';
import { Kysely, sql } from 'kysely';
import { openDialect } from '../../src/store/dialects/index.js';

/**
 * A database server that accepts connections and then says nothing (hung, or behind a route
 * that drops packets) must make queries fail after the connect timeout — so /health answers 503
 * and requests fail — instead of hanging them forever.
 */
describe('a database that never answers', { concurrency: true }, () => {
  let silent: Server;
  let port: number;
  const sockets = new Set<Socket>();

  before(async () => {
    silent = createServer((socket) => {
      sockets.add(socket);
      socket.on('error', () => undefined);
    });
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const address = silent.address();
    port = typeof address === 'object' && address ? address.port : 0;
  });
  after(async () => {
    for (const socket of sockets) socket.destroy();
    await new Promise((resolve) => silent.close(resolve));
  });

  for (const scheme of ['postgres', 'mysql'] as const) {
    it(`fails a ${scheme} query within 15 s instead of hanging`, { timeout: 30_000 }, async () => {
      const opened = openDialect(`${scheme}://user@127.0.0.1:${port}/db`, 2);
      const db = new Kysely<Record<string, never>>({ dialect: opened.dialect });
      const started = Date.now();
      try {
        await assert.rejects(sql`select 1`.execute(db));
        const seconds = (Date.now() - started) / 1000;
        assert.ok(seconds >= 5 && seconds < 15, `failed after ${seconds} s`);
      } finally {
        await db.destroy().catch(() => undefined);
      }
    });
  }
});
