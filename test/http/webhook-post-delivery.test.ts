import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer as createHttpServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { after, describe, test, type TestContext } from 'node:test';
import { setTimeout as sleep } from 'node:timers/promises';
import { postDelivery, type DeliveryAttempt } from '../../src/webhook-delivery/post-delivery.js';
import { receiverConnections, type ReceiverConnections } from '../../src/webhook-delivery/receiver-connections.js';
import type { ResolveHost } from '../../src/domain/webhook/resolve-host.js';
import { freePort } from '../helpers/free-port.js';

interface SeenRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: IncomingMessage['headers'];
  readonly body: string;
}

/** A real receiver on a loopback port, recording every connection and request it sees. */
interface Receiver {
  readonly port: number;
  readonly connections: number;
  readonly requests: readonly SeenRequest[];
  /** TLS server names offered in ClientHello (https receivers only). */
  readonly serverNames: readonly string[];
  /** Resolves when a response to the receiver's client was closed (the client hung up or it ended). */
  readonly responseClosed: Promise<void>;
  close(): Promise<void>;
}

type Handler = (request: IncomingMessage, response: ServerResponse, body: string) => void;

const receivers: Receiver[] = [];
after(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
});

async function startReceiver(handler: Handler, tls?: { key: string; cert: string }): Promise<Receiver> {
  const requests: SeenRequest[] = [];
  const serverNames: string[] = [];
  let connections = 0;
  let markClosed: () => void = () => undefined;
  const responseClosed = new Promise<void>((resolve) => {
    markClosed = resolve;
  });
  const listener = (request: IncomingMessage, response: ServerResponse): void => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ method: request.method ?? '', url: request.url ?? '', headers: request.headers, body });
      response.on('close', () => markClosed());
      handler(request, response, body);
    });
  };
  const server: Server =
    tls === undefined
      ? createHttpServer(listener)
      : createHttpsServer(
          {
            ...tls,
            SNICallback: (name, callback) => {
              serverNames.push(name);
              callback(null);
            },
          },
          listener,
        );
  server.on('connection', () => {
    connections += 1;
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const receiver: Receiver = {
    port,
    get connections() {
      return connections;
    },
    requests,
    serverNames,
    responseClosed,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  receivers.push(receiver);
  return receiver;
}

/** A resolver that answers each call with the next list (the last one repeats) and counts calls. */
function answers(hostname: string, ...lists: readonly (readonly string[])[]): ResolveHost & { calls: number } {
  let calls = 0;
  const resolve = async (name: string): Promise<readonly string[]> => {
    if (name !== hostname) throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${name}`), { code: 'ENOTFOUND' });
    calls += 1;
    return lists[Math.min(calls, lists.length) - 1] ?? [];
  };
  return Object.defineProperty(resolve, 'calls', { get: () => calls }) as ResolveHost & { calls: number };
}

const BODY = JSON.stringify({ type: 'webhook.test', timestamp: '2030-01-01T00:00:00.000Z', data: {} });
const HEADERS = {
  'webhook-id': 'evt_1',
  'webhook-timestamp': '1893456000',
  'webhook-signature': 'v1,abc=',
  'user-agent': 'hosted-api-test',
};

function attempt(url: string, overrides: Partial<DeliveryAttempt> = {}): DeliveryAttempt {
  return { url, headers: HEADERS, body: BODY, timeoutMs: 5_000, allowPrivate: true, ...overrides };
}

describe('posting one webhook delivery: retries, timeouts and the address policy', () => {
  test('a 2xx answer is delivered; the receiver gets the exact body and headers', async () => {
    const receiver = await startReceiver((_request, response) => response.writeHead(204).end());
    const result = await postDelivery(attempt(`http://127.0.0.1:${receiver.port}/hooks/in?x=1`));
    assert.deepEqual(result, { ok: true, status: 204 });
    assert.equal(receiver.requests.length, 1);
    const seen = receiver.requests[0];
    assert.ok(seen);
    assert.equal(seen.method, 'POST');
    assert.equal(seen.url, '/hooks/in?x=1');
    assert.equal(seen.body, BODY);
    assert.equal(seen.headers['content-type'], 'application/json');
    assert.equal(seen.headers['content-length'], String(Buffer.byteLength(BODY)));
    assert.equal(seen.headers['webhook-id'], 'evt_1');
    assert.equal(seen.headers['webhook-signature'], 'v1,abc=');
    assert.equal(seen.headers['user-agent'], 'hosted-api-test');
  });

  test('a host name is connected to at its checked address while the Host header keeps the name', async () => {
    const receiver = await startReceiver((_request, response) => response.writeHead(200).end('thanks'));
    const resolve = answers('receiver.test', ['127.0.0.1']);
    const result = await postDelivery(attempt(`http://receiver.test:${receiver.port}/in`, { resolve }));
    assert.deepEqual(result, { ok: true, status: 200 });
    assert.equal(receiver.requests[0]?.headers.host, `receiver.test:${receiver.port}`);
  });

  test('a 500 fails with its status; the receiver’s text is not returned', async () => {
    const receiver = await startReceiver((_request, response) =>
      response.writeHead(500).end('database password is hunter2'),
    );
    const result = await postDelivery(attempt(`http://127.0.0.1:${receiver.port}/`));
    assert.deepEqual(result, { ok: false, status: 500, errorClass: 'http_500' });
  });

  test('a 301 is a failure and is not followed', async () => {
    const receiver = await startReceiver((request, response) => {
      if (request.url === '/moved') response.writeHead(301, { location: '/new-home' }).end();
      else response.writeHead(200).end();
    });
    const result = await postDelivery(attempt(`http://127.0.0.1:${receiver.port}/moved`));
    assert.deepEqual(result, { ok: false, status: 301, errorClass: 'http_301' });
    assert.deepEqual(
      receiver.requests.map((request) => request.url),
      ['/moved'],
    );
  });

  test('410 Gone comes back as status 410 (the caller disables the endpoint)', async () => {
    const receiver = await startReceiver((_request, response) => response.writeHead(410).end());
    assert.deepEqual(await postDelivery(attempt(`http://127.0.0.1:${receiver.port}/`)), {
      ok: false,
      status: 410,
      errorClass: 'http_410',
    });
  });

  test('a receiver that never answers times out after timeoutMs', async () => {
    const receiver = await startReceiver(() => undefined);
    const started = performance.now();
    const result = await postDelivery(attempt(`http://127.0.0.1:${receiver.port}/`, { timeoutMs: 300 }));
    const elapsed = performance.now() - started;
    assert.deepEqual(result, { ok: false, errorClass: 'timeout' });
    assert.ok(elapsed >= 250 && elapsed < 3_000, `took ${elapsed} ms`);
    await receiver.responseClosed;
  });

  test('an endless answer is cut off after the first 4 KB and the call returns promptly', async () => {
    let written = 0;
    const receiver = await startReceiver((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/plain' });
      const chunk = Buffer.alloc(16 * 1024, 'x');
      // Keeps writing as long as the client keeps the connection open.
      const pump = (): void => {
        while (!response.destroyed && response.write(chunk)) written += chunk.length;
        if (!response.destroyed) response.once('drain', pump);
      };
      pump();
    });
    const started = performance.now();
    const result = await postDelivery(attempt(`http://127.0.0.1:${receiver.port}/`, { timeoutMs: 10_000 }));
    assert.deepEqual(result, { ok: true, status: 200 });
    assert.ok(performance.now() - started < 3_000);
    // The client hung up: the receiver's response closed long before it could write much.
    await receiver.responseClosed;
    assert.ok(written < 64 * 1024 * 1024, `receiver wrote ${written} bytes`);
  });

  test('without allowPrivate a name resolving to loopback is refused before any connection', async () => {
    const receiver = await startReceiver((_request, response) => response.writeHead(200).end());
    const resolve = answers('internal.test', ['127.0.0.1']);
    const result = await postDelivery(
      attempt(`http://internal.test:${receiver.port}/`, { allowPrivate: false, resolve }),
    );
    assert.deepEqual(result, { ok: false, errorClass: 'refused_address' });
    assert.equal(receiver.connections, 0);
    assert.equal(receiver.requests.length, 0);
  });

  test('without allowPrivate a loopback literal is refused before any connection', async () => {
    const receiver = await startReceiver((_request, response) => response.writeHead(200).end());
    for (const host of ['127.0.0.1', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]']) {
      const result = await postDelivery(attempt(`http://${host}:${receiver.port}/`, { allowPrivate: false }));
      assert.deepEqual(result, { ok: false, errorClass: 'refused_address' }, host);
    }
    assert.equal(receiver.connections, 0);
  });

  test('DNS rebinding cannot reach loopback: the name is resolved once and only its checked answer is used', async () => {
    const receiver = await startReceiver((_request, response) => response.writeHead(200).end());
    // The first answer is public (3ffe::/16 was returned to IANA: nothing answers there), every
    // later one is loopback, as a rebinding DNS server would do between check and connect.
    const resolve = answers('rebind.test', ['3ffe::1'], ['127.0.0.1']);
    const result = await postDelivery(
      attempt(`http://rebind.test:${receiver.port}/`, { allowPrivate: false, resolve, timeoutMs: 1_500 }),
    );
    assert.equal(result.ok, false);
    assert.ok(
      !result.ok && (result.errorClass === 'connection' || result.errorClass === 'timeout'),
      JSON.stringify(result),
    );
    assert.equal(resolve.calls, 1);
    assert.equal(receiver.connections, 0);
  });

  test('the connection goes to the address that was checked, not to a later DNS answer', async () => {
    const receiver = await startReceiver((_request, response) => response.writeHead(200).end());
    // The receiver listens on 127.0.0.1 only: a second lookup's 127.0.0.2 would be refused.
    const resolve = answers('pinned.test', ['127.0.0.1'], ['127.0.0.2']);
    const result = await postDelivery(attempt(`http://pinned.test:${receiver.port}/`, { resolve }));
    assert.deepEqual(result, { ok: true, status: 200 });
    assert.equal(resolve.calls, 1);
  });

  test('a name that does not resolve fails as dns; a closed port as connection', async () => {
    const resolve = answers('known.test', ['127.0.0.1']);
    assert.deepEqual(await postDelivery(attempt('http://unknown.test/', { resolve })), {
      ok: false,
      errorClass: 'dns',
    });
    const port = await freePort();
    assert.deepEqual(await postDelivery(attempt(`http://127.0.0.1:${port}/`)), { ok: false, errorClass: 'connection' });
  });

  test('a resolver that never answers counts against the same timeout', async () => {
    const hanging: ResolveHost = () => new Promise(() => undefined);
    const result = await postDelivery(attempt('http://slow-dns.test/', { resolve: hanging, timeoutMs: 200 }));
    assert.deepEqual(result, { ok: false, errorClass: 'timeout' });
  });

  test('a URL that is not http(s) or carries user info is not attempted', async () => {
    assert.deepEqual(await postDelivery(attempt('ftp://127.0.0.1/')), { ok: false, errorClass: 'invalid_url' });
    assert.deepEqual(await postDelivery(attempt('http://u:p@127.0.0.1/')), { ok: false, errorClass: 'invalid_url' });
  });

  test('https offers the host name for TLS and fails as tls on an untrusted certificate', async (t) => {
    const https = await httpsReceiver(t);
    if (https === undefined) return;
    const { receiver } = https;
    const resolve = answers('receiver.test', ['127.0.0.1']);
    const result = await postDelivery(attempt(`https://receiver.test:${receiver.port}/`, { resolve }));
    assert.deepEqual(result, { ok: false, errorClass: 'tls' });
    assert.deepEqual(receiver.serverNames, ['receiver.test']);
    assert.equal(receiver.requests.length, 0);
  });
});

describe('kept connections to a receiver', () => {
  const pools: ReceiverConnections[] = [];
  after(() => {
    for (const pool of pools) pool.close();
  });
  const pool = (): ReceiverConnections => {
    const made = receiverConnections();
    pools.push(made);
    return made;
  };

  test('attempts reuse one connection while the host checks to the same addresses, and a new answer gets a new one', async () => {
    const receiver = await startReceiver((_request, response) => response.writeHead(200).end('thanks'));
    const connections = pool();
    // The receiver listens on 127.0.0.1 only: the third lookup's 127.0.0.2 is refused, so only a
    // connection of the old answer's pool could reach it.
    const resolve = answers('kept.test', ['127.0.0.1'], ['127.0.0.1'], ['127.0.0.2']);
    const post = () => postDelivery(attempt(`http://kept.test:${receiver.port}/`, { resolve, connections }));
    assert.deepEqual(await post(), { ok: true, status: 200 });
    assert.deepEqual(await post(), { ok: true, status: 200 });
    assert.equal(receiver.connections, 1, 'the second attempt went over the first one’s connection');
    assert.deepEqual(await post(), { ok: false, errorClass: 'connection' });
    assert.equal(receiver.requests.length, 2, 'the kept connection to the old address was not used');
    assert.equal(resolve.calls, 3, 'every attempt checked the host again');
  });

  test('a kept connection the receiver closed as the post went out is retried once on a new one', async () => {
    const served = new WeakMap<object, number>();
    const receiver = await startReceiver((request, response) => {
      const count = (served.get(request.socket) ?? 0) + 1;
      served.set(request.socket, count);
      // The second request on a connection: closed without an answer, as an idle timeout would.
      if (count === 2) request.socket.destroy();
      else response.writeHead(200).end();
    });
    const connections = pool();
    const post = () => postDelivery(attempt(`http://127.0.0.1:${receiver.port}/`, { connections }));
    assert.deepEqual(await post(), { ok: true, status: 200 });
    assert.deepEqual(await post(), { ok: true, status: 200 });
    assert.equal(receiver.connections, 2);
    assert.equal(receiver.requests.length, 3, 'the post cut off, then the same post again');
    assert.equal(receiver.requests[1]?.body, receiver.requests[2]?.body);
  });

  test('a connection whose answer was not read to its end is not kept; one read whole is', async () => {
    let calls = 0;
    const receiver = await startReceiver((_request, response) => {
      calls += 1;
      if (calls === 1) {
        // More than the sender reads: it stops reading and closes the connection, whole answer or not.
        response.writeHead(200).end('x'.repeat(64 * 1024));
        return;
      }
      response.writeHead(500).end();
    });
    const connections = pool();
    const post = () => postDelivery(attempt(`http://127.0.0.1:${receiver.port}/`, { connections }));
    assert.deepEqual(await post(), { ok: true, status: 200 });
    // Time for the rest of that answer to arrive, after which a kept connection would be free again.
    await sleep(200);
    assert.deepEqual(await post(), { ok: false, status: 500, errorClass: 'http_500' });
    assert.deepEqual(await post(), { ok: false, status: 500, errorClass: 'http_500' });
    assert.equal(
      receiver.connections,
      2,
      'a new connection after the answer read only in part; the 500 read whole was kept',
    );
  });

  test('over https a kept connection spares the next attempt its TLS handshake', async (t) => {
    const https = await httpsReceiver(t);
    if (https === undefined) return;
    const { receiver, tls } = https;
    // Node trusts an extra certificate only from NODE_EXTRA_CA_CERTS at start: the attempts run
    // in a process of their own that trusts the receiver's.
    const dir = mkdtempSync(join(tmpdir(), 'hosted-api-kept-tls-'));
    try {
      writeFileSync(join(dir, 'ca.pem'), tls.cert);
      const source = (module: string) =>
        JSON.stringify(fileURLToPath(new URL(`../../src/webhook-delivery/${module}.ts`, import.meta.url)));
      writeFileSync(
        join(dir, 'attempts.mts'),
        `import { postDelivery } from ${source('post-delivery')};
import { receiverConnections } from ${source('receiver-connections')};
const connections = receiverConnections();
const attempt = {
  url: 'https://receiver.test:${receiver.port}/', headers: {}, body: '{}', timeoutMs: 5000,
  allowPrivate: true, resolve: async () => ['127.0.0.1'], connections,
};
const results = [await postDelivery(attempt), await postDelivery(attempt)];
connections.close();
process.stdout.write(JSON.stringify(results));
`,
      );
      const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', join(dir, 'attempts.mts')], {
        // In the repository, where tsx is found.
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, NODE_EXTRA_CA_CERTS: join(dir, 'ca.pem') },
      });
      assert.deepEqual(JSON.parse(stdout), [
        { ok: true, status: 200 },
        { ok: true, status: 200 },
      ]);
      assert.equal(receiver.requests.length, 2);
      assert.equal(receiver.connections, 1, 'the second attempt went over the first one’s connection');
      assert.deepEqual(receiver.serverNames, ['receiver.test'], 'one handshake, offering the host name');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('one pool per scheme, host, port and set of checked addresses', () => {
    const connections = pool();
    const url = new URL('https://hooks.example:8443/in');
    const agent = connections.agentFor(url, ['192.0.2.1', '192.0.2.2']);
    assert.equal(connections.agentFor(new URL('https://hooks.example:8443/other'), ['192.0.2.2', '192.0.2.1']), agent);
    assert.notEqual(connections.agentFor(url, ['192.0.2.1']), agent);
    assert.notEqual(connections.agentFor(new URL('https://hooks.example:9443/in'), ['192.0.2.1', '192.0.2.2']), agent);
    assert.notEqual(connections.agentFor(new URL('http://hooks.example:8443/in'), ['192.0.2.1', '192.0.2.2']), agent);
    assert.notEqual(connections.agentFor(new URL('https://other.example:8443/in'), ['192.0.2.1', '192.0.2.2']), agent);
  });
});

/** A throwaway self-signed certificate for `name`, made with the openssl command; undefined without it. */
/**
 * A receiver answering 200 over TLS for `receiver.test`, with its self-signed certificate;
 * undefined, and the test skipped, where openssl is not installed.
 */
async function httpsReceiver(
  t: TestContext,
): Promise<{ readonly receiver: Receiver; readonly tls: { key: string; cert: string } } | undefined> {
  const tls = selfSignedCertificate('receiver.test');
  if (tls === undefined) {
    t.skip('openssl is not installed');
    return undefined;
  }
  return { receiver: await startReceiver((_request, response) => response.writeHead(200).end(), tls), tls };
}

function selfSignedCertificate(name: string): { key: string; cert: string } | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'webhook-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        `/CN=${name}`,
        '-addext',
        `subjectAltName=DNS:${name}`,
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } catch {
    return undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
