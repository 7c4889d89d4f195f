import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { BrandFor } from '../../domain/brand/brand-for.js';
import { DEFAULT_BRAND } from '../../domain/brand/brand.js';
import type { DomainContext } from '../../domain/context.js';
import { resolvePortalHost } from '../../domain/hosts/portal-host.js';
import { translator } from '../../i18n/index.js';
import type { TenantRecord } from '../../store/records.js';
import { errorResponse, HttpError } from '../api/errors.js';
import { requestHost } from '../request-host.js';
import { addressWithoutLanguage, pageTranslator, type PageChrome } from './page-chrome.js';
import { sendPage } from './page-reply.js';
import { messagePage } from './views.js';

/** The live portal a page request is for, the host name it was reached under, and the page's frame. */
export interface PortalOfRequest {
  readonly tenant: TenantRecord;
  readonly hostname: string;
  readonly chrome: PageChrome;
}

/** How routes and error handlers read what the guard found for a request. */
export interface PortalGuard {
  /** The portal the request was admitted for (only routes behind the guard call it). */
  readonly portalOf: (request: FastifyRequest) => PortalOfRequest;
  /** The page frame of any page request: its language and brand (English and the defaults before the guard ran). */
  readonly chromeOf: (request: FastifyRequest) => PageChrome;
}

/**
 * Answers the owner's pages only on a portal's own host. On any other host (the API's own name
 * or address) the paths are unknown, with the API's JSON 404, so the pages never shadow the
 * API; an unknown portal gets a 404 page, a suspended one a 403 page. Every page is framed in
 * the portal's brand (the operator's for an unknown portal) and the reader's language.
 */
export function installPortalGuard(app: FastifyInstance, ctx: DomainContext, brandFor: BrandFor): PortalGuard {
  const portals = new WeakMap<FastifyRequest, PortalOfRequest>();
  const chromes = new WeakMap<FastifyRequest, PageChrome>();
  const secure = ctx.options.links.scheme === 'https';
  const frame = async (
    request: FastifyRequest,
    reply: FastifyReply,
    tenant: TenantRecord | undefined,
  ): Promise<PageChrome> => {
    const chrome: PageChrome = {
      t: pageTranslator(request, reply, tenant?.language, secure),
      brand: await brandFor(ctx, ctx.store.db, { clientId: tenant?.clientId ?? null }),
      here: request.method === 'GET' ? addressWithoutLanguage(request) : request.url.split('?')[0] || '/',
    };
    chromes.set(request, chrome);
    return chrome;
  };
  app.addHook('onRequest', async (request, reply) => {
    const host = await resolvePortalHost(ctx, requestHost(request));
    if (host.kind === 'other') {
      const { status, body } = errorResponse(new HttpError('notFound'));
      return reply.code(status).type('application/json; charset=utf-8').send(body);
    }
    if (host.kind === 'unknownPortal') {
      const chrome = await frame(request, reply, undefined);
      const { t } = chrome;
      return sendPage(
        reply,
        404,
        messagePage(
          chrome,
          t.t('error.portalNotFound.title'),
          t.t('error.portalNotFound.text', { host: host.hostname }),
        ),
      );
    }
    const chrome = await frame(request, reply, host.tenant);
    if (host.tenant.status !== 'Active') {
      const { t } = chrome;
      return sendPage(reply, 403, messagePage(chrome, t.t('error.suspended.title'), t.t('error.suspended.text')));
    }
    portals.set(request, { tenant: host.tenant, hostname: host.hostname, chrome });
    return undefined;
  });
  return {
    portalOf: (request) => {
      const portal = portals.get(request);
      // The hook answered every request it did not attach a portal to.
      if (portal === undefined) throw new Error('portal page reached without a portal host');
      return portal;
    },
    chromeOf: (request) =>
      chromes.get(request) ?? { t: translator('en'), brand: DEFAULT_BRAND, here: request.url.split('?')[0] || '/' },
  };
}
