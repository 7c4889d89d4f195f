import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { Webhook } from 'standardwebhooks';

/**
 * A webhook receiver for tests: a real HTTP server on a loopback port that records every request
 * it gets and answers from a script (status, body, headers, delay), then with a default answer.
 * It can be created down (connections dropped as they come) and stopped and started again on the
 * same port (a receiver that goes away and comes back).
 */

/** One request as the receiver got it. */
export interface ReceivedRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
  /** The raw body text, exactly as sent (what the signature covers). */
  readonly body: string;
  /** Wall-clock time of arrival. */
  readonly receivedAt: number;
}

/** How the receiver answers one request. */
export interface ScriptedAnswer {
  /** Default 200. */
  readonly status?: number;
  readonly body?: string;
  readonly headers?: Readonly<Record<string, string>>;
  /** Waits this long before answering. */
  readonly delayMs?: number;
}

export interface WebhookReceiver {
  readonly port: number;
  /** `http://127.0.0.1:<port>/hook`: the URL to register. */
  readonly url: string;
  /** Every request so far, in order of arrival. */
  readonly requests: readonly ReceivedRequest[];
  /** Queues answers for the next requests, in order; once they are used up the default answers. */
  script(...answers: ScriptedAnswer[]): void;
  /** The answer given when the script is empty (200, empty body, at once unless changed). */
  setDefault(answer: ScriptedAnswer): void;
  /** Resolves with the requests once `until` holds for them; rejects after `timeoutMs`. */
  waitFor(
    until: number | ((requests: readonly ReceivedRequest[]) => boolean),
    timeoutMs?: number,
  ): Promise<readonly ReceivedRequest[]>;
  /** The requests whose JSON body matches `match` (e.g. one portal's events). */
  matching(match: (body: any, request: ReceivedRequest) => boolean): ReceivedRequest[];
  /** Answers again (the port was held all along). */
  start(): Promise<void>;
  /** Drops open connections, and every new one as it comes, until start(). */
  stop(): Promise<void>;
  /** Stops for good. */
  close(): Promise<void>;
}

export interface ReceiverOptions {
  /** A port to use; any free one otherwise. */
  readonly port?: number;
  /** false: created down (connections dropped), start() later. Default true. */
  readonly listening?: boolean;
  readonly defaultAnswer?: ScriptedAnswer;
}

/** Starts a receiver (see {@link WebhookReceiver}). */
export async function startWebhookReceiver(options: ReceiverOptions = {}): Promise<WebhookReceiver> {
  const requests: ReceivedRequest[] = [];
  const script: ScriptedAnswer[] = [];
  let defaultAnswer: ScriptedAnswer = options.defaultAnswer ?? { status: 200 };
  const waiting = new Set<() => void>();

  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      requests.push({
        method: request.method ?? '',
        path: request.url ?? '',
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
        receivedAt: Date.now(),
      });
      for (const wake of waiting) wake();
      void answer(response, script.shift() ?? defaultAnswer);
    });
  });
  // Keep-alive would let a stopped receiver's old socket take a later request.
  server.keepAliveTimeout = 1;

  // The port is held from the start, also while the receiver is down: given back and taken again,
  // it could be taken meanwhile by another process (parallel test files). Down, every connection
  // is dropped as it comes: the sender sees a reset, a connection error like a refused one.
  let up = false;
  server.on('connection', (socket) => {
    if (!up) socket.destroy();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = (server.address() as AddressInfo).port;
  const start = async () => {
    up = true;
  };
  const stop = async () => {
    up = false;
    server.closeAllConnections();
  };

  if (options.listening !== false) await start();

  return {
    get port() {
      return port;
    },
    get url() {
      return `http://127.0.0.1:${port}/hook`;
    },
    requests,
    script: (...answers) => void script.push(...answers),
    setDefault: (answer) => {
      defaultAnswer = answer;
    },
    waitFor: async (until, timeoutMs = 10_000) => {
      const done = typeof until === 'number' ? (r: readonly ReceivedRequest[]) => r.length >= until : until;
      const deadline = Date.now() + timeoutMs;
      while (!done(requests)) {
        const left = deadline - Date.now();
        if (left <= 0)
          throw new Error(
            `the receiver waited ${timeoutMs} ms in vain; it got ${requests.length} request(s): ${requests.map((r) => r.body.slice(0, 80)).join(' | ')}`,
          );
        await new Promise<void>((resolve) => {
          const wake = () => {
            waiting.delete(wake);
            clearTimeout(timer);
            resolve();
          };
          const timer = setTimeout(wake, Math.min(left, 100));
          waiting.add(wake);
        });
      }
      return requests;
    },
    matching: (match) => requests.filter((r) => match(parseOrUndefined(r.body), r)),
    start,
    stop,
    close: async () => {
      up = false;
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
  };
}

async function answer(response: ServerResponse, scripted: ScriptedAnswer): Promise<void> {
  if (scripted.delayMs !== undefined && scripted.delayMs > 0) await sleep(scripted.delayMs);
  if (response.destroyed) return;
  response.writeHead(scripted.status ?? 200, { 'content-type': 'text/plain', ...scripted.headers });
  response.end(scripted.body ?? '');
}

function parseOrUndefined(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The three signature headers of a request, as standardwebhooks' verify takes them. */
export function signatureHeadersOf(request: ReceivedRequest): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const name of ['webhook-id', 'webhook-timestamp', 'webhook-signature']) {
    const value = request.headers[name];
    if (typeof value === 'string') headers[name] = value;
  }
  return headers;
}

/**
 * Verifies a delivery as a receiver would, with the standardwebhooks package:
 * `new Webhook(secret).verify(body, headers)`; returns the parsed body, throws when it does not
 * verify. The package checks the timestamp against its own clock (5 minutes either way): `at`
 * is that clock for servers running on a fixed test clock.
 */
export function verifyDelivery(secret: string, request: ReceivedRequest, at?: Date): any {
  const verify = () => new Webhook(secret).verify(request.body, signatureHeadersOf(request));
  if (at === undefined) return verify();
  const realNow = Date.now;
  Date.now = () => at.getTime();
  try {
    return verify();
  } finally {
    Date.now = realNow;
  }
}
