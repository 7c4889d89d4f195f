import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listAuditLog } from '../../../domain/audit/list-audit.js';
import { DomainError } from '../../../domain/errors.js';
import { createLoginLink } from '../../../domain/owner/login-link.js';
import { resendActivation } from '../../../domain/owner/resend-activation.js';
import { setPortalProtection } from '../../../domain/lifecycle/protect-portal.js';
import { restorePortal } from '../../../domain/lifecycle/restore-portal.js';
import { cancelRemoval } from '../../../domain/lifecycle/schedule-removal.js';
import { changePortalStatus, removePortal } from '../../../domain/portal/change-portal-status.js';
import { portalDetail, type PortalDetail } from '../../../domain/portal/portal-detail.js';
import { setTariff } from '../../../domain/tariff/set-tariff.js';
import { HOUR_MS } from '../../../domain/time.js';
import { listPortalDeliveries } from '../../../domain/webhook/webhook-deliveries.js';
import { field } from '../../web/forms.js';
import { formFields, parseForm } from '../../web/forms.js';
import { loginLinkInput, protectionInput, statusInput } from '../../api/routes/portal/schema.js';
import { setInput } from '../../api/routes/tariff/schema.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { auditRow, deliveryRow, ownerView, tariffView, tenantView } from '../console-present.js';
import { formProblems, type FormProblems } from '../form-errors.js';
import {
  confirmPage,
  portalPage,
  type CreatedLinkView,
  type FieldErrors,
  type FlashMessage,
  type TariffFormValues,
} from '../components/index.js';

/** The tariff form's fields, in the API's names (tariff/set). */
const TARIFF_FIELDS = ['plan', 'activeUsers', 'maxFileSize', 'maxTotalSize', 'dueDate', 'features'] as const;
/** How much of the portal's audit trail and deliveries its page shows (the full lists are a link away). */
const TRAIL = 10;

/** What a refused or finished action puts on the portal page it answers with. */
interface PortalPageState {
  readonly flash?: readonly FlashMessage[];
  readonly tariffForm?: { readonly values: TariffFormValues; readonly errors: FieldErrors };
  readonly statusForm?: { readonly reason: string; readonly error?: string | undefined };
  readonly loginLinkForm?: { readonly ttl: string; readonly error?: string | undefined };
  readonly createdLink?: CreatedLinkView;
}

/**
 * /console/portals/:tenantId: the owner, the portal, its storage, the tariff with its edit form,
 * suspend/resume with a reason, removal (after a confirmation page), protection, a scheduled
 * removal's cancellation, restore, resend activation, a one-time login link, its audit trail and
 * its webhook deliveries. Each action runs the API's use
 * case as the signed-in operator; a refusal comes back on the page, beside its field (400).
 */
export function portalPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;

  const render = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    detail: PortalDetail,
    state: PortalPageState = {},
  ) => {
    const actor = deps.actor(request);
    const { tenant } = detail;
    const [audit, deliveries] = await Promise.all([
      listAuditLog(ctx, actor, { tenantId: tenant.id, limit: TRAIL }),
      listPortalDeliveries(ctx, actor, tenant.id, TRAIL),
    ]);
    const now = ctx.clock.now();
    return deps.send(
      reply,
      status,
      portalPage({
        chrome: deps.chrome(request, 'portals', [...noticeOf(request), ...(state.flash ?? [])]),
        tenant: tenantView(tenant),
        owner: ownerView(detail.owner, tenant),
        tariff: tariffView(detail.tariff, now, ctx.options.tariff.graceDays),
        statusReason: tenant.statusReason,
        client: detail.client === null ? null : { ...detail.client, href: consolePaths.client(detail.client.clientId) },
        loginProviders: detail.loginProviders.map(({ name, clientId, hasSecret }) => ({ name, clientId, hasSecret })),
        usage:
          detail.usage.reported === null
            ? null
            : { usersCount: detail.usage.usersCount, reported: detail.usage.reported.toISOString() },
        links: {
          listHref: consolePaths.portals,
          tariffAction: consolePaths.portalAction(tenant.id, 'tariff'),
          statusAction: consolePaths.portalAction(tenant.id, 'status'),
          removeHref: consolePaths.portalAction(tenant.id, 'remove'),
          resendActivationAction: consolePaths.portalAction(tenant.id, 'resend-activation'),
          loginLinkAction: consolePaths.portalAction(tenant.id, 'login-link'),
          auditHref: withQuery(consolePaths.audit, { portal: String(tenant.id) }),
          redeliverAction: consolePaths.redeliver,
          selfHref: consolePaths.portal(tenant.id),
          protectionAction: consolePaths.portalAction(tenant.id, 'protection'),
          cancelRemovalAction: consolePaths.portalAction(tenant.id, 'cancel-removal'),
          restoreAction: consolePaths.portalAction(tenant.id, 'restore'),
        },
        planOptions: ctx.options.tariff.plans.map((p) => ({ value: p.plan, label: p.plan })),
        tariffForm: state.tariffForm ?? { values: tariffFormValues(detail), errors: {} },
        statusForm: state.statusForm ?? { reason: '' },
        loginLinkForm: state.loginLinkForm ?? { ttl: '' },
        createdLink: state.createdLink ?? null,
        audit: audit.events.map(auditRow),
        deliveries: deliveries.map((d) => deliveryRow(d.delivery, { url: d.webhookUrl })),
      }),
    );
  };

  /** The portal a route's `:tenantId` names, or the 404 page. */
  const load = async (request: FastifyRequest, reply: FastifyReply): Promise<PortalDetail | FastifyReply> => {
    const id = (request.params as { tenantId?: string }).tenantId ?? '';
    try {
      if (!/^\d{1,10}$/.test(id)) throw new DomainError('portalNameNotFound');
      return await portalDetail(ctx, deps.actor(request), Number(id));
    } catch (error) {
      if (error instanceof DomainError && error.code === 'portalNameNotFound')
        return deps.notFound(request, reply, 'Portal', { href: consolePaths.portals, label: 'Back to the portals' });
      throw error;
    }
  };
  const isReply = (value: PortalDetail | FastifyReply): value is FastifyReply => !('tenant' in value);

  /** Runs an action; a refusal re-renders the page (400) with what `refused` makes of the problems. */
  const act = async (
    request: FastifyRequest,
    reply: FastifyReply,
    detail: PortalDetail,
    run: () => Promise<FastifyReply>,
    refused: (problems: FormProblems) => PortalPageState,
  ): Promise<FastifyReply> => {
    try {
      return await run();
    } catch (error) {
      const problems = formProblems(error, [...TARIFF_FIELDS, 'reason', 'ttl']);
      if (problems === undefined) throw error;
      const state = refused(problems);
      return render(request, reply, 400, detail, {
        ...state,
        flash: [...(state.flash ?? []), ...problems.general.map((text) => ({ kind: 'error' as const, text }))],
      });
    }
  };

  app.get('/portals/:tenantId', async (request, reply) => {
    const detail = await load(request, reply);
    return isReply(detail) ? detail : render(request, reply, 200, detail);
  });

  app.post('/portals/:tenantId/tariff', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    const posted = Object.fromEntries(
      TARIFF_FIELDS.map((name) => [name, (field(request, name) ?? '').trim()]),
    ) as unknown as TariffFormValues;
    const current = tariffFormValues(detail);
    // Only what the operator changed is sent, as a billing panel would: a new plan then sets its
    // limits, and the fields still showing the old plan's values do not undo it.
    const changed = new Map<string, unknown>();
    for (const name of TARIFF_FIELDS) {
      if (posted[name] === current[name]) continue;
      changed.set(name.toLowerCase(), name === 'dueDate' && posted[name] === '' ? 'null' : posted[name]);
    }
    return act(
      request,
      reply,
      detail,
      async () => {
        const { portalName: _name, tenantId: _id, ...change } = parseForm(setInput, changed);
        await setTariff(ctx, deps.scope(request), { tenantId: detail.tenant.id }, change);
        return reply.redirect(withQuery(consolePaths.portal(detail.tenant.id), { notice: 'tariff' }), 303);
      },
      (problems) => ({ tariffForm: { values: posted, errors: problems.fields } }),
    );
  });

  app.post('/portals/:tenantId/status', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    const reason = field(request, 'reason') ?? '';
    return act(
      request,
      reply,
      detail,
      async () => {
        const input = parseForm(statusInput, formFields(request, ['status', 'reason']));
        const changed = await changePortalStatus(
          ctx,
          deps.scope(request),
          { tenantId: detail.tenant.id },
          input.status,
          input.reason,
        );
        return reply.redirect(
          withQuery(consolePaths.portal(detail.tenant.id), {
            notice: changed.status === 'Active' ? 'resumed' : 'suspended',
          }),
          303,
        );
      },
      (problems) => ({ statusForm: { reason, error: problems.fields.reason } }),
    );
  });

  const removeConfirm = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    detail: PortalDetail,
    typed: string,
    error?: string,
  ) => {
    const alias = detail.tenant.alias;
    return deps.send(
      reply,
      status,
      confirmPage({
        chrome: deps.chrome(request, 'portals'),
        title: `Remove portal ${alias}?`,
        breadcrumbs: [
          { label: 'Portals', href: consolePaths.portals },
          { label: alias, href: consolePaths.portal(detail.tenant.id) },
        ],
        confirm: {
          title: 'Remove this portal',
          message: `The portal ${detail.tenant.domain} is removed at once; this cannot be undone from the console.`,
          consequences: [
            'The owner can no longer sign in, and the portal’s address answers “not found”.',
            'Its name is free again: anyone may register it.',
            `Its records are purged after ${ctx.options.removeRetentionDays} days; webhook endpoints receive portal.removed now.`,
          ],
          action: consolePaths.portalAction(detail.tenant.id, 'remove'),
          submitLabel: 'Remove portal',
          cancelHref: consolePaths.portal(detail.tenant.id),
          typeToConfirm: { expected: alias, value: typed, error },
        },
      }),
    );
  };

  app.get('/portals/:tenantId/remove', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    if (detail.tenant.status === 'RemovePending') return reply.redirect(consolePaths.portal(detail.tenant.id), 303);
    return removeConfirm(request, reply, 200, detail, '');
  });

  app.post('/portals/:tenantId/remove', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    const typed = (field(request, 'confirm') ?? '').trim();
    if (typed.toLowerCase() !== detail.tenant.alias)
      return removeConfirm(
        request,
        reply,
        400,
        detail,
        typed,
        `Type the portal’s name, ${detail.tenant.alias}, to confirm.`,
      );
    return act(
      request,
      reply,
      detail,
      async () => {
        await removePortal(ctx, deps.scope(request), { tenantId: detail.tenant.id });
        return reply.redirect(withQuery(consolePaths.portal(detail.tenant.id), { notice: 'removed' }), 303);
      },
      () => ({}),
    );
  });

  // Reversible removal: protection, cancelling a scheduled removal, restore (the API's use cases).
  app.post('/portals/:tenantId/protection', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    return act(
      request,
      reply,
      detail,
      async () => {
        const input = parseForm(protectionInput, formFields(request, ['protected']));
        const changed = await setPortalProtection(
          ctx,
          deps.scope(request),
          { tenantId: detail.tenant.id },
          input.protected,
        );
        const notice = changed.isProtected ? 'protected' : 'unprotected';
        return reply.redirect(withQuery(consolePaths.portal(detail.tenant.id), { notice }), 303);
      },
      () => ({}),
    );
  });

  app.post('/portals/:tenantId/cancel-removal', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    return act(
      request,
      reply,
      detail,
      async () => {
        await cancelRemoval(ctx, deps.scope(request), { tenantId: detail.tenant.id });
        return reply.redirect(withQuery(consolePaths.portal(detail.tenant.id), { notice: 'removal-cancelled' }), 303);
      },
      () => ({}),
    );
  });

  app.post('/portals/:tenantId/restore', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    return act(
      request,
      reply,
      detail,
      async () => {
        await restorePortal(ctx, deps.scope(request), detail.tenant.id);
        return reply.redirect(withQuery(consolePaths.portal(detail.tenant.id), { notice: 'restored' }), 303);
      },
      () => ({}),
    );
  });

  app.post('/portals/:tenantId/resend-activation', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    return act(
      request,
      reply,
      detail,
      async () => {
        const sent = await resendActivation(
          ctx,
          deps.scope(request),
          { tenantId: detail.tenant.id },
          deps.activationMail,
        );
        const expiresAt = new Date(
          ctx.clock.now().getTime() + ctx.options.links.activationTtlHours * HOUR_MS,
        ).toISOString();
        // The link is shown on the page this post answers with, once: it is not kept anywhere to show again.
        return render(request, reply, 200, detail, {
          createdLink: { kind: 'activation', url: sent.reference, expiresAt },
        });
      },
      () => ({}),
    );
  });

  app.post('/portals/:tenantId/login-link', async (request, reply) => {
    const detail = await load(request, reply);
    if (isReply(detail)) return detail;
    const ttl = field(request, 'ttl') ?? '';
    return act(
      request,
      reply,
      detail,
      async () => {
        const input = parseForm(loginLinkInput, formFields(request, ['ttl']));
        const created = await createLoginLink(ctx, deps.scope(request), { tenantId: detail.tenant.id }, input.ttl);
        return render(request, reply, 200, detail, {
          createdLink: { kind: 'login', url: created.link, expiresAt: created.expiresAt.toISOString() },
          loginLinkForm: { ttl },
        });
      },
      (problems) => ({ loginLinkForm: { ttl, error: problems.fields.ttl } }),
    );
  });
}

/** The tariff form filled with the tariff in force. */
function tariffFormValues({ tariff }: PortalDetail): TariffFormValues {
  return {
    plan: tariff.plan,
    activeUsers: String(tariff.activeUsers),
    maxFileSize: String(tariff.maxFileSize),
    maxTotalSize: String(tariff.maxTotalSize),
    dueDate: tariff.dueDate === null ? '' : tariff.dueDate.toISOString().slice(0, 10),
    features: tariff.features,
  };
}
