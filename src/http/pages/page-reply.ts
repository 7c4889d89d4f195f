import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestOrigin } from '../../domain/actor.js';
import type { OwnerLinkParams } from '../../domain/owner/owner-links.js';
import { clientAddress } from '../client-address.js';
import { readParams } from '../api/params.js';

/** Where a page request came from, for the audit log. */
export function originOf(request: FastifyRequest): RequestOrigin {
  return { ip: clientAddress(request), requestId: request.id };
}

/** Sends an HTML page with its status. */
export function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
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

/** The type, e-mail and key of an owner's link, as the request carries them. */
export function linkParams(request: FastifyRequest): OwnerLinkParams {
  return { type: field(request, 'type'), email: field(request, 'email'), key: field(request, 'key') };
}
