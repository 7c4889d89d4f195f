import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { changePortalStatus, removePortal } from '../../../domain/portal/change-portal-status.js';
import { listPortals } from '../../../domain/portal/list-portals.js';
import { registerPortal } from '../../../domain/portal/register-portal.js';
import { validatePortalName } from '../../../domain/portal/validate-portal-name.js';
import type { TenantWithStatistics } from '../../../store/repositories/tenant-list.js';
import { parseInput, readParams } from '../../params.js';
import type { RouteDeps } from '../deps.js';
import { presentListItem, presentTenant } from './presenter.js';
import {
  getInput,
  messageResponse,
  portalRefInput,
  registerInput,
  registerResponse,
  removeResponse,
  statusInput,
  tenantResponse,
  tenantsResponse,
  validateInput,
  valueResponse,
} from './schema.js';

/** Routes anyone may call: portal/test and portal/validateportalname. */
export function portalOpenRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.get('/portal/test', { schema: { response: valueResponse } }, async () => ({ value: 'Portal api works' }));

  app.post('/portal/validateportalname', { schema: { response: messageResponse } }, async (request) => {
    const input = parseInput(validateInput, readParams(request));
    await validatePortalName(ctx, input.portalName);
    return { message: 'portalNameReadyToRegister' };
  });
}

/** portal/register: signed, or open to anonymous callers with AUTH_ALLOW_SKIP_REGISTER. */
export function portalRegisterRoute(app: FastifyInstance, { ctx, protection, onRegistered }: RouteDeps): void {
  app.post('/portal/register', { schema: { response: registerResponse } }, async (request, reply) => {
    const input = parseInput(registerInput, readParams(request));
    // attempt limit and CAPTCHA apply to anonymous callers only.
    const guard = request.authenticated
      ? undefined
      : async () => {
          await protection.countAttempt(request.ip);
          await protection.verifyCaptcha({
            response: input.recaptchaResponse,
            type: input.recaptchaType,
            appKey: input.appKey,
            email: input.email,
            clientIp: request.ip,
          });
        };
    const registration = await registerPortal(ctx, input, guard, onRegistered);
    request.log.info({ tenantId: registration.tenant.id, portalName: registration.tenant.alias }, 'portal registered');
    return reply.code(201).send({ reference: registration.reference, tenant: presentTenant(registration.tenant) });
  });
}

/** Signed portal routes: get, status, remove. */
export function portalSignedRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.get('/portal/get', { schema: { response: tenantsResponse } }, async (request, reply) => {
    const input = parseInput(getInput, readParams(request));
    const statistics = input.statistics ?? false;
    const present = (item: TenantWithStatistics) =>
      presentListItem(item, statistics, ctx.clock.now(), ctx.options.tariff.graceDays);
    const batches = listPortals(ctx, { ...input, statistics });
    const first = await batches.next();
    const second = first.done ? first : await batches.next();
    // One batch (the usual case: a name, an id, a page): serialised through the response schema.
    if (second.done) return { tenants: first.done ? [] : first.value.map(present) };
    // More: streamed batch by batch, so a million portals never sit in memory at once.
    return reply.type('application/json; charset=utf-8').send(Readable.from(streamTenants([first.value, second.value], batches, present)));
  });

  app.put('/portal/status', { schema: { response: tenantResponse } }, async (request) => {
    const input = parseInput(statusInput, readParams(request));
    const tenant = await changePortalStatus(ctx, input, input.status, input.reason);
    request.log.info({ tenantId: tenant.id, status: tenant.status }, 'portal status changed');
    return { tenant: presentTenant(tenant) };
  });

  app.delete('/portal/remove', { schema: { response: removeResponse } }, async (request) => {
    const input = parseInput(portalRefInput, readParams(request));
    const tenant = await removePortal(ctx, input);
    request.log.info({ tenantId: tenant.id }, 'portal removed');
    return { tenant: presentTenant(tenant), removed: true };
  });
}

async function* streamTenants(
  head: TenantWithStatistics[][],
  rest: AsyncGenerator<TenantWithStatistics[]>,
  present: (item: TenantWithStatistics) => object,
): AsyncGenerator<string> {
  let separator = '';
  yield '{"tenants":[';
  const emit = (batch: TenantWithStatistics[]) => {
    let chunk = '';
    for (const item of batch) {
      chunk += separator + JSON.stringify(present(item));
      separator = ',';
    }
    return chunk;
  };
  for (const batch of head) yield emit(batch);
  for await (const batch of rest) yield emit(batch);
  yield ']}';
}
