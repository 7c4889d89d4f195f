import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { createTestClient, randomClientId, type TestClient } from './client-auth.js';
import { registration, type ApiResponse, type TestServer } from './test-server.js';

/**
 * The data tests make through the API, with unique defaults so tests never collide: each
 * builder asserts the answer it needs (201) and returns what tests go on with. Tests about the
 * answer itself (refusals, limits) call `server.call` or `postRegistration` and assert it.
 */

export { randomPortalName, registration } from './test-server.js';
export { randomClientId, type TestClient } from './client-auth.js';

/**
 * A portal as portal/register answered it (the tenant, with the fields tests read most typed),
 * plus the owner's e-mail as it was sent and the activation link the answer carried.
 */
export interface RegisteredPortal {
  readonly tenantId: number;
  readonly portalName: string;
  readonly domain: string;
  readonly ownerId: string;
  readonly status: string;
  readonly email: string;
  readonly reference: string;
  /** The rest of the tenant, as tests read it. */
  readonly [field: string]: any;
}

export interface RegisterOptions {
  /** Who registers: true (the operator, the default), false (nobody) or an Authorization header. */
  readonly auth?: boolean | string;
  readonly headers?: Record<string, string>;
}

/** A unique owner e-mail address. */
export function randomEmail(prefix = 'owner'): string {
  return `${prefix}-${randomBytes(4).toString('hex')}@example.com`;
}

/** POST portal/register with a complete body (`registration(fields)`); the answer as it came. */
export function postRegistration(
  server: TestServer,
  fields: Record<string, unknown> = {},
  options: RegisterOptions = {},
): Promise<ApiResponse> {
  return sendRegistration(server, registration(fields), options);
}

function sendRegistration(
  server: TestServer,
  body: Record<string, unknown>,
  options: RegisterOptions,
): Promise<ApiResponse> {
  return server.call('POST', 'portal/register', {
    auth: options.auth ?? true,
    json: body,
    ...(options.headers ? { headers: options.headers } : {}),
  });
}

/** Registers a portal (201 expected) with `registration(fields)` and returns it. */
export async function registerPortal(
  server: TestServer,
  fields: Record<string, unknown> = {},
  options: RegisterOptions = {},
): Promise<RegisteredPortal> {
  const body = registration(fields);
  const res = await sendRegistration(server, body, options);
  assert.equal(res.status, 201, res.text);
  return { ...res.body.tenant, email: String(body.email), reference: String(res.body.reference) } as RegisteredPortal;
}

/** Creates an API client as the operator (201 expected): its id, secret and a way to sign as it. */
export function createClient(server: TestServer, fields: Record<string, unknown> = {}): Promise<TestClient> {
  return createTestClient(server, { clientId: randomClientId(), ...fields });
}
