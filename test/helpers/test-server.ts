import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { loadConfig, type Config } from '../../src/config/config.js';
import type { Clock } from '../../src/domain/clock.js';
import type { DomainContext } from '../../src/domain/context.js';
import type { PasswordCost } from '../../src/domain/owner/password.js';
import { signAscToken } from '../../src/domain/tokens/asc-token.js';
import { createLogger } from '../../src/logger.js';
import type { Mailing } from '../../src/mail/mailing.js';
import type { OutboxSenderTiming } from '../../src/mail/outbox-sender.js';
import type { MailTransport } from '../../src/mail/transport.js';
import { createServer, type ServerOverrides } from '../../src/server.js';
import type { Store } from '../../src/store/store.js';
import { conformanceOf, type Conformance } from './openapi-conformance.js';
import { createTestDatabase, type TestDatabase } from './test-database.js';

/** A running server for one test: the real app on a free port over a fresh database. */
export interface TestServer {
  readonly baseUrl: string;
  readonly config: Config;
  readonly store: Store;
  readonly app: FastifyInstance;
  /** The context the server's use cases run with. */
  readonly ctx: DomainContext;
  readonly machineKey: string;
  readonly database: TestDatabase;
  /** Owner mail as main.ts runs it: on when SMTP_URL (or `mail.transport`) is given. */
  readonly mailing: Mailing;
  /** A valid ASC token for now (or for `at`). */
  token(at?: Date): string;
  /**
   * Calls the API; `prefix` defaults to /api. Every answer under the API prefixes is checked
   * against the server's /openapi.json (status declared, body matching its schema): a mismatch
   * throws, failing the test that made the call. The request goes in-process (Fastify's
   * `inject`, with the headers fetch would send) unless the server was started with `network:
   * true` or the call asks for `network: true`: then over a real socket.
   */
  call(method: string, path: string, options?: CallOptions): Promise<ApiResponse>;
  /** Stops the server; the database is kept unless `drop` is true. */
  close(options?: { drop?: boolean }): Promise<void>;
}

export interface CallOptions {
  readonly json?: unknown;
  readonly form?: Record<string, string>;
  readonly query?: Record<string, string>;
  /** true: a valid token; a string: that Authorization header; false/undefined: none. */
  readonly auth?: boolean | string;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Over a real socket (fetch) instead of in-process; the server's `network` setting by default. */
  readonly network?: boolean;
}

export interface ApiResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any;
  readonly text: string;
}

export interface StartOptions {
  /** Environment overrides (as strings, as an operator would set them). */
  readonly env?: Record<string, string>;
  /** Reuse a database (restart tests); a fresh one otherwise. */
  readonly database?: TestDatabase;
  readonly clock?: Clock;
  /** Parts to put in place of the ones built from the configuration (see createServer). */
  readonly overrides?: Omit<ServerOverrides, 'clock' | 'mail'>;
  /** Where the server's logs go (with env LOG_LEVEL), e.g. to assert that no secret is logged. */
  readonly logDestination?: { write(line: string): void };
  /** Owner mail: a transport instead of SMTP_URL's, and a quicker sender for tests. */
  readonly mail?: { readonly transport?: MailTransport; readonly timing?: Partial<OutboxSenderTiming> };
  /**
   * true: `call()` goes over a real socket by default. Otherwise in-process through `inject`,
   * which skips the network but nothing of the app. The server listens on its port either way.
   */
  readonly network?: boolean;
}

/**
 * scrypt at 1/32 of the product's cost: a run hashes thousands of passwords, and only the tests
 * about the hashing itself (password-work, shutdown during a hash) need the real cost — they
 * pass `overrides: { passwordCost: CURRENT_COST }`. Hashes keep their parameters, so a hash
 * made at either cost checks the same.
 */
export const QUICK_PASSWORD_COST: PasswordCost = { N: 1 << 10, r: 8, p: 1 };

/** Starts the real server (src/server.ts) on 127.0.0.1 and a free port. */
export async function startTestServer(options: StartOptions = {}): Promise<TestServer> {
  const database = options.database ?? (await createTestDatabase());
  const machineKey = options.env?.MACHINE_KEY?.split(',')[0] ?? `test-key-${randomBytes(8).toString('hex')}`;
  const config = loadConfig({
    DATABASE_URL: database.url,
    DATA_DIR: database.dir,
    MACHINE_KEY: machineKey,
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'silent',
    PORT: '0',
    ...options.env,
  });
  let server;
  try {
    server = await createServer(config, {
      logger: createLogger(config.logLevel, options.logDestination),
      ...(options.clock ? { clock: options.clock } : {}),
      mail: options.mail,
      maintenance: false,
      passwordCost: QUICK_PASSWORD_COST,
      ...options.overrides,
    });
  } catch (error) {
    // A failed start (e.g. an unreachable REDIS_URL) must not leave a database behind.
    if (options.database === undefined) await database.drop();
    throw error;
  }
  // PORT 0 (the default here) picks a free port; a test that needs links to carry the real port
  // (PUBLIC_PORT) chooses one and passes PORT.
  await server.listen({ host: '127.0.0.1' });
  const port = (server.app.server.address() as AddressInfo).port;
  const baseUrl = `http://127.0.0.1:${port}`;
  const clock = server.ctx.clock;
  const token = (at?: Date) => signAscToken(machineKey, 'test', at ?? clock.now());
  const running = server;
  let conformance: Conformance;
  try {
    conformance = await conformanceOf(baseUrl);
  } catch (error) {
    await running.close();
    if (options.database === undefined) await database.drop();
    throw error;
  }

  return {
    baseUrl,
    config,
    store: server.store,
    app: server.app,
    ctx: server.ctx,
    machineKey,
    database,
    mailing: server.mailing,
    token,
    call: (method, path, callOptions = {}) =>
      ((callOptions.network ?? options.network ?? false) ? call : injectCall)(
        running.app,
        baseUrl,
        token,
        conformance,
        method,
        path,
        callOptions,
      ),
    close: async ({ drop = false } = {}) => {
      await running.close();
      if (drop) await database.drop();
    },
  };
}

type Caller = (
  app: FastifyInstance,
  baseUrl: string,
  token: () => string,
  conformance: Conformance,
  method: string,
  path: string,
  options: CallOptions,
) => Promise<ApiResponse>;

/** The URL, headers and body a call sends, the same whichever way it goes. */
function requestOf(baseUrl: string, token: () => string, path: string, options: CallOptions) {
  const url = new URL(path.startsWith('/') ? path : `/api/${path}`, baseUrl);
  for (const [k, v] of Object.entries(options.query ?? {})) url.searchParams.set(k, v);
  const headers: Record<string, string> = { ...options.headers };
  if (options.auth === true) headers.authorization = token();
  else if (typeof options.auth === 'string') headers.authorization = options.auth;
  let body: string | undefined = options.body;
  if (options.json !== undefined) {
    body = JSON.stringify(options.json);
    headers['content-type'] ??= 'application/json';
  } else if (options.form !== undefined) {
    body = new URLSearchParams(options.form).toString();
    headers['content-type'] ??= 'application/x-www-form-urlencoded';
  }
  return { url, headers, body };
}

/** Reads the body as JSON when it is JSON, checks the answer against the document, and returns it. */
function answerOf(
  conformance: Conformance,
  method: string,
  url: URL,
  status: number,
  headers: Headers,
  text: string,
): ApiResponse {
  let parsed: unknown;
  try {
    parsed = text === '' ? undefined : JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  conformance.check({ method, url, status, contentType: headers.get('content-type'), body: parsed, text });
  return { status, headers, body: parsed, text };
}

/** Over a real socket. */
const call: Caller = async (_app, baseUrl, token, conformance, method, path, options) => {
  const { url, headers, body } = requestOf(baseUrl, token, path, options);
  const response = await fetch(url, { method, headers, body });
  return answerOf(conformance, method, url, response.status, response.headers, await response.text());
};

/**
 * The headers Node's fetch adds to every request: sent in-process too, so an answer does not
 * depend on which way the call went (Accept-Language `*` picks the default language, Host
 * carries the port as links would).
 */
const FETCH_HEADERS = { accept: '*/*', 'accept-language': '*', 'sec-fetch-mode': 'cors', 'user-agent': 'node' };

/** In-process through Fastify's inject: every hook, parser and serializer, no socket. */
const injectCall: Caller = async (app, baseUrl, token, conformance, method, path, options) => {
  const { url, headers, body } = requestOf(baseUrl, token, path, options);
  const lowered = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  const response = await app.inject({
    method: method as 'GET',
    url: `${url.pathname}${url.search}`,
    headers: { ...FETCH_HEADERS, host: url.host, ...lowered },
    ...(body === undefined ? {} : { payload: body }),
  });
  const answerHeaders = new Headers();
  for (const [name, value] of Object.entries(response.headers)) {
    if (value === undefined) continue;
    for (const one of Array.isArray(value) ? value : [value]) answerHeaders.append(name, String(one));
  }
  return answerOf(conformance, method, url, response.statusCode, answerHeaders, response.body);
};

/** A random valid portal name, so tests never collide. */
export function randomPortalName(prefix = 'p'): string {
  return `${prefix}${randomBytes(6).toString('hex')}`;
}

/** A complete registration body for a fresh portal. */
export function registration(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    portalName: randomPortalName(),
    firstName: 'Ada',
    lastName: 'Lovelace',
    email: `owner-${randomBytes(4).toString('hex')}@example.com`,
    ...overrides,
  };
}
