import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { listClientChoices } from '../../../domain/client/find-clients.js';
import { DomainError } from '../../../domain/errors.js';
import {
  createWebhook,
  getWebhook,
  listWebhooks,
  removeWebhook,
  rotateWebhookSecret,
  updateWebhook,
} from '../../../domain/webhook/manage-webhooks.js';
import {
  listWebhookDeliveries,
  redeliver,
  testWebhook,
  type DeliveryPage,
} from '../../../domain/webhook/webhook-deliveries.js';
import type { WebhookView as DomainWebhookView } from '../../../domain/webhook/webhook-view.js';
import { field } from '../../web/forms.js';
import { formFields, parseForm } from '../../web/forms.js';
import { createInput, updateInput } from '../../api/routes/webhook/schema.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, consoleReturnPath, withQuery } from '../console-paths.js';
import { deliveryRow, webhookView } from '../console-present.js';
import { formProblems } from '../form-errors.js';
import {
  confirmPage,
  webhookPage,
  webhooksPage,
  type FieldErrors,
  type FlashMessage,
  type WebhookFormValues,
} from '../components/index.js';

const WEBHOOK_FIELDS = ['url', 'events', 'description'] as const;
const EMPTY_FORM: WebhookFormValues = { url: '', events: ['*'], description: '' };
const DELIVERIES_PAGE = 25;

/**
 * /console/webhooks: the endpoints and the form adding one (its signing secret shown once);
 * /console/webhooks/:webhookId: edit, test event, rotate the secret, pause or resume, remove,
 * and its deliveries with a status filter and Redeliver. The use cases are webhook/*.
 */
export function webhookPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;

  const renderList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    form?: { values: WebhookFormValues; errors: FieldErrors },
    flash: FlashMessage[] = [],
  ) => {
    const webhooks = await listWebhooks(ctx, deps.actor(request));
    const clients = new Set((await listClientChoices(ctx)).map((c) => c.clientId));
    return deps.send(
      reply,
      status,
      webhooksPage({
        chrome: deps.chrome(request, 'webhooks', [...noticeOf(request), ...flash]),
        rows: webhooks.map((w) => ({
          ...webhookView(w),
          href: consolePaths.webhook(w.webhookId),
          clientHref: w.clientId !== null && clients.has(w.clientId) ? consolePaths.client(w.clientId) : null,
        })),
        createAction: consolePaths.webhooks,
        createForm: form ?? { values: EMPTY_FORM, errors: {} },
      }),
    );
  };

  interface DetailState {
    readonly newSecret?: { readonly secret: string; readonly reason: 'created' | 'rotated' };
    readonly editForm?: { values: WebhookFormValues; errors: FieldErrors };
    readonly flash?: FlashMessage[];
  }
  const renderDetail = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    webhook: DomainWebhookView,
    state: DetailState = {},
  ) => {
    const statusFilter = (field(request, 'status') ?? '').trim();
    const after = field(request, 'after');
    const flash: FlashMessage[] = [...noticeOf(request), ...(state.flash ?? [])];
    let page: DeliveryPage = { deliveries: [], next: null };
    let answer = status;
    try {
      page = await listWebhookDeliveries(ctx, deps.actor(request), webhook.webhookId, {
        status: statusFilter === '' ? undefined : statusFilter,
        after,
        limit: DELIVERIES_PAGE,
      });
    } catch (error) {
      const problems = formProblems(error, []);
      if (problems === undefined) throw error;
      answer = 400;
      for (const text of problems.general) flash.push({ kind: 'error', text });
    }
    const view = webhookView(webhook);
    const self = consolePaths.webhook(webhook.webhookId);
    const known =
      webhook.clientId !== null && (await listClientChoices(ctx)).some((c) => c.clientId === webhook.clientId);
    return deps.send(
      reply,
      answer,
      webhookPage({
        chrome: deps.chrome(request, 'webhooks', flash),
        webhook: view,
        clientHref: known && webhook.clientId !== null ? consolePaths.client(webhook.clientId) : null,
        links: {
          listHref: consolePaths.webhooks,
          updateAction: consolePaths.webhookAction(webhook.webhookId, 'update'),
          testAction: consolePaths.webhookAction(webhook.webhookId, 'test'),
          rotateAction: consolePaths.webhookAction(webhook.webhookId, 'rotate'),
          stateAction: consolePaths.webhookAction(webhook.webhookId, 'state'),
          removeHref: consolePaths.webhookAction(webhook.webhookId, 'remove'),
          deliveriesAction: self,
          redeliverAction: consolePaths.redeliver,
        },
        newSecret: state.newSecret ?? null,
        editForm: state.editForm ?? {
          values: { url: view.url, events: view.events, description: view.description ?? '' },
          errors: {},
        },
        statusFilter,
        deliveries: page.deliveries.map((d) => deliveryRow(d, null)),
        firstHref: after !== undefined && after !== '' ? withQuery(self, { status: statusFilter }) : null,
        nextHref: page.next === null ? null : withQuery(self, { status: statusFilter, after: page.next }),
      }),
    );
  };

  /** The endpoint `:webhookId` names, or the 404 page. */
  const load = async (request: FastifyRequest, reply: FastifyReply): Promise<DomainWebhookView | FastifyReply> => {
    try {
      return await getWebhook(ctx, deps.actor(request), (request.params as { webhookId?: string }).webhookId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'webhookNotFound')
        return deps.notFound(request, reply, 'Webhook endpoint', {
          href: consolePaths.webhooks,
          label: 'Back to the webhooks',
        });
      throw error;
    }
  };
  const isReply = (value: DomainWebhookView | FastifyReply): value is FastifyReply => !('webhookId' in value);
  const problemsOf = (error: unknown) => formProblems(error, WEBHOOK_FIELDS, { codes: { webhookUrlInvalid: 'url' } });
  const errorsFlash = (general: readonly string[]): FlashMessage[] => general.map((text) => ({ kind: 'error', text }));

  app.get('/webhooks', async (request, reply) => renderList(request, reply, 200));

  app.post('/webhooks', async (request, reply) => {
    const values = postedValues(request);
    try {
      const input = parseForm(createInput, formFields(request, WEBHOOK_FIELDS));
      const created = await createWebhook(ctx, deps.scope(request), input);
      return renderDetail(request, reply, 200, created.webhook, {
        newSecret: { secret: created.secret, reason: 'created' },
      });
    } catch (error) {
      const problems = problemsOf(error);
      if (problems === undefined) throw error;
      return renderList(request, reply, 400, { values, errors: problems.fields }, errorsFlash(problems.general));
    }
  });

  // Before /webhooks/:webhookId, so "redeliver" is never read as an endpoint id.
  app.post('/webhooks/redeliver', async (request, reply) => {
    const back = consoleReturnPath(field(request, 'returnTo'));
    const delivery = await redeliver(ctx, deps.scope(request), field(request, 'deliveryId'));
    return reply.redirect(withQuery(back ?? consolePaths.webhook(delivery.webhookId), { notice: 'redelivered' }), 303);
  });

  app.get('/webhooks/:webhookId', async (request, reply) => {
    const webhook = await load(request, reply);
    return isReply(webhook) ? webhook : renderDetail(request, reply, 200, webhook);
  });

  app.post('/webhooks/:webhookId/update', async (request, reply) => {
    const webhook = await load(request, reply);
    if (isReply(webhook)) return webhook;
    const values = postedValues(request);
    try {
      const {
        webhookId: _ignored,
        disabled: _state,
        ...change
      } = parseForm(updateInput, formFields(request, WEBHOOK_FIELDS));
      // Nothing checked means every event, as on the create form; an emptied description is none.
      await updateWebhook(ctx, deps.scope(request), webhook.webhookId, {
        ...change,
        events: change.events ?? ['*'],
        description: change.description ?? '',
      });
      return reply.redirect(withQuery(consolePaths.webhook(webhook.webhookId), { notice: 'webhook-saved' }), 303);
    } catch (error) {
      const problems = problemsOf(error);
      if (problems === undefined) throw error;
      return renderDetail(request, reply, 400, webhook, {
        editForm: { values, errors: problems.fields },
        flash: errorsFlash(problems.general),
      });
    }
  });

  app.post('/webhooks/:webhookId/test', async (request, reply) => {
    const webhook = await load(request, reply);
    if (isReply(webhook)) return webhook;
    await testWebhook(ctx, deps.scope(request), webhook.webhookId);
    return reply.redirect(withQuery(consolePaths.webhook(webhook.webhookId), { notice: 'webhook-test' }), 303);
  });

  app.post('/webhooks/:webhookId/rotate', async (request, reply) => {
    const webhook = await load(request, reply);
    if (isReply(webhook)) return webhook;
    const rotated = await rotateWebhookSecret(ctx, deps.scope(request), webhook.webhookId);
    return renderDetail(request, reply, 200, rotated.webhook, {
      newSecret: { secret: rotated.secret, reason: 'rotated' },
    });
  });

  app.post('/webhooks/:webhookId/state', async (request, reply) => {
    const webhook = await load(request, reply);
    if (isReply(webhook)) return webhook;
    const disabled = field(request, 'disabled') === 'true';
    await updateWebhook(ctx, deps.scope(request), webhook.webhookId, { disabled });
    return reply.redirect(
      withQuery(consolePaths.webhook(webhook.webhookId), { notice: disabled ? 'webhook-paused' : 'webhook-resumed' }),
      303,
    );
  });

  app.get('/webhooks/:webhookId/remove', async (request, reply) => {
    const webhook = await load(request, reply);
    if (isReply(webhook)) return webhook;
    const name = webhook.description !== '' ? webhook.description : webhook.url;
    return deps.send(
      reply,
      200,
      confirmPage({
        chrome: deps.chrome(request, 'webhooks'),
        title: 'Remove this webhook endpoint?',
        breadcrumbs: [
          { label: 'Webhooks', href: consolePaths.webhooks },
          { label: name, href: consolePaths.webhook(webhook.webhookId) },
        ],
        confirm: {
          title: 'Remove the endpoint',
          message: `${webhook.url} stops receiving events for good.`,
          consequences: [
            'Its deliveries, sent and waiting, are deleted with it.',
            'The audit log keeps the record of its removal.',
            'Pausing it instead can be undone.',
          ],
          action: consolePaths.webhookAction(webhook.webhookId, 'remove'),
          submitLabel: 'Remove endpoint',
          cancelHref: consolePaths.webhook(webhook.webhookId),
        },
      }),
    );
  });

  app.post('/webhooks/:webhookId/remove', async (request, reply) => {
    const webhook = await load(request, reply);
    if (isReply(webhook)) return webhook;
    await removeWebhook(ctx, deps.scope(request), webhook.webhookId);
    return reply.redirect(withQuery(consolePaths.webhooks, { notice: 'webhook-removed' }), 303);
  });
}

function postedValues(request: FastifyRequest): WebhookFormValues {
  const events = formFields(request, ['events']).get('events');
  return {
    url: field(request, 'url') ?? '',
    events: Array.isArray(events)
      ? events.filter((e): e is string => typeof e === 'string')
      : typeof events === 'string' && events !== ''
        ? [events]
        : [],
    description: field(request, 'description') ?? '',
  };
}
