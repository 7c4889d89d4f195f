import assert from 'node:assert/strict';
import { createHmac, randomBytes } from 'node:crypto';
import { formatDatetime } from '../../src/domain/tokens/asc-token.js';
import type { ApiResponse, TestServer } from './test-server.js';

/**
 * Signing as an API client: the ASC token keyed with the client's secret, in each of the four
 * hash encodings the official samples produce (all of them must be accepted).
 */

/** The four encodings of the 20-byte hash. */
export const HASH_ENCODINGS = ['base64', 'base64url', 'urlToken', 'base64urlPadded'] as const;
export type HashEncoding = (typeof HASH_ENCODINGS)[number];

/** Writes a HMAC-SHA1 hash in one of the four encodings. */
export function encodeHash(hash: Buffer, encoding: HashEncoding): string {
  const standard = hash.toString('base64');
  const padding = (standard.match(/=+$/)?.[0] ?? '').length;
  const url = standard.replace(/\+/g, '-').replace(/\//g, '_');
  switch (encoding) {
    case 'base64':
      return standard;
    case 'base64url':
      return url.replace(/=+$/, '');
    case 'urlToken':
      // .NET HttpServerUtility.UrlTokenEncode: padding removed, its count appended as a digit.
      return `${url.replace(/=+$/, '')}${padding}`;
    case 'base64urlPadded':
      return url;
  }
}

/** `ASC <pkey>:<yyyyMMddHHmmss>:<hash>` keyed with `key`, signed at `at`. */
export function ascToken(key: string, pkey: string, at: Date, encoding: HashEncoding = 'base64'): string {
  const datetime = formatDatetime(at);
  const hash = createHmac('sha1', Buffer.from(key, 'utf8')).update(`${datetime}\n${pkey}`, 'utf8').digest();
  return `ASC ${pkey}:${datetime}:${encodeHash(hash, encoding)}`;
}

/** A client as client/create answered it, with a way to sign as it. */
export interface TestClient {
  readonly clientId: string;
  readonly secret: string;
  readonly client: Record<string, unknown>;
  /** A fresh Authorization header for the server's current time. */
  auth(encoding?: HashEncoding): string;
}

/** A random client id matching the id pattern. */
export function randomClientId(prefix = 'c'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}`;
}

/** Creates a client as the operator (201 expected) and returns how to sign as it. */
export async function createTestClient(server: TestServer, fields: Record<string, unknown> = {}): Promise<TestClient> {
  const res = await server.call('POST', 'client/create', {
    auth: true,
    json: { name: 'Test client', clientId: randomClientId(), ...fields },
  });
  assert.equal(res.status, 201, res.text);
  return clientFrom(server, res);
}

/** How to sign as the client a create/rotate answer names, with the secret it carries. */
export function clientFrom(server: TestServer, res: ApiResponse): TestClient {
  const clientId = String(res.body.client.clientId);
  const secret = String(res.body.secret);
  return {
    clientId,
    secret,
    client: res.body.client,
    auth: (encoding = 'base64') => ascToken(secret, clientId, server.ctx.clock.now(), encoding),
  };
}

/**
 * Calls a method with `params`: in the query string for GET (a GET carries no body; lists become
 * comma-separated text), as a JSON body otherwise.
 */
export function callWith(
  server: TestServer,
  method: string,
  path: string,
  auth: boolean | string,
  params: unknown = undefined,
): Promise<ApiResponse> {
  if (method !== 'GET' || params === undefined)
    return server.call(method, path, { auth, ...(params === undefined ? {} : { json: params }) });
  const query = Object.fromEntries(
    Object.entries(params as Record<string, unknown>).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]),
  );
  return server.call(method, path, { auth, query });
}
