import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Caller } from '../../domain/actor.js';
import { authenticateToken } from '../../domain/client/authenticate-caller.js';
import type { DomainContext } from '../../domain/context.js';
import { DomainError } from '../../domain/errors.js';
import { HttpError } from './errors.js';
import type { Defences } from '../../domain/protection/defences.js';
import type { TokenFailure, TokenPolicy } from '../../domain/tokens/asc-token.js';
import type { ClientRecord } from '../../store/records.js';
import type { Access } from './route-spec.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is calling: the operator, an API client, or an anonymous caller (no token). */
    caller: Caller;
  }
}

const ANONYMOUS: Caller = { kind: 'anonymous' };

const MESSAGES: Record<TokenFailure, string> = {
  required: 'Authorization is required',
  scheme: 'Authorization scheme unknown',
  invalid: 'Authorization invalid',
  expired: 'Authorization is expired',
  future: 'Authorization is from the future: check the caller clock and time zone (use UTC)',
};

/** What the token check needs. */
export interface AuthOptions {
  readonly ctx: DomainContext;
  readonly window: Omit<TokenPolicy, 'keys'>;
  /** AUTH_ALLOW_SKIP_REGISTER: registration without a token. */
  readonly allowSkipRegister: boolean;
  /** AUTH_ALLOW_SKIP_DEFAULT: every ONLYOFFICE method without a token (development only). */
  readonly allowSkipDefault: boolean;
  /** Counts API clients' calls against their rateLimit. */
  readonly protection: Defences;
}

/** Declares `request.caller` on the app (once, at the root): anonymous until a token says otherwise. */
export function decorateCaller(app: FastifyInstance): void {
  // Decorated as null (Fastify shares decoration values between requests: never an object here).
  app.decorateRequest('caller', null as unknown as never);
  app.addHook('onRequest', (request, _reply, done) => {
    request.caller = ANONYMOUS;
    done();
  });
}

/**
 * The one place access is decided, for every route of the API group it is added to: who calls
 * (from the `Authorization` header: a token that is present must be valid, even where none is
 * needed — a caller who tried to authenticate must learn that it failed), whether the route's
 * declared access lets them in, and, for an API client with a rateLimit, whether it has calls left.
 */
export function useAuthentication(api: FastifyInstance, options: AuthOptions): void {
  api.addHook('onRequest', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    let client: ClientRecord | undefined;
    if (header !== undefined && header.trim() !== '') {
      let result;
      try {
        result = await authenticateToken(options.ctx, header, options.window);
      } catch (error) {
        // The server failing while checking a token is a 500 `authorization`, not the caller's fault.
        throw new HttpError('authorizationFailure', error);
      }
      if (!result.ok) throw new DomainError('authorization', MESSAGES[result.reason]);
      request.caller = result.caller;
      client = result.client;
    }
    const spec = request.routeOptions.config.spec;
    if (spec !== undefined) authorize(spec.access, request.caller, client, options);
    if (client?.rateLimit != null) await options.protection.countClientCall(client.clientId, client.rateLimit);
  });
}

function authorize(access: Access, caller: Caller, client: ClientRecord | undefined, options: AuthOptions): void {
  if (access.kind === 'open' || caller.kind === 'operator') return;
  if (caller.kind === 'client') {
    if (access.kind === 'operator') throw new DomainError('forbidden');
    if (!client?.scopes.includes(access.scope)) throw new DomainError('forbidden', `Scope ${access.scope} is required`);
    return;
  }
  // Anonymous: only where a switch opens the route.
  const opened =
    access.kind === 'signed' &&
    ((access.openedBy === 'default' && options.allowSkipDefault) ||
      (access.openedBy === 'register' && (options.allowSkipRegister || options.allowSkipDefault)));
  if (!opened) throw new DomainError('authorization', MESSAGES.required);
}
