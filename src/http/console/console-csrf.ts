import type { FastifyRequest } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import { hostnameOf } from '../../domain/hosts/host-name.js';
import { CONSOLE_IDLE_MS } from '../../domain/operator/console-sessions.js';
import {
  signConsoleFormToken,
  verifyConsoleFormToken,
  type ConsoleFormBinding,
} from '../../domain/tokens/console-form-token.js';
import { signingKey } from '../../domain/tokens/signed-token.js';
import { formField } from '../pages/page-reply.js';
import { requestHost } from '../request-host.js';
import { CSRF_FIELD_NAME } from './components/index.js';

/** The console's CSRF defences: a signed token in every form, and the source origin of every POST. */
export interface ConsoleCsrf {
  /** A token for forms bound to `binding`, valid as long as a session can be idle. */
  token(binding: ConsoleFormBinding): string;
  /** Both checks: the POST comes from a page of this host, and carries a valid token for `binding`. */
  isGenuine(request: FastifyRequest, binding: ConsoleFormBinding): boolean;
}

export function consoleCsrf(ctx: DomainContext): ConsoleCsrf {
  return {
    token: (binding) =>
      signConsoleFormToken(signingKey(ctx.machineKeys), binding, new Date(ctx.clock.now().getTime() + CONSOLE_IDLE_MS)),
    isGenuine: (request, binding) => {
      const token = formField(request, CSRF_FIELD_NAME);
      return (
        comesFromThisHost(request) &&
        token !== undefined &&
        verifyConsoleFormToken(ctx.machineKeys, binding, token, ctx.clock.now())
      );
    },
  };
}

/**
 * The second defence beside the token (OWASP: verify the source origin): a POST must say, in
 * Origin or else Referer, that it comes from a page on the host it is sent to. A request naming
 * neither, or `Origin: null`, is refused. Host names are compared (behind a TLS proxy the scheme
 * and port the browser sees differ from what reaches the server); an IPv6 literal, which has no
 * host name, must match exactly.
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
