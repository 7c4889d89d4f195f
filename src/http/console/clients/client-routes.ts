import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { createClient } from '../../../domain/client/create-client.js';
import { getClient, listApiClients } from '../../../domain/client/find-clients.js';
import { DEFAULT_GRACE_MINUTES, rotateClientSecret } from '../../../domain/client/rotate-client-secret.js';
import { removeApiClient, updateApiClient } from '../../../domain/client/update-client.js';
import type { ClientView as DomainClientView } from '../../../domain/client/client-view.js';
import { DomainError } from '../../../domain/errors.js';
import { MINUTE_MS } from '../../../domain/time.js';
import { field } from '../../web/forms.js';
import { formFields, parseForm } from '../../web/forms.js';
import { createInput, rotateInput, updateInput } from '../../api/routes/client/schema.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { clientView } from '../console-present.js';
import { formProblems } from '../form-errors.js';
import {
  clientPage,
  clientsPage,
  confirmPage,
  DEFAULT_CLIENT_SCOPES,
  type ClientFormValues,
  type FieldErrors,
  type FlashMessage,
  type NewClientSecretView,
} from '../components/index.js';

const CLIENT_FIELDS = ['name', 'clientId', 'scopes', 'maxPortals', 'rateLimit', 'partnerId'] as const;
const EMPTY_FORM: ClientFormValues = {
  name: '',
  clientId: '',
  scopes: DEFAULT_CLIENT_SCOPES,
  maxPortals: '',
  rateLimit: '',
  partnerId: '',
};

/**
 * /console/clients: the API clients and the form creating one (its secret shown once, on the page
 * the creation answers with); /console/clients/:clientId: edit, rotate the secret (shown once),
 * disable or enable, remove. The use cases are client/create, update, rotate and remove.
 */
export function clientPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;

  const renderList = async (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    form?: { values: ClientFormValues; errors: FieldErrors },
    flash: FlashMessage[] = [],
  ) => {
    const clients = await listApiClients(ctx);
    return deps.send(
      reply,
      status,
      clientsPage({
        chrome: deps.chrome(request, 'clients', [...noticeOf(request), ...flash]),
        rows: clients.map((c) => ({ ...clientView(c), href: consolePaths.client(c.clientId) })),
        createAction: consolePaths.clients,
        createForm: form ?? { values: EMPTY_FORM, errors: {} },
      }),
    );
  };

  interface DetailState {
    readonly newSecret?: NewClientSecretView;
    readonly editForm?: { values: ClientFormValues; errors: FieldErrors };
    readonly rotateForm?: { graceMinutes: string; error?: string | undefined };
    readonly flash?: FlashMessage[];
  }
  const renderDetail = (
    request: FastifyRequest,
    reply: FastifyReply,
    status: number,
    client: DomainClientView,
    state: DetailState = {},
  ) => {
    const view = clientView(client);
    return deps.send(
      reply,
      status,
      clientPage({
        chrome: deps.chrome(request, 'clients', [...noticeOf(request), ...(state.flash ?? [])]),
        client: view,
        links: {
          listHref: consolePaths.clients,
          updateAction: consolePaths.clientAction(client.clientId, 'update'),
          rotateAction: consolePaths.clientAction(client.clientId, 'rotate'),
          disableHref: consolePaths.clientAction(client.clientId, 'disable'),
          enableAction: consolePaths.clientAction(client.clientId, 'enable'),
          portalsHref: withQuery(consolePaths.portals, { clientId: client.clientId }),
          removeHref: consolePaths.clientAction(client.clientId, 'remove'),
        },
        newSecret: state.newSecret ?? null,
        editForm: state.editForm ?? { values: formValuesOf(client), errors: {} },
        rotateForm: state.rotateForm ?? { graceMinutes: '' },
      }),
    );
  };

  /** The client `:clientId` names, or the 404 page. */
  const load = async (request: FastifyRequest, reply: FastifyReply): Promise<DomainClientView | FastifyReply> => {
    try {
      return await getClient(ctx, (request.params as { clientId?: string }).clientId);
    } catch (error) {
      if (error instanceof DomainError && error.code === 'clientNotFound')
        return deps.notFound(request, reply, 'Client', { href: consolePaths.clients, label: 'Back to the clients' });
      throw error;
    }
  };
  const isReply = (value: DomainClientView | FastifyReply): value is FastifyReply => !('clientId' in value);

  app.get('/clients', async (request, reply) => renderList(request, reply, 200));

  app.post('/clients', async (request, reply) => {
    const values = postedValues(request);
    try {
      const input = parseForm(createInput, formFields(request, [...CLIENT_FIELDS, 'graceMinutes']));
      // The check boxes are the whole list: none checked is no scope (not the API's default set).
      const created = await createClient(ctx, deps.scope(request), { ...input, scopes: input.scopes ?? [] });
      return renderDetail(request, reply, 200, created.client, {
        newSecret: { secret: created.secret, reason: 'created', previousValidUntil: null },
      });
    } catch (error) {
      const problems = formProblems(error, CLIENT_FIELDS, { codes: { clientExist: 'clientId' } });
      if (problems === undefined) throw error;
      return renderList(
        request,
        reply,
        400,
        { values, errors: problems.fields },
        problems.general.map((text) => ({ kind: 'error', text })),
      );
    }
  });

  app.get('/clients/:clientId', async (request, reply) => {
    const client = await load(request, reply);
    return isReply(client) ? client : renderDetail(request, reply, 200, client);
  });

  app.post('/clients/:clientId/update', async (request, reply) => {
    const client = await load(request, reply);
    if (isReply(client)) return client;
    const values = { ...postedValues(request), clientId: client.clientId };
    try {
      const { clientId: _ignored, ...change } = parseForm(updateInput, formFields(request, CLIENT_FIELDS));
      // An emptied limit means "no limit" (0, as in the API): the form shows every field.
      await updateApiClient(ctx, deps.scope(request), client.clientId, {
        ...change,
        scopes: change.scopes ?? [],
        maxPortals: change.maxPortals ?? 0,
        rateLimit: change.rateLimit ?? 0,
        disabled: undefined,
      });
      return reply.redirect(withQuery(consolePaths.client(client.clientId), { notice: 'client-saved' }), 303);
    } catch (error) {
      const problems = formProblems(error, CLIENT_FIELDS);
      if (problems === undefined) throw error;
      return renderDetail(request, reply, 400, client, {
        editForm: { values, errors: problems.fields },
        flash: problems.general.map((text) => ({ kind: 'error', text })),
      });
    }
  });

  app.post('/clients/:clientId/rotate', async (request, reply) => {
    const client = await load(request, reply);
    if (isReply(client)) return client;
    const graceMinutes = (field(request, 'graceMinutes') ?? '').trim();
    try {
      const input = parseForm(rotateInput, formFields(request, ['graceMinutes']));
      const rotated = await rotateClientSecret(ctx, deps.scope(request), client.clientId, input.graceMinutes);
      const grace = input.graceMinutes ?? DEFAULT_GRACE_MINUTES;
      const until =
        grace === 0 ? null : new Date(rotated.client.secretRotated.getTime() + grace * MINUTE_MS).toISOString();
      return renderDetail(request, reply, 200, rotated.client, {
        newSecret: { secret: rotated.secret, reason: 'rotated', previousValidUntil: until },
      });
    } catch (error) {
      const problems = formProblems(error, ['graceMinutes']);
      if (problems === undefined) throw error;
      return renderDetail(request, reply, 400, client, {
        rotateForm: { graceMinutes, error: problems.fields.graceMinutes ?? problems.general[0] },
        flash:
          problems.fields.graceMinutes === undefined
            ? problems.general.slice(1).map((text) => ({ kind: 'error', text }))
            : problems.general.map((text) => ({ kind: 'error', text })),
      });
    }
  });

  const confirm = (
    request: FastifyRequest,
    reply: FastifyReply,
    client: DomainClientView,
    kind: 'disable' | 'remove',
  ) =>
    deps.send(
      reply,
      200,
      confirmPage({
        chrome: deps.chrome(request, 'clients'),
        title: kind === 'disable' ? `Disable client ${client.name}?` : `Remove client ${client.name}?`,
        breadcrumbs: [
          { label: 'Clients', href: consolePaths.clients },
          { label: client.name, href: consolePaths.client(client.clientId) },
        ],
        confirm: {
          title: kind === 'disable' ? 'Disable this client' : 'Remove this client',
          message:
            kind === 'disable'
              ? `${client.name} (${client.clientId}) can no longer call the API until it is enabled again.`
              : `${client.name} (${client.clientId}) is removed for good; its id can never be used again.`,
          consequences:
            kind === 'disable'
              ? [
                  'Its tokens are refused at once.',
                  'Its webhook endpoints are paused.',
                  `Its ${client.portalCount} portals keep working.`,
                ]
              : [
                  'Its tokens stop working at once, its secret is forgotten.',
                  'Its webhook endpoints are disabled.',
                  `Its ${client.portalCount} portals stay, and keep its client id.`,
                ],
          action: consolePaths.clientAction(client.clientId, kind),
          submitLabel: kind === 'disable' ? 'Disable client' : 'Remove client',
          cancelHref: consolePaths.client(client.clientId),
        },
      }),
    );

  for (const kind of ['disable', 'remove'] as const) {
    app.get(`/clients/:clientId/${kind}`, async (request, reply) => {
      const client = await load(request, reply);
      return isReply(client) ? client : confirm(request, reply, client, kind);
    });
  }

  const setDisabled = (disabled: boolean) => async (request: FastifyRequest, reply: FastifyReply) => {
    const client = await load(request, reply);
    if (isReply(client)) return client;
    await updateApiClient(ctx, deps.scope(request), client.clientId, { disabled });
    return reply.redirect(
      withQuery(consolePaths.client(client.clientId), { notice: disabled ? 'client-disabled' : 'client-enabled' }),
      303,
    );
  };
  app.post('/clients/:clientId/disable', setDisabled(true));
  app.post('/clients/:clientId/enable', setDisabled(false));

  app.post('/clients/:clientId/remove', async (request, reply) => {
    const client = await load(request, reply);
    if (isReply(client)) return client;
    await removeApiClient(ctx, deps.scope(request), client.clientId);
    return reply.redirect(withQuery(consolePaths.clients, { notice: 'client-removed' }), 303);
  });
}

function postedValues(request: FastifyRequest): ClientFormValues {
  const scopes = formFields(request, ['scopes']).get('scopes');
  return {
    name: field(request, 'name') ?? '',
    clientId: field(request, 'clientId') ?? '',
    scopes: Array.isArray(scopes)
      ? scopes.filter((s): s is string => typeof s === 'string')
      : typeof scopes === 'string' && scopes !== ''
        ? [scopes]
        : [],
    maxPortals: field(request, 'maxPortals') ?? '',
    rateLimit: field(request, 'rateLimit') ?? '',
    partnerId: field(request, 'partnerId') ?? '',
  };
}

function formValuesOf(client: DomainClientView): ClientFormValues {
  return {
    name: client.name,
    clientId: client.clientId,
    scopes: client.scopes,
    maxPortals: client.maxPortals === null ? '' : String(client.maxPortals),
    rateLimit: client.rateLimit === null ? '' : String(client.rateLimit),
    partnerId: client.partnerId ?? '',
  };
}
