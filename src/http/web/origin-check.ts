import type { FastifyRequest } from 'fastify';
import { hostnameOf } from '../../domain/hosts/host-name.js';

/**
 * The second CSRF defence beside the form token (OWASP: verify the source origin): a POST must
 * say, in Origin or else Referer, that it comes from a page on this same portal host. A request
 * that names neither, or `Origin: null`, is refused. Only host names are compared: behind a TLS
 * proxy the scheme and port the browser sees differ from what reaches this server.
 */
export function comesFromPortalHost(request: FastifyRequest, hostname: string): boolean {
  const origin = header(request, 'origin');
  const source = origin ?? header(request, 'referer');
  if (source === undefined || source === 'null') return false;
  try {
    return hostnameOf(new URL(source).host) === hostname;
  } catch {
    return false;
  }
}

function header(request: FastifyRequest, name: string): string | undefined {
  const value = request.headers[name];
  return typeof value === 'string' && value !== '' ? value : undefined;
}
