import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { describe, it } from 'node:test';
import { type TestServer } from '../helpers/test-server.js';
import { useServer } from '../helpers/suite-server.js';

/**
 * Requests too odd for a route: a bad URL escape, a body over the limit, a bad Content-Length, an
 * unknown method, headers too large, a body that never finishes. Each gets the documented JSON
 * error (docs/errors.md), also those Node's HTTP parser refuses before Fastify sees a request.
 * Sent over a raw socket: an HTTP client library would refuse to send most of them.
 */

interface RawAnswer {
  readonly status: number;
  readonly headers: Record<string, string>;
  readonly body: unknown;
  /** Milliseconds from the first byte sent until the server closed the connection. */
  readonly closedAfterMs: number;
}

/** Sends `head` (and `chunks`, one every `everyMs`) on a new connection; resolves when the server closes it. */
function raw(
  server: TestServer,
  head: string,
  options: { chunks?: string[]; everyMs?: number; timeoutMs?: number } = {},
): Promise<RawAnswer> {
  const { port } = new URL(server.baseUrl);
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const received: Buffer[] = [];
    const socket = connect(Number(port), '127.0.0.1');
    let timer: NodeJS.Timeout | undefined;
    const giveUp = setTimeout(() => {
      socket.destroy();
      reject(new Error(`the server kept the connection open for ${options.timeoutMs ?? 10_000} ms`));
    }, options.timeoutMs ?? 10_000);
    socket.on('connect', () => {
      socket.write(head);
      const chunks = [...(options.chunks ?? [])];
      if (chunks.length > 0) {
        timer = setInterval(() => {
          const next = chunks.shift();
          if (next === undefined || socket.destroyed) clearInterval(timer);
          else socket.write(next);
        }, options.everyMs ?? 100);
      }
    });
    socket.on('data', (data) => received.push(data));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(giveUp);
      clearInterval(timer);
      resolve(parse(Buffer.concat(received).toString('utf8'), Date.now() - started));
    });
  });
}

function parse(text: string, closedAfterMs: number): RawAnswer {
  const split = text.indexOf('\r\n\r\n');
  const [statusLine = '', ...lines] = text.slice(0, split < 0 ? text.length : split).split('\r\n');
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const bodyText = split < 0 ? '' : text.slice(split + 4);
  let body: unknown = bodyText;
  try {
    body = JSON.parse(bodyText);
  } catch {
    // not JSON: kept as text for the assertion message
  }
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(statusLine)?.[1] ?? 0), headers, body, closedAfterMs };
}

function assertJsonError(answer: RawAnswer, status: number, body: unknown): void {
  assert.equal(answer.status, status, JSON.stringify(answer));
  assert.match(answer.headers['content-type'] ?? '', /^application\/json/, JSON.stringify(answer));
  assert.deepEqual(answer.body, body);
}

describe('odd requests over a raw socket answer the documented JSON error', () => {
  const server = useServer({ env: { REQUEST_TIMEOUT_MS: '1000', BODY_LIMIT: '1024' } });

  it('a bad percent-escape in the URL → 400 params', async () => {
    const answer = await raw(server, 'GET /api/portal/get%zz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    assertJsonError(answer, 400, { error: 'params', message: ['The URL is not valid'] });
  });

  it('a body over BODY_LIMIT → 413 params, its message an array', async () => {
    const body = JSON.stringify({ portalName: 'x'.repeat(2000) });
    const answer = await raw(
      server,
      `POST /api/portal/validateportalname HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: ${body.length}\r\nConnection: close\r\n\r\n${body}`,
    );
    assertJsonError(answer, 413, { error: 'params', message: ['Request body is too large'] });
  });

  for (const [name, head] of [
    [
      'a Content-Length that is not a number',
      'POST /api/portal/validateportalname HTTP/1.1\r\nHost: localhost\r\nContent-Length: abc\r\n\r\n',
    ],
    [
      'two different Content-Lengths',
      'POST /api/portal/validateportalname HTTP/1.1\r\nHost: localhost\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\nab',
    ],
    ['method FOO', 'FOO /api/portal/test HTTP/1.1\r\nHost: localhost\r\n\r\n'],
    ['a request line that is not HTTP', 'hello there\r\n\r\n'],
  ] as const) {
    it(`${name} → 400 params`, async () => {
      assertJsonError(await raw(server, head), 400, { error: 'params', message: ['The request is not valid HTTP'] });
    });
  }

  it('headers over the size limit → 431 params', async () => {
    const answer = await raw(
      server,
      `GET /api/portal/test HTTP/1.1\r\nHost: localhost\r\nX-Big: ${'a'.repeat(20_000)}\r\n\r\n`,
    );
    assertJsonError(answer, 431, { error: 'params', message: ['Request headers are too large'] });
  });

  it('a body trickling in one byte at a time is cut at REQUEST_TIMEOUT_MS → 408 params', async () => {
    const answer = await raw(
      server,
      'POST /api/portal/validateportalname HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n',
      { chunks: Array.from({ length: 100 }, () => ' '), everyMs: 100, timeoutMs: 8_000 },
    );
    assertJsonError(answer, 408, { error: 'params', message: ['The request did not arrive in time'] });
    assert.ok(answer.closedAfterMs >= 900 && answer.closedAfterMs < 4_000, `closed after ${answer.closedAfterMs} ms`);
  });

  it('headers that never finish are cut at REQUEST_TIMEOUT_MS too', async () => {
    const answer = await raw(server, 'GET /api/portal/test HTTP/1.1\r\n', {
      chunks: Array.from({ length: 100 }, (_, i) => `X-${i}: a\r\n`),
      timeoutMs: 8_000,
    });
    assert.equal(answer.status, 408);
    assert.ok(answer.closedAfterMs < 4_000, `closed after ${answer.closedAfterMs} ms`);
  });

  it('a request without a Host header → 400 params in JSON, not a bare 400', async () => {
    const answer = await raw(server, 'GET /api/portal/test HTTP/1.1\r\nConnection: close\r\n\r\n');
    assertJsonError(answer, 400, { error: 'params', message: ['The Host header is required'] });
  });

  it('an ordinary request on the same server still works', async () => {
    const answer = await raw(server, 'GET /api/portal/test HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
    assert.deepEqual([answer.status, answer.body], [200, { value: 'Portal api works' }]);
  });
});

describe('MAX_CONNECTIONS', () => {
  const server = useServer({ env: { MAX_CONNECTIONS: '2' } });

  const open = (): Promise<Socket> =>
    new Promise((resolve, reject) => {
      const socket = connect(Number(new URL(server.baseUrl).port), '127.0.0.1', () => resolve(socket));
      socket.on('error', reject);
    });
  const closed = (socket: Socket, withinMs: number): Promise<boolean> =>
    new Promise((resolve) => {
      if (socket.destroyed) return resolve(true);
      const timer = setTimeout(() => resolve(false), withinMs);
      socket.on('close', () => {
        clearTimeout(timer);
        resolve(true);
      });
      socket.resume();
    });

  it('a connection over the limit is closed at once; the ones within it are served', async () => {
    const first = await open();
    const second = await open();
    const third = await open();
    try {
      assert.equal(await closed(third, 2_000), true, 'the third connection was closed');
      assert.equal(await closed(first, 200), false, 'the first stays open');
      const answer = new Promise<string>((resolve) => {
        let text = '';
        first.on('data', (data) => (text += data.toString('utf8')));
        first.on('close', () => resolve(text));
      });
      first.write('GET /api/portal/test HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n');
      assert.match(await answer, /^HTTP\/1\.1 200/);
    } finally {
      for (const socket of [first, second, third]) socket.destroy();
    }
  });
});

describe('a form with thousands of fields or repeats is refused before it costs anything', () => {
  const server = useServer();

  const post = (path: string, body: string) =>
    server.call('POST', path, { body, headers: { 'content-type': 'application/x-www-form-urlencoded' } });

  it('21,000 repeats of one field (a 63 KB body) → 400 params naming the limit', async () => {
    const res = await post('portal/validateportalname', 'a=&'.repeat(21_000));
    assert.equal(res.status, 400, res.text);
    assert.deepEqual(res.body, { error: 'params', message: ['The field "a" is repeated more than 1000 times'] });
  });

  it('the same body on the portal sign-in and on an unknown path is refused the same way', async () => {
    const signin = await post('/api/portal/signin', 'a=&'.repeat(21_000));
    assert.deepEqual([signin.status, signin.body.error], [400, 'params'], signin.text);
    // An unknown path is outside the API description: read without the conformance check.
    const unknown = await fetch(new URL('/api/no/such/method', server.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'a=&'.repeat(21_000),
    });
    assert.equal(unknown.status, 400, await unknown.text());
  });

  it('1,000 repeats are still read (a long userIds list)', async () => {
    const res = await post(
      'portal/validateportalname',
      `${'userIds=x&'.repeat(999)}userIds=y&portalName=free-name-${Date.now()}`,
    );
    assert.equal(res.status, 200, res.text);
  });

  it('more than 256 distinct fields → 400 params', async () => {
    const body = Array.from({ length: 257 }, (_, i) => `f${i}=1`).join('&');
    const res = await post('portal/validateportalname', body);
    assert.deepEqual(res.body, { error: 'params', message: ['The request has more than 256 fields'] });
  });

  it('the same limits hold for the query string and a JSON body', async () => {
    const query = await server.call('POST', `portal/validateportalname?${'b=1&'.repeat(1001)}`);
    assert.equal(query.body.error, 'params', query.text);
    const json = await server.call('POST', 'portal/validateportalname', {
      json: Object.fromEntries(Array.from({ length: 257 }, (_, i) => [`f${i}`, 1])),
    });
    assert.deepEqual(json.body, { error: 'params', message: ['The request has more than 256 fields'] });
  });

  it('a field named __proto__ is just a field', async () => {
    const res = await post('portal/validateportalname', '__proto__=x&__proto__=y&portalName=ab');
    assert.equal(res.status, 400, res.text);
    assert.equal(res.body.error, 'tooShortError');
  });
});
