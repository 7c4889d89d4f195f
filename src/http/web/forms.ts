import type { FastifyRequest } from 'fastify';
import type { z } from 'zod';
import { parseInput, readParams } from '../api/params.js';

/**
 * Forms posted to the console and the portal pages, read into the same input schemas the API
 * reads (the same liberal reading, the same `params` error naming each field), so a tariff, a
 * client or an endpoint changed in a page meets exactly the rules it meets through the API.
 */

/**
 * The posted form's fields by lower-cased name: the body only, never the query string (which
 * carries notices, cursors and ids of the page, not the form's values). `only` keeps just those.
 */
export function formFields(request: FastifyRequest, only?: readonly string[]): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  const body = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return fields;
  const wanted = only === undefined ? undefined : new Set(only.map((name) => name.toLowerCase()));
  for (const [name, value] of Object.entries(body)) {
    const key = name.toLowerCase();
    if (wanted === undefined || wanted.has(key)) fields.set(key, value);
  }
  return fields;
}

/** Reads a posted form (or the given fields of it) into an input schema; throws `params` like the API. */
export function parseForm<S extends z.ZodObject>(schema: S, fields: ReadonlyMap<string, unknown>): z.output<S> {
  return parseInput(schema, { fields, bareArray: undefined });
}

/** One text field of the query or form body (names in any case, like every API parameter). */
export function field(request: FastifyRequest, name: string): string | undefined {
  const value = readParams(request).fields.get(name.toLowerCase());
  // A NUL character can match nothing stored, and PostgreSQL refuses it in a query (a 500).
  return typeof value === 'string' && !value.includes('\u0000') ? value : undefined;
}

/**
 * One text field of the form body only (names in any case). CSRF tokens are read this way: a
 * token in the query string would end up in access logs, proxies' logs and the Referer header.
 */
export function formField(request: FastifyRequest, name: string): string | undefined {
  const body = request.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return undefined;
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(body)) {
    if (key.toLowerCase() === wanted) return typeof value === 'string' && !value.includes('\u0000') ? value : undefined;
  }
  return undefined;
}
