import type { FastifyRequest } from 'fastify';
import { hostnameOf } from '../../domain/hosts/host-name.js';
import { requestHost } from '../request-host.js';

/**
 * The second CSRF defence of every HTML surface, beside the form token (OWASP: verify the source
 * origin): a POST must say, in Origin or else Referer, that it comes from a page on the host it
 * is sent to (the Host header: ../request-host.ts). A request naming neither, or `Origin: null`,
 * is refused. Host names are compared (behind a TLS proxy the scheme and port the browser sees
 * differ from what reaches the server); an IPv6 literal, which has no host name, must match exactly.
 */
export function comesFromThisHost(request: FastifyRequest): boolean {
  const source = header(request, 'origin') ?? header(request, 'referer');
  if (source === undefined || source === 'null') return false;
  let sourceHost: string;
  try {
    sourceHost = new URL(source).host.toLowerCase();
  } catch {
    return false;
  }
  const host = requestHost(request).toLowerCase();
  if (host === '') return false;
  const expected = hostnameOf(host);
  return expected === undefined ? sourceHost === host : hostnameOf(sourceHost) === expected;
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
