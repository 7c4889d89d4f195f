import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { signIn } from '../../../domain/owner/sign-in.js';
import { parseInput, readParams, text } from '../../params.js';
import type { RouteDeps } from '../deps.js';

/** portal/signin's input. */
const signinInput = z.object({ email: text(), password: text(), passwordHash: text() });

const signinResponse = {
  200: {
    type: 'object',
    properties: {
      tenants: {
        type: 'array',
        items: { type: 'object', properties: { portalName: { type: 'string' }, portalLink: { type: 'string' } } },
      },
    },
  },
} as const;

/**
 * POST portal/signin: an open route. Anonymous calls count against the attempt
 * limit before anything else; a valid token skips the limit.
 */
export function portalSigninRoute(app: FastifyInstance, { ctx, protection }: RouteDeps): void {
  app.post('/portal/signin', { schema: { response: signinResponse } }, async (request) => {
    if (!request.authenticated) await protection.countAttempt(request.ip);
    const input = parseInput(signinInput, readParams(request));
    const portals = await signIn(ctx, input);
    request.log.info({ portals: portals.map((p) => p.tenantId) }, 'owner signed in');
    return { tenants: portals.map((p) => ({ portalName: p.portalUrl, portalLink: p.signinLink })) };
  });
}
