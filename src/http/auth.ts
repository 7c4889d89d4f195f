import type { FastifyInstance, FastifyRequest } from 'fastify';
import { verifyAscToken, type TokenFailure, type TokenPolicy } from '../domain/tokens/asc-token.js';
import type { Clock } from '../domain/clock.js';
import { DomainError } from '../domain/errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** True when the request carried a valid ASC token. */
    authenticated: boolean;
  }
}

/** How a group of routes treats the token: demanded, or checked only when present. */
export type TokenMode = 'required' | 'optional';

const MESSAGES: Record<TokenFailure, string> = {
  required: 'Authorization is required',
  scheme: 'Authorization scheme unknown',
  invalid: 'Authorization invalid',
  expired: 'Authorization is expired',
  future: 'Authorization is from the future: check the caller clock and time zone (use UTC)',
};

/** Declares `request.authenticated` on the app (once, at the root). */
export function decorateAuthentication(app: FastifyInstance): void {
  app.decorateRequest('authenticated', false);
}

/**
 * Adds the ASC check to an encapsulated group of routes. In `optional` mode an absent
 * token makes the caller anonymous, but a present and invalid one is still refused.
 */
export function useTokenCheck(app: FastifyInstance, mode: TokenMode, policy: TokenPolicy, clock: Clock): void {
  app.addHook('onRequest', async (request: FastifyRequest) => {
    const header = request.headers.authorization;
    if (header === undefined || header.trim() === '') {
      if (mode === 'optional') return;
      throw new DomainError('authorization', MESSAGES.required);
    }
    let result;
    try {
      result = verifyAscToken(header, policy, clock.now());
    } catch (error) {
      // the server failing while checking a token is a 500 `authorization`.
      throw new DomainError('authorizationFailure', undefined, {}, error);
    }
    if (!result.ok) throw new DomainError('authorization', MESSAGES[result.reason]);
    request.authenticated = true;
  });
}
