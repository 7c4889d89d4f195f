import { isIP } from 'node:net';
import type { FastifyRequest } from 'fastify';

/**
 * The client's address as attempt counters, the audit log and the CAPTCHA verifier see it:
 * Fastify's `request.ip` (X-Forwarded-For from a TRUST_PROXY peer), unless that is not an IP
 * address — a trusted proxy passing on a client's made-up value must not mint a counter key of
 * the client's choosing, so such a value counts as absent and the peer's own address is used.
 */
export function clientAddress(request: FastifyRequest): string {
  const ip = request.ip;
  if (typeof ip === 'string' && isIP(ip) !== 0) return ip;
  return request.socket.remoteAddress ?? '';
}
