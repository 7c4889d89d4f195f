import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { portalsForSignIn } from '../../../../domain/owner/portals-for-sign-in.js';
import { actorOf } from '../../actor.js';
import { clientAddress } from '../../../client-address.js';
import { text } from '../../params.js';
import { endpoint, OPEN } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';

/** portal/signin's input. */
const signinInput = z.object({ email: text(), password: text(), passwordHash: text() });

const signinResponse = z.object({ tenants: z.array(z.object({ portalName: z.string(), portalLink: z.string() })) });

/**
 * POST portal/signin: an open route. Once its parameters are read (a malformed call checks no
 * password and costs nothing), it counts against the attempt limit before anything else: an
 * anonymous caller under its IP, an API client under its id (it signs its customers in and sees
 * only its own portals); the operator is not limited.
 */
export function portalSigninRoute(app: FastifyInstance, { ctx, protection }: RouteDeps): void {
  app.post(
    '/portal/signin',
    ...endpoint(
      {
        tag: 'portal',
        summary: 'The portals an owner can sign in to, with one-time links',
        access: OPEN,
        input: signinInput,
        responses: { 200: signinResponse },
      },
      async (input, request) => {
        const caller = request.caller;
        if (caller.kind === 'anonymous') await protection.countAttempt({ ip: clientAddress(request) });
        else if (caller.kind === 'client') await protection.countAttempt({ clientId: caller.client.clientId });
        const portals = await portalsForSignIn(ctx, actorOf(request), input);
        request.log.info({ portals: portals.map((p) => p.tenantId) }, 'owner signed in');
        return { tenants: portals.map((p) => ({ portalName: p.portalUrl, portalLink: p.signinLink })) };
      },
    ),
  );
}
