import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { createLoginLink } from '../../../../domain/owner/login-link.js';
import { resendActivation } from '../../../../domain/owner/resend-activation.js';
import { assignPortalClient } from '../../../../domain/portal/assign-portal-client.js';
import { createBulkJob } from '../../../../domain/job/create-bulk-job.js';
import { setPortalProtection } from '../../../../domain/lifecycle/protect-portal.js';
import { restorePortal } from '../../../../domain/lifecycle/restore-portal.js';
import { cancelRemoval, scheduleRemoval } from '../../../../domain/lifecycle/schedule-removal.js';
import { changePortalStatus, removePortal } from '../../../../domain/portal/change-portal-status.js';
import { listPortals } from '../../../../domain/portal/list-portals.js';
import { provisionPortal } from '../../../../domain/portal/provision-portal.js';
import { registerPortalByEmail } from '../../../../domain/portal/register-by-email.js';
import { registerPortal, type AnonymousGuard, type Registration } from '../../../../domain/portal/register-portal.js';
import { validatePortalName } from '../../../../domain/portal/validate-portal-name.js';
import { reportUsage } from '../../../../domain/tariff/report-usage.js';
import type { TenantWithStatistics } from '../../../../store/repositories/tenant-list.js';
import { actorOf, logAfter } from '../../actor.js';
import { clientAddress } from '../../../client-address.js';
import { answerChange } from '../../idempotency.js';
import { parseInput, withNestedFields } from '../../params.js';
import { requireClientScope } from '../../scopes.js';
import { alwaysSigned, OPEN, OPERATOR, endpoint, signed } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';
import { getExamples, provisionExamples, registerExamples } from './examples.js';
import { presentListItem, presentTenant } from '../../../../wire/portal.js';
import { presentJob } from '../../../../wire/job.js';
import { presentUsage } from '../../../../wire/tariff.js';
import {
  bulkInput,
  clientMoveInput,
  getInput,
  jobResponse,
  loginLinkInput,
  loginLinkResponse,
  messageResponse,
  portalRefInput,
  provisionInput,
  provisionResponse,
  protectionInput,
  referenceResponse,
  registerByEmailInput,
  registerByEmailResponse,
  registerInput,
  registerResponse,
  removeInput,
  removeResponse,
  restoreInput,
  statusInput,
  tenantResponse,
  tenantsResponse,
  usageInput,
  usageResponse,
  validateInput,
  valueResponse,
} from './schema.js';

const tag = 'portal';

/**
 * The portal methods: test, validate, register (three ways: with a name, by e-mail, with a login
 * provider), list, status, remove (now or scheduled) and its cancellation, restore, protection,
 * client, usage, bulk changes.
 */
export function portalRoutes(app: FastifyInstance, deps: RouteDeps): void {
  const { ctx, onRegistered } = deps;

  app.get(
    '/portal/test',
    ...endpoint({ tag, summary: 'Liveness of the API', access: OPEN, responses: { 200: valueResponse } }, async () => ({
      value: 'Portal api works',
    })),
  );

  app.post(
    '/portal/validateportalname',
    ...endpoint(
      {
        tag,
        summary: 'Whether a portal name is valid and free',
        access: OPEN,
        input: validateInput,
        responses: { 200: messageResponse },
      },
      async (input) => {
        await validatePortalName(ctx, input.portalName);
        return { message: 'portalNameReadyToRegister' };
      },
    ),
  );

  app.post(
    '/portal/register',
    ...endpoint(
      {
        tag,
        summary: 'Register a portal with its owner',
        access: { kind: 'signed', scope: 'portals:write', openedBy: 'register' },
        countsAs: 'registration',
        input: registerInput,
        responses: { 201: registerResponse },
        examples: registerExamples,
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          201,
          (scope) =>
            registerPortal(ctx, scope, input, signupGuard(deps, request, input), onRegistered).then(
              logAfter(request, 'portal registered', registered),
            ),
          (registration) => ({ reference: registration.reference, tenant: presentTenant(registration.tenant) }),
        );
      },
    ),
  );

  app.post(
    '/portal/registerbyemail',
    ...endpoint(
      {
        tag,
        summary: 'Register a portal by e-mail alone (a generated portal name)',
        access: { kind: 'signed', scope: 'portals:write', openedBy: 'register' },
        countsAs: 'registration',
        input: registerByEmailInput,
        responses: { 201: registerByEmailResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          201,
          (scope) =>
            registerPortalByEmail(ctx, scope, input, signupGuard(deps, request, input), onRegistered).then(
              logAfter(request, 'portal registered by e-mail', registered),
            ),
          (registration) => ({
            reference: registration.reference,
            tenant: presentTenant(registration.tenant),
            autoGeneratedEmail: false,
          }),
        );
      },
    ),
  );

  app.post(
    '/portal/provision',
    ...endpoint(
      {
        tag,
        summary: 'Register a portal whose owner signs in with an OAuth provider (a generated portal name)',
        access: { kind: 'signed', scope: 'portals:write', openedBy: 'register' },
        countsAs: 'registration',
        input: provisionInput,
        // A form or a query may send the provider's fields one by one: provider[name]=…, provider.clientId=…
        readInput: (raw) => parseInput(provisionInput, withNestedFields(raw, 'provider')),
        responses: { 201: provisionResponse },
        examples: provisionExamples,
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          201,
          (scope) =>
            provisionPortal(ctx, scope, input, signupGuard(deps, request, input), onRegistered).then(
              // The provider's name only: its client id and secret stay out of the log.
              logAfter(request, 'portal provisioned', (p) => ({ ...registered(p), provider: p.provider.name })),
            ),
          (provisioned) => ({
            reference: provisioned.reference,
            tenant: presentTenant(provisioned.tenant),
            providerConfigured: true,
          }),
        );
      },
    ),
  );

  app.get(
    '/portal/get',
    ...endpoint(
      {
        tag,
        summary: 'List or find portals',
        access: signed('portals:read'),
        input: getInput,
        responses: { 200: tenantsResponse },
        examples: getExamples,
      },
      async (input, request, reply) => {
        const statistics = input.statistics ?? false;
        const present = (item: TenantWithStatistics) =>
          presentListItem(item, statistics, ctx.clock.now(), ctx.options.tariff.graceDays);
        const listing = listPortals(ctx, actorOf(request), input);
        if (listing.kind === 'whole') return { tenants: (await listing.portals).map(present) };
        const batches = listing.batches;
        const first = await batches.next();
        const second = first.done ? first : await batches.next();
        // One batch (an id, a page): serialised through the response schema, like a whole listing.
        if (second.done) return { tenants: first.done ? [] : first.value.map(present) };
        // More: streamed batch by batch, so a million portals never sit in memory at once.
        return reply
          .type('application/json; charset=utf-8')
          .send(Readable.from(streamTenants([first.value, second.value], batches, present)));
      },
    ),
  );

  app.put(
    '/portal/status',
    ...endpoint(
      {
        tag,
        summary: 'Suspend or resume a portal',
        access: signed('portals:write'),
        input: statusInput,
        responses: { 200: tenantResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) =>
            changePortalStatus(ctx, scope, input, input.status, input.reason).then(
              logAfter(request, 'portal status changed', (t) => ({ tenantId: t.id, status: t.status })),
            ),
          (tenant) => ({
            tenant: presentTenant(tenant),
          }),
        );
      },
    ),
  );

  app.delete(
    '/portal/remove',
    ...endpoint(
      {
        tag,
        summary: 'Remove a portal (now, or at `at`: a scheduled removal)',
        access: signed('portals:write'),
        input: removeInput,
        responses: { 200: removeResponse },
      },
      async ({ at, ...ref }, request, reply) => {
        if (at !== undefined) {
          // Scheduled: the lifecycle policy removes it then; `removed` is false until it has.
          return answerChange(
            request,
            reply,
            200,
            (scope) => scheduleRemoval(ctx, scope, ref, at),
            (tenant) => ({ tenant: presentTenant(tenant), removed: false }),
          );
        }
        return answerChange(
          request,
          reply,
          200,
          (scope) =>
            removePortal(ctx, scope, ref).then(logAfter(request, 'portal removed', (t) => ({ tenantId: t.id }))),
          (tenant) => ({ tenant: presentTenant(tenant), removed: true }),
        );
      },
    ),
  );

  app.post(
    '/portal/cancelremoval',
    ...endpoint(
      {
        tag,
        summary: "Cancel a portal's scheduled removal",
        access: alwaysSigned('portals:write'),
        input: portalRefInput,
        responses: { 200: tenantResponse },
      },
      async (ref, request, reply) =>
        answerChange(
          request,
          reply,
          200,
          (scope) => cancelRemoval(ctx, scope, ref),
          (tenant) => ({ tenant: presentTenant(tenant) }),
        ),
    ),
  );

  app.post(
    '/portal/restore',
    ...endpoint(
      {
        tag,
        summary: 'Bring a removed portal back (until it is purged), as it was',
        access: alwaysSigned('portals:write'),
        input: restoreInput,
        responses: { 200: tenantResponse },
      },
      async ({ tenantId }, request, reply) =>
        answerChange(
          request,
          reply,
          200,
          (scope) =>
            restorePortal(ctx, scope, tenantId).then(
              logAfter(request, 'portal restored', (t) => ({ tenantId: t.id, status: t.status })),
            ),
          (tenant) => ({ tenant: presentTenant(tenant) }),
        ),
    ),
  );

  app.put(
    '/portal/protection',
    ...endpoint(
      {
        tag,
        summary: 'Protect a portal against removal, or lift the protection',
        access: alwaysSigned('portals:write'),
        input: protectionInput,
        responses: { 200: tenantResponse },
      },
      async ({ protected: isProtected, ...ref }, request, reply) =>
        answerChange(
          request,
          reply,
          200,
          (scope) => setPortalProtection(ctx, scope, ref, isProtected),
          (tenant) => ({ tenant: presentTenant(tenant) }),
        ),
    ),
  );

  app.post(
    '/portal/bulk',
    ...endpoint(
      {
        tag,
        summary: 'Suspend, resume, re-tariff or remove every portal a filter selects, in the background',
        access: alwaysSigned('portals:write'),
        input: bulkInput,
        responses: { 202: jobResponse },
      },
      async (input, request, reply) => {
        // Changing tariffs needs what tariff/set needs.
        if (input.action?.trim().toLowerCase() === 'tariff') await requireClientScope(ctx, request.caller, 'billing');
        return answerChange(
          request,
          reply,
          202,
          (scope) =>
            createBulkJob(ctx, scope, input).then(
              logAfter(request, 'bulk job created', (job) => ({ jobId: job.jobId, total: job.total })),
            ),
          (job) => ({ job: presentJob(job) }),
        );
      },
    ),
  );

  app.put(
    '/portal/client',
    ...endpoint(
      {
        tag,
        summary: 'Move a portal to another API client',
        access: OPERATOR,
        input: clientMoveInput,
        responses: { 200: tenantResponse },
      },
      async (input, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) => assignPortalClient(ctx, scope, input, input.clientId),
          (tenant) => ({ tenant: presentTenant(tenant) }),
        );
      },
    ),
  );

  app.post(
    '/portal/loginlink',
    ...endpoint(
      {
        tag,
        summary: 'A one-time link that signs the owner in on the portal',
        access: alwaysSigned('loginlink'),
        input: loginLinkInput,
        responses: { 200: loginLinkResponse },
      },
      async ({ ttl, ...ref }, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) => createLoginLink(ctx, scope, ref, ttl),
          (created) => ({
            link: created.link,
            expiresAt: created.expiresAt.toISOString(),
          }),
        );
      },
    ),
  );

  app.post(
    '/portal/resendactivation',
    ...endpoint(
      {
        tag,
        summary: 'A new activation link for an owner who has not activated yet (mailed again)',
        access: alwaysSigned('portals:write'),
        input: portalRefInput,
        responses: { 200: referenceResponse },
      },
      async (ref, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) => resendActivation(ctx, scope, ref, onRegistered),
          (registration) => ({ reference: registration.reference }),
        );
      },
    ),
  );

  app.put(
    '/portal/usage',
    ...endpoint(
      {
        tag,
        summary: "Report a portal's storage, users, rooms and AI agents (from the workspace)",
        access: signed('usage'),
        input: usageInput,
        responses: { 200: usageResponse },
      },
      async ({ usedSize, usersCount, roomAdminCount, roomsCount, aiAgentsCount, ...ref }, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) =>
            reportUsage(
              ctx,
              scope,
              ref,
              { usedSize, usersCount, roomAdminCount, roomsCount, aiAgentsCount },
              deps.usageAlertMail,
            ),
          (reported) => ({
            tenant: presentTenant(reported.tenant),
            usage: presentUsage(reported.usage),
          }),
        );
      },
    ),
  );
}

/**
 * The sign-up defences an anonymous registration gets (attempt limit, then CAPTCHA); the
 * operator and API clients (servers, bound by their own quotas) get none.
 */
function signupGuard(
  { protection }: RouteDeps,
  request: FastifyRequest,
  input: {
    readonly recaptchaResponse?: string | undefined;
    readonly recaptchaType?: string | undefined;
    readonly appKey?: string | undefined;
    readonly email?: string | undefined;
  },
): AnonymousGuard | undefined {
  if (request.caller.kind !== 'anonymous') return undefined;
  return async () => {
    await protection.countAttempt({ ip: clientAddress(request) });
    await protection.verifyCaptcha({
      response: input.recaptchaResponse,
      type: input.recaptchaType,
      appKey: input.appKey,
      email: input.email,
      clientIp: clientAddress(request),
    });
  };
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

/** What a registration's log line says: the new portal's id and name. */
function registered(registration: Registration) {
  return { tenantId: registration.tenant.id, portalName: registration.tenant.alias };
}
