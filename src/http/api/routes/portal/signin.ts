import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { DomainError } from '../../../../domain/errors.js';
import { portalsForSignIn } from '../../../../domain/owner/portals-for-sign-in.js';
import { actorOf } from '../../actor.js';
import { clientAddress } from '../../../client-address.js';
import { text } from '../../params.js';
import { endpoint, OPEN } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';

/** portal/signin's input (a CAPTCHA answer lets an anonymous caller past the attempt limit). */
const signinInput = z.object({
  email: text(),
  password: text(),
  passwordHash: text(),
  recaptchaResponse: text(),
  recaptchaType: text(),
});

const signinResponse = z.object({ tenants: z.array(z.object({ portalName: z.string(), portalLink: z.string() })) });

/**
 * POST portal/signin: an open route. Once its parameters are read (a malformed call checks no
 * password and costs nothing), it counts against the attempt limit before anything else: an
 * anonymous caller under its IP, an API client under its id (it signs its customers in and sees
 * only its own portals); the operator is not limited. An anonymous caller over the limit who sends a
 * CAPTCHA answer is let through when the answer verifies (recaptchaInvalid otherwise), as on
 * ONLYOFFICE's server, whose sign-in page shows a CAPTCHA once the limit is reached.
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
        if (caller.kind === 'anonymous') {
          const ip = clientAddress(request);
          try {
            await protection.countAttempt({ ip });
          } catch (error) {
            const limited = error instanceof DomainError && error.code === 'tooMuchAttempts';
            if (!limited || input.recaptchaResponse === undefined) throw error;
            await protection.verifyCaptcha({
              response: input.recaptchaResponse,
              type: input.recaptchaType,
              appKey: undefined,
              email: undefined,
              clientIp: ip,
              answerOnly: true,
            });
          }
        } else if (caller.kind === 'client') await protection.countAttempt({ clientId: caller.client.clientId });
        const portals = await portalsForSignIn(ctx, actorOf(request), input);
        request.log.info({ portals: portals.map((p) => p.tenantId) }, 'owner signed in');
        return { tenants: portals.map((p) => ({ portalName: p.portalUrl, portalLink: p.signinLink })) };
      },
    ),
  );
}
