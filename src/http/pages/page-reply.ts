import type { FastifyReply, FastifyRequest } from 'fastify';
import type { RequestOrigin } from '../../domain/actor.js';
import type { OwnerLinkParams } from '../../domain/owner/owner-links.js';
import { clientAddress } from '../client-address.js';
import { field } from '../web/forms.js';

/** Where a page request came from, for the audit log. */
export function originOf(request: FastifyRequest): RequestOrigin {
  return { ip: clientAddress(request), requestId: request.id };
}

/** Sends an HTML page with its status. */
export function sendPage(reply: FastifyReply, status: number, body: string): FastifyReply {
  return reply.code(status).type('text/html; charset=utf-8').send(body);
}

/** The type, e-mail and key of an owner's link, as the request carries them. */
export function linkParams(request: FastifyRequest): OwnerLinkParams {
  return { type: field(request, 'type'), email: field(request, 'email'), key: field(request, 'key') };
}
