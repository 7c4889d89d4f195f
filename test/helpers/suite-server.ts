import { after, before } from 'node:test';
import { startTestServer, type StartOptions, type TestServer } from './test-server.js';

/**
 * A server for the suite that calls this (or the whole file, at its top level): started in a
 * `before` hook, closed and its database dropped in an `after` hook. The handle stands for the
 * server once `before` has run, so tests use it directly:
 *
 *   const server = useServer({ env: { MAX_PORTALS: '5' } });
 *   it('…', async () => { await server.call('GET', 'portal/get', { auth: true }); });
 *
 * `options` may be a function, for options only known once earlier hooks have run (a fake
 * SMTP peer's port, a clock made in `before`).
 */
export function useServer(options: StartOptions | (() => StartOptions | Promise<StartOptions>) = {}): TestServer {
  let running: TestServer | undefined;
  before(async () => {
    running = await startTestServer(typeof options === 'function' ? await options() : options);
  });
  after(async () => {
    const server = running;
    running = undefined;
    await server?.close({ drop: true });
  });
  return new Proxy({} as TestServer, {
    get(_target, property) {
      if (running === undefined) throw new Error(`the suite's server is not running (reading ${String(property)})`);
      const value: unknown = Reflect.get(running, property);
      return typeof value === 'function' ? value.bind(running) : value;
    },
  });
}

/** Servers a suite starts as it goes (one per configuration, restarts, several instances). */
export interface ServerSet {
  /** Starts a server (as startTestServer does) that the set closes after the suite. */
  start(options?: StartOptions): Promise<TestServer>;
  /** Closes one server now (a restart); its database is still dropped after the suite. */
  stop(server: TestServer): Promise<void>;
  /** Runs `stop` after the suite, after the servers have closed (fake peers, receivers). */
  onClose(stop: () => Promise<void> | void): void;
}

/**
 * Servers started on demand, all closed in one `after` hook of the calling suite, before any
 * of their databases is dropped (instances may share one database).
 */
export function useServers(): ServerSet {
  const servers: TestServer[] = [];
  const stopped = new Set<TestServer>();
  const stops: Array<() => Promise<void> | void> = [];
  after(async () => {
    const started = servers.splice(0);
    for (const server of started) if (!stopped.has(server)) await server.close();
    for (const database of new Set(started.map((s) => s.database))) await database.drop();
    stopped.clear();
    for (const stop of stops.splice(0)) await stop();
  });
  return {
    async start(options = {}) {
      const server = await startTestServer(options);
      servers.push(server);
      return server;
    },
    async stop(server) {
      if (stopped.has(server)) return;
      stopped.add(server);
      await server.close();
    },
    onClose(stop) {
      stops.push(stop);
    },
  };
}
