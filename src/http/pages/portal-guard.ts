import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { DomainContext } from '../../domain/context.js';
import { resolvePortalHost } from '../../domain/hosts/portal-host.js';
import type { TenantRecord } from '../../store/records.js';
import { errorResponse, HttpError } from '../api/errors.js';
import { requestHost } from '../request-host.js';
import { sendPage } from './page-reply.js';
import { messagePage } from './views.js';

/** The live portal a page request is for, and the host name it was reached under. */
export interface PortalOfRequest {
  readonly tenant: TenantRecord;
  readonly hostname: string;
}

/**
 * Answers the owner's pages only on a portal's own host. On any other host (the API's own name
 * or address) the paths are unknown, with the API's JSON 404, so the pages never shadow the
 * API; an unknown portal gets a 404 page, a suspended one a 403 page. Returns how a route reads
 * the portal its request was admitted for.
 */
export function installPortalGuard(
  app: FastifyInstance,
  ctx: DomainContext,
): (request: FastifyRequest) => PortalOfRequest {
  const portals = new WeakMap<FastifyRequest, PortalOfRequest>();
  app.addHook('onRequest', async (request, reply) => {
    const host = await resolvePortalHost(ctx, requestHost(request));
    if (host.kind === 'other') {
      const { status, body } = errorResponse(new HttpError('notFound'));
      return reply.code(status).type('application/json; charset=utf-8').send(body);
    }
    if (host.kind === 'unknownPortal') {
      return sendPage(reply, 404, messagePage('Portal not found', `There is no portal at ${host.hostname}.`));
    }
    if (host.tenant.status !== 'Active') {
      return sendPage(reply, 403, messagePage('Portal suspended', 'This portal is suspended. Contact your provider.'));
    }
    portals.set(request, { tenant: host.tenant, hostname: host.hostname });
    return undefined;
  });
  return (request) => {
    const portal = portals.get(request);
    // The hook answered every request it did not attach a portal to.
    if (portal === undefined) throw new Error('portal page reached without a portal host');
    return portal;
  };
}
