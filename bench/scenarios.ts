import { randomBytes } from 'node:crypto';
import { signAscToken } from '../src/domain/tokens/asc-token.js';
import type { BenchRequest } from './load.js';
import { seededPortalName } from './seed.js';

/**
 * The requests each scenario sends. Every one is built per request: register needs a new name
 * each time, reads pick a random seeded portal, and the token is re-signed every second (tokens
 * are valid for 5 minutes; a token as fresh as a real client's costs the server the same).
 */

export interface Scenario {
  /** Stable name, used by --only and as the key in results.json. */
  readonly name: string;
  readonly title: string;
  readonly expectStatus: number;
  readonly next: () => BenchRequest;
  /** Checks one full answer before the load starts; returns the problem, or undefined. */
  readonly check: (status: number, body: unknown) => string | undefined;
}

/** Signs a token for `now`, again only when the second changes. */
export function tokenSource(machineKey: string): () => string {
  let second = -1;
  let token = '';
  return () => {
    const now = Date.now();
    const current = Math.floor(now / 1000);
    if (current !== second) {
      second = current;
      token = signAscToken(machineKey, 'bench', new Date(now));
    }
    return token;
  };
}

/** Random seeded portal names: `bench0000001` … `bench<portals>`. */
function randomSeeded(portals: number): () => string {
  return () => seededPortalName(1 + Math.floor(Math.random() * portals));
}

/** GET / on bench/minimal-fastify.ts: the machine's ceiling for any Fastify app. */
export function minimalFastify(): Scenario {
  return {
    name: 'fastify-minimal',
    title: 'GET / (minimal Fastify process)',
    expectStatus: 200,
    next: () => ({ method: 'GET', path: '/' }),
    check: (status, body) => expectJson(status, 200, body, (b) => b.hello === 'world'),
  };
}

/** GET portal/test: no parameters, no token, no I/O — the ceiling for this app on this machine. */
export function bareRoute(): Scenario {
  return {
    name: 'bare',
    title: 'GET portal/test (bare route)',
    expectStatus: 200,
    next: () => ({ method: 'GET', path: '/api/portal/test' }),
    check: (status, body) => expectJson(status, 200, body, (b) => b.value === 'Portal api works'),
  };
}

/** POST portal/validateportalname with a free name each time. */
export function validateName(): Scenario {
  const run = randomBytes(3).toString('hex');
  let n = 0;
  return {
    name: 'validate',
    title: 'POST portal/validateportalname',
    expectStatus: 200,
    next: () => ({
      method: 'POST',
      path: '/api/portal/validateportalname',
      body: `{"portalName":"free${run}${(n++).toString(36)}"}`,
    }),
    check: (status, body) => expectJson(status, 200, body, (b) => b.message === 'portalNameReadyToRegister'),
  };
}

/**
 * The worst form an anonymous caller can send: a 63 KB body repeating one field 21,000 times.
 * The server refuses it (400 params) once one field repeats more than it ever reads; what it
 * costs to refuse is what an attacker can make it spend.
 */
export function formFlood(): Scenario {
  const body = 'a=&'.repeat(21_000);
  return {
    name: 'form-flood',
    title: 'POST portal/validateportalname, 63 KB form of 21,000 repeats (refused)',
    expectStatus: 400,
    next: () => ({
      method: 'POST',
      path: '/api/portal/validateportalname',
      body,
      contentType: 'application/x-www-form-urlencoded',
    }),
    check: (status, body) => expectJson(status, 400, body, (b) => b.error === 'params'),
  };
}

/** GET portal/get?portalName= for a random seeded portal, signed. */
export function getByName(name: string, token: () => string, portals: number): Scenario {
  const pick = randomSeeded(portals);
  return {
    name,
    title: `GET portal/get?portalName= (signed, ${formatCount(portals)} portals)`,
    expectStatus: 200,
    next: () => ({ method: 'GET', path: `/api/portal/get?portalName=${pick()}`, headers: { authorization: token() } }),
    check: (status, body) =>
      expectJson(
        status,
        200,
        body,
        (b) =>
          Array.isArray(b.tenants) && b.tenants.length === 1 && /^bench\d+$/.test(String(b.tenants[0]?.portalName)),
      ),
  };
}

/** GET tariff/get?portalName= for a random seeded portal, signed. */
export function tariffGet(token: () => string, portals: number): Scenario {
  const pick = randomSeeded(portals);
  return {
    name: 'tariff-get',
    title: 'GET tariff/get?portalName= (signed)',
    expectStatus: 200,
    next: () => ({ method: 'GET', path: `/api/tariff/get?portalName=${pick()}`, headers: { authorization: token() } }),
    check: (status, body) =>
      expectJson(
        status,
        200,
        body,
        (b) => typeof b.tariff === 'object' && b.tariff !== null && typeof b.tenant === 'object',
      ),
  };
}

/** POST portal/register with a new name each time, signed (anonymous calls meet the attempt limit). */
export function register(name: string, token: () => string, withPassword: boolean): Scenario {
  const run = randomBytes(3).toString('hex');
  let n = 0;
  return {
    name,
    title: `POST portal/register (signed, ${withPassword ? 'with' : 'no'} password)`,
    expectStatus: 201,
    next: () => {
      const id = `${run}${(n++).toString(36)}`;
      const fields: Record<string, string> = {
        portalName: `reg${id}`,
        firstName: 'Bench',
        lastName: 'Owner',
        email: `owner-${id}@bench.example`,
      };
      if (withPassword) fields.password = 'Bench-password-1';
      return {
        method: 'POST',
        path: '/api/portal/register',
        headers: { authorization: token() },
        body: JSON.stringify(fields),
      };
    },
    check: (status, body) =>
      expectJson(
        status,
        201,
        body,
        (b) => typeof b.reference === 'string' && typeof b.tenant === 'object' && b.tenant !== null,
      ),
  };
}

/**
 * PUT portal/status over the seeded portals in turn: the first pass suspends each, the next
 * resumes it, and so on, so every call really changes a status (an unchanged one is no event).
 */
export function portalStatus(token: () => string, portals: number): Scenario {
  let n = 0;
  return {
    name: 'status',
    title: 'PUT portal/status (signed, suspend and resume in turn)',
    expectStatus: 200,
    next: () => {
      const i = n++;
      const status = Math.floor(i / portals) % 2 === 0 ? 'Suspended' : 'Active';
      return {
        method: 'PUT',
        path: '/api/portal/status',
        headers: { authorization: token() },
        body: JSON.stringify({ portalName: seededPortalName(1 + (i % portals)), status }),
      };
    },
    check: (status, body) =>
      expectJson(
        status,
        200,
        body,
        (b) => typeof b.tenant === 'object' && b.tenant !== null && /^bench\d+$/.test(String(b.tenant.portalName)),
      ),
  };
}

/** The same requests measured under other conditions: another name, and a note in the title. */
export function variant(scenario: Scenario, name: string, note: string): Scenario {
  return { ...scenario, name, title: `${scenario.title}, ${note}` };
}

/** GET portal/get?count=100&startIndex=… — one page of the list, signed. */
export function listPage(name: string, token: () => string, startIndex: () => number, where: string): Scenario {
  return {
    name,
    title: `GET portal/get?count=100&startIndex=${where} (signed)`,
    expectStatus: 200,
    next: () => ({
      method: 'GET',
      path: `/api/portal/get?count=100&startIndex=${startIndex()}`,
      headers: { authorization: token() },
    }),
    check: (status, body) => expectJson(status, 200, body, (b) => Array.isArray(b.tenants) && b.tenants.length === 100),
  };
}

/** GET portal/get?count=100&after=<tenantId> — one keyset page at a random depth, signed. */
export function keysetPage(token: () => string, portals: number): Scenario {
  return {
    name: 'scale-page-after',
    title: 'GET portal/get?count=100&after=random (signed, keyset)',
    expectStatus: 200,
    // Seeded tenant ids are 1…portals on a fresh database.
    next: () => ({
      method: 'GET',
      path: `/api/portal/get?count=100&after=${Math.floor(Math.random() * Math.max(1, portals - 100))}`,
      headers: { authorization: token() },
    }),
    check: (status, body) => expectJson(status, 200, body, (b) => Array.isArray(b.tenants) && b.tenants.length === 100),
  };
}

/**
 * GET audit/list?limit=100&after=<id> — a page of the audit log at a random depth, newest first
 * (the seed writes one record per portal, ids 1…portals).
 */
export function auditPage(token: () => string, records: number): Scenario {
  return {
    name: 'scale-audit-deep',
    title: `GET audit/list?limit=100&after=random (signed, ${formatCount(records)} records)`,
    expectStatus: 200,
    next: () => ({
      method: 'GET',
      path: `/api/audit/list?limit=100&after=${101 + Math.floor(Math.random() * Math.max(1, records - 100))}`,
      headers: { authorization: token() },
    }),
    check: (status, body) => expectJson(status, 200, body, (b) => Array.isArray(b.events) && b.events.length === 100),
  };
}

/**
 * audit/list filtered as a reader of the log would, at a random depth: each combination must
 * stay as fast as an unfiltered page, even where the filters select few records together
 * (the seed: 49 % operator status changes, 10 % client tariff changes, 1 % system status
 * changes, one record a second ending at the seeding).
 */
export function auditFiltered(
  name: string,
  token: () => string,
  records: number,
  filter: (depth: number) => Record<string, string>,
): Scenario {
  return {
    name,
    title: `GET audit/list?${new URLSearchParams(filter(records)).toString().replace(/=[^&]*\d{4}-[^&]*/g, '=…')}&limit=100&after=random (signed)`,
    expectStatus: 200,
    next: () => {
      const depth = 101 + Math.floor(Math.random() * Math.max(1, records - 100));
      const query = new URLSearchParams({ limit: '100', after: String(depth), ...filter(depth) });
      return { method: 'GET', path: `/api/audit/list?${query.toString()}`, headers: { authorization: token() } };
    },
    check: (status, body) => expectJson(status, 200, body, (b) => Array.isArray(b.events)),
  };
}

/** 1000000 → "1,000,000". */
export function formatCount(n: number): string {
  return n.toLocaleString('en-US');
}

function expectJson(status: number, want: number, body: unknown, ok: (b: any) => boolean): string | undefined {
  if (status !== want) return `status ${status}, not ${want}: ${JSON.stringify(body).slice(0, 200)}`;
  if (body === null || typeof body !== 'object' || !ok(body))
    return `unexpected answer: ${JSON.stringify(body).slice(0, 200)}`;
  return undefined;
}
