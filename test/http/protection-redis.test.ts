import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createServer, connect, type Server, type Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { after, describe, test } from 'node:test';
import { Redis } from 'ioredis';
import { registration, startTestServer, type TestServer } from '../helpers/test-server.js';
import { useServers } from '../helpers/suite-server.js';

/**
 * The attempt limit with REDIS_URL: the counters live in Redis. Runs when TEST_REDIS_URL
 * points at a Redis server (.ci/services.sh sets it); each test writes under its own key prefix.
 */
const redisUrl = process.env.TEST_REDIS_URL ?? '';
const needsRedis = redisUrl === '' ? 'TEST_REDIS_URL is not set' : false;

const servers = useServers();
const prefixes: string[] = [];
const proxies: Array<{ stop(): Promise<void> }> = [];
after(async () => {
  for (const proxy of proxies.splice(0)) await proxy.stop();
  if (redisUrl === '' || prefixes.length === 0) return;
  const redis = new Redis(redisUrl);
  for (const prefix of prefixes) {
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
  }
  await redis.quit();
});

function uniquePrefix(): string {
  const prefix = `hosted-api-test-${randomBytes(6).toString('hex')}:`;
  prefixes.push(prefix);
  return prefix;
}
async function start(env: Record<string, string>): Promise<TestServer> {
  return servers.start({ env: { AUTH_ALLOW_SKIP_REGISTER: 'true', ...env } });
}
const register = (server: TestServer, auth = false) =>
  server.call('POST', 'portal/register', { json: registration(), auth });

describe('attempt counters in Redis (REDIS_URL)', { skip: needsRedis }, () => {
  test('the limit holds with Retry-After, and the counts live in Redis under REDIS_KEY_PREFIX', async () => {
    const prefix = uniquePrefix();
    const server = await start({
      REDIS_URL: redisUrl,
      REDIS_KEY_PREFIX: prefix,
      MAX_ATTEMPTS_COUNT: '2',
      MAX_ATTEMPTS_INTERVAL: '120',
    });
    assert.equal((await register(server)).status, 201);
    assert.equal((await register(server)).status, 201);
    const refused = await register(server);
    assert.equal(refused.body.error, 'tooMuchAttempts');
    const retryAfter = Number(refused.headers.get('retry-after'));
    assert.ok(retryAfter > 110 && retryAfter <= 120, `Retry-After ${retryAfter}`);
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}*`);
    const ttl = keys[0] === undefined ? -2 : await redis.ttl(keys[0]);
    await redis.quit();
    assert.deepEqual(keys, [`${prefix}attempts:127.0.0.1`]);
    assert.ok(ttl > 0 && ttl <= 120, `the key expires with the window (ttl ${ttl})`);
    assert.equal((await register(server, true)).status, 201, 'authenticated calls are not limited');
  });

  test('another server with its own database but the same Redis sees the same counts', async () => {
    const prefix = uniquePrefix();
    const env = { REDIS_URL: redisUrl, REDIS_KEY_PREFIX: prefix, MAX_ATTEMPTS_COUNT: '2' };
    const first = await start(env);
    assert.equal((await register(first)).status, 201);
    assert.equal((await register(first)).status, 201);
    await first.close();
    const second = await start(env);
    assert.notEqual(second.database.url, first.database.url);
    assert.equal((await register(second)).body.error, 'tooMuchAttempts');
    // A deployment with another prefix keeps its own counters.
    const other = await start({ ...env, REDIS_KEY_PREFIX: uniquePrefix() });
    assert.equal((await register(other)).status, 201);
  });

  test('concurrent attempts never get past the limit', async () => {
    const server = await start({ REDIS_URL: redisUrl, REDIS_KEY_PREFIX: uniquePrefix(), MAX_ATTEMPTS_COUNT: '4' });
    const answers = await Promise.all(Array.from({ length: 16 }, () => register(server)));
    assert.equal(answers.filter((a) => a.status === 201).length, 4);
    assert.equal(answers.filter((a) => a.body?.error === 'tooMuchAttempts').length, 12);
  });

  test('while Redis is unreachable anonymous attempts fail closed with 500 error, and recover with it', async () => {
    const proxy = await startTcpProxy(new URL(redisUrl));
    const target = new URL(redisUrl);
    target.host = `127.0.0.1:${proxy.port}`;
    const server = await start({
      REDIS_URL: target.toString(),
      REDIS_KEY_PREFIX: uniquePrefix(),
      MAX_ATTEMPTS_COUNT: '10',
    });
    proxies.push(proxy);
    assert.equal((await register(server)).status, 201);
    await proxy.stop();
    const failed = await register(server);
    assert.equal(failed.status, 500);
    assert.equal(failed.body.error, 'error');
    assert.equal((await register(server, true)).status, 201, 'authenticated callers are unaffected');
    await proxy.restart();
    const deadline = Date.now() + 10_000;
    let status = 0;
    while (Date.now() < deadline && status !== 201) {
      status = (await register(server)).status;
      if (status !== 201) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    assert.equal(status, 201, 'counting resumed once Redis was back');
  });
});

describe('Redis at start', () => {
  test('an unreachable REDIS_URL stops the server from starting', async () => {
    const closed = await freePort();
    await assert.rejects(
      startTestServer({ env: { REDIS_URL: `redis://127.0.0.1:${closed}` } }),
      /cannot connect to Redis \(REDIS_URL\)/,
    );
  });
});

/** A TCP relay to Redis that the test can cut and restore (a Redis outage, without touching Redis). */
async function startTcpProxy(
  upstream: URL,
): Promise<{ port: number; stop(): Promise<void>; restart(): Promise<void> }> {
  const sockets = new Set<Socket>();
  let server: Server | undefined;
  let port = 0;
  const listen = async () => {
    server = createServer((client) => {
      const remote = connect(Number(upstream.port || 6379), upstream.hostname);
      for (const s of [client, remote]) {
        sockets.add(s);
        s.on('close', () => sockets.delete(s));
        s.on('error', () => undefined);
      }
      client.pipe(remote).pipe(client);
    });
    await new Promise<void>((resolve) => server?.listen(port, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  };
  await listen();
  return {
    get port() {
      return port;
    },
    stop: async () => {
      for (const s of sockets) s.destroy();
      await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    },
    restart: listen,
  };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}
