import assert from 'node:assert/strict';
import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, it } from 'node:test';
import { CURRENT_COST } from '../../src/domain/owner/password.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * Shutting down while a request runs whose caller already hung up: closing the HTTP server has
 * no connection left to wait for, yet the handler is still working. The database must stay open
 * until it has finished, so its change is committed, not cut off half-way.
 */
describe('shutting down', () => {
  it('lets a registration whose caller hung up finish before the database closes', async () => {
    let hashStarted = (): void => undefined;
    const started = new Promise<void>((resolve) => (hashStarted = resolve));
    // The real cost, so the hash is still running when the shutdown starts.
    const server = await startTestServer({
      overrides: { onPasswordHash: () => hashStarted(), passwordCost: CURRENT_COST },
    });
    let stopped = false;
    let again: TestServer | undefined;
    try {
      const { hostname, port } = new URL(server.baseUrl);
      const body = JSON.stringify({
        portalName: 'hungup',
        firstName: 'Ann',
        lastName: 'Lee',
        email: 'ann@example.com',
        password: 'Hung-up-pass-1',
      });
      const socket = connect(Number(port), hostname);
      await once(socket, 'connect');
      socket.write(
        `POST /api/portal/register HTTP/1.1\r\nHost: ${hostname}:${port}\r\nAuthorization: ${server.token()}\r\n` +
          `Content-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
      );
      // The password is being hashed (~50 ms): the caller gives up and the server is told to stop.
      await started;
      socket.destroy();
      await server.close();
      stopped = true;

      again = await startTestServer({ database: server.database });
      const res = await again.call('GET', 'portal/get', { auth: true, query: { portalName: 'hungup' } });
      assert.equal(res.status, 200);
      assert.deepEqual(
        (res.body as { tenants: Array<{ portalName: string }> }).tenants.map((t) => t.portalName),
        ['hungup'],
        'the registration was committed before the database closed',
      );
    } finally {
      if (!stopped) await server.close();
      if (again !== undefined) await again.close({ drop: true });
      else await server.database.drop();
    }
  });

  it('does not wait beyond its grace period for a connection whose request never finished arriving', async () => {
    // Node counts such a connection as busy until REQUEST_TIMEOUT_MS (30 s here) runs out.
    const server = await startTestServer({ env: { REQUEST_TIMEOUT_MS: '30000' }, overrides: { shutdownGraceMs: 300 } });
    try {
      const { hostname, port } = new URL(server.baseUrl);
      const socket = connect(Number(port), hostname);
      socket.on('error', () => undefined);
      await once(socket, 'connect');
      // Headers that never end: the request never reaches the app, which could answer it 503.
      socket.write(`POST /api/portal/validateportalname HTTP/1.1\r\nHost: ${hostname}:${port}\r\n`);
      const started = Date.now();
      await server.close();
      const seconds = (Date.now() - started) / 1000;
      socket.destroy();
      assert.ok(seconds < 15, `the shutdown waited ${seconds} s for the half-sent request`);
    } finally {
      await server.database.drop();
    }
  });
});
