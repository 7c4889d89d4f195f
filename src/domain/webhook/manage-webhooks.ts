import { randomBytes } from 'node:crypto';
import {
  countEndpoints,
  deleteEndpoint,
  findEndpoint,
  insertEndpoint,
  listEndpoints,
  updateEndpoint,
} from '../../store/repositories/webhook-endpoints.js';
import type { WebhookEndpointRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import { visibleClientOf, type Actor, type ChangeScope } from '../actor.js';
import { diffFields } from '../audit/audit-actions.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { checkDescription, checkEndpointUrl, checkEvents } from './webhook-fields.js';
import { rotateSecret } from '../tokens/rotating-secret.js';
import { generateWebhookSecret, ROTATION_OVERLAP_MS, webhookSecretContext } from './webhook-secret.js';
import { webhookView, type WebhookView } from './webhook-view.js';

/** What webhook/create accepts. */
export interface NewWebhookInput {
  readonly url?: string | undefined;
  readonly events?: readonly string[] | undefined;
  readonly description?: string | undefined;
}

/** What webhook/update may change; a field left out keeps its value. */
export interface WebhookChange extends NewWebhookInput {
  readonly disabled?: boolean | undefined;
}

/** An endpoint and its signing secret: shown when created and when rotated, never again. */
export interface WebhookWithSecret {
  readonly webhook: WebhookView;
  readonly secret: string;
}

/**
 * webhook/create: a new endpoint for the operator, or for the calling client (it then receives
 * only its own portals' events). The URL is checked against the refused targets now and again at
 * every send.
 */
export async function createWebhook(
  ctx: DomainContext,
  scope: ChangeScope,
  input: NewWebhookInput,
): Promise<WebhookWithSecret> {
  const url = await checkEndpointUrl(ctx, input.url);
  const events = checkEvents(input.events);
  const description = checkDescription(input.description) ?? '';
  const id = `wh_${randomBytes(12).toString('base64url')}`;
  const secret = generateWebhookSecret();
  const endpoint: WebhookEndpointRecord = {
    id,
    url,
    events,
    description,
    disabled: false,
    disabledReason: null,
    disabledBy: null,
    clientId: visibleClientOf(scope) ?? null,
    created: ctx.clock.now(),
    secretSealed: ctx.secrets.seal(secret, webhookSecretContext(id)),
    previousSecretSealed: null,
    previousSecretUntil: null,
    failingSince: null,
  };
  return ctx.store.transaction(async (tx) => {
    // Each endpoint multiplies every event into one more outbound request: a cap per owner.
    const limit = ctx.options.webhooks.maxEndpoints;
    if ((await countEndpoints(tx, endpoint.clientId)) >= limit) {
      throw new DomainError(
        'webhookLimit',
        `${endpoint.clientId === null ? 'The operator' : 'A client'} may have at most ${limit} webhook endpoints`,
      );
    }
    await insertEndpoint(tx, endpoint);
    await recordChange(ctx, tx, scope, {
      action: 'webhook.create',
      clientId: endpoint.clientId,
      changes: { webhookId: [null, id], url: [null, url], events: [null, webhookView(endpoint).events] },
    });
    const created = { webhook: webhookView(endpoint), secret };
    await scope.beforeCommit?.(tx, created);
    return created;
  });
}

/** webhook/get: an endpoint the actor may see (a client: only its own), else webhookNotFound. */
export async function getWebhook(
  ctx: DomainContext,
  actor: Actor,
  webhookId: string | undefined,
): Promise<WebhookView> {
  return webhookView(await visibleEndpoint(ctx.store.db, actor, webhookId));
}

/** webhook/list: the operator's view is every endpoint; a client's, its own. */
export async function listWebhooks(ctx: DomainContext, actor: Actor): Promise<WebhookView[]> {
  return (await listEndpoints(ctx.store.db, visibleClientOf(actor))).map(webhookView);
}

const AUDITED: readonly (keyof WebhookEndpointRecord & string)[] = ['url', 'events', 'description', 'disabled'];

/**
 * webhook/update: a partial update. Enabling an endpoint clears the reason it was disabled for;
 * an endpoint the operator disabled only the operator enables again.
 */
export async function updateWebhook(
  ctx: DomainContext,
  scope: ChangeScope,
  webhookId: string | undefined,
  change: WebhookChange,
): Promise<WebhookView> {
  const url = change.url === undefined ? undefined : await checkEndpointUrl(ctx, change.url);
  const events = change.events === undefined ? undefined : checkEvents(change.events);
  const description = checkDescription(change.description);
  return ctx.store.transaction(async (tx) => {
    const before = await visibleEndpoint(tx, scope, webhookId);
    const byClient = visibleClientOf(scope) !== undefined;
    if (change.disabled === false && before.disabled && before.disabledBy === 'operator' && byClient) {
      throw new DomainError('forbidden', 'Only the operator may enable an endpoint the operator disabled');
    }
    const after: WebhookEndpointRecord = {
      ...before,
      ...(url !== undefined ? { url } : {}),
      ...(events !== undefined ? { events } : {}),
      ...(description !== undefined ? { description } : {}),
      ...(change.disabled === true && !before.disabled
        ? { disabled: true, disabledReason: 'disabled by request', disabledBy: byClient ? 'client' : 'operator' }
        : {}),
      // An operator disabling what its client disabled makes it the operator's to lift.
      ...(change.disabled === true && before.disabled && !byClient ? { disabledBy: 'operator' } : {}),
      // A re-enabled endpoint starts with a clean record: its old failures no longer count.
      ...(change.disabled === false
        ? { disabled: false, disabledReason: null, disabledBy: null, failingSince: null }
        : {}),
    };
    await updateEndpoint(tx, after);
    await recordChange(ctx, tx, scope, {
      action: 'webhook.update',
      clientId: after.clientId,
      changes: { webhookId: [before.id, before.id], ...diffFields(before, after, AUDITED) },
    });
    const view = webhookView(after);
    await scope.beforeCommit?.(tx, view);
    return view;
  });
}

/** webhook/remove: the endpoint and its deliveries are deleted (the audit log keeps the record). */
export async function removeWebhook(
  ctx: DomainContext,
  scope: ChangeScope,
  webhookId: string | undefined,
): Promise<WebhookView> {
  return ctx.store.transaction(async (tx) => {
    const endpoint = await visibleEndpoint(tx, scope, webhookId);
    await deleteEndpoint(tx, endpoint.id);
    await recordChange(ctx, tx, scope, {
      action: 'webhook.remove',
      clientId: endpoint.clientId,
      changes: { webhookId: [endpoint.id, null], url: [endpoint.url, null] },
    });
    const view = webhookView(endpoint);
    await scope.beforeCommit?.(tx, view);
    return view;
  });
}

/**
 * webhook/rotate: a new signing secret (shown once). For a day, deliveries carry signatures with
 * both secrets, so a receiver can switch without rejecting a single delivery.
 */
export async function rotateWebhookSecret(
  ctx: DomainContext,
  scope: ChangeScope,
  webhookId: string | undefined,
): Promise<WebhookWithSecret> {
  const secret = generateWebhookSecret();
  return ctx.store.transaction(async (tx) => {
    const before = await visibleEndpoint(tx, scope, webhookId);
    const now = ctx.clock.now();
    const after: WebhookEndpointRecord = {
      ...before,
      ...rotateSecret(before, ctx.secrets.seal(secret, webhookSecretContext(before.id)), now, ROTATION_OVERLAP_MS),
    };
    await updateEndpoint(tx, after);
    await recordChange(ctx, tx, scope, {
      action: 'webhook.rotate',
      clientId: after.clientId,
      changes: { webhookId: [before.id, before.id], rotated: [null, now.toISOString()] },
    });
    const rotated = { webhook: webhookView(after), secret };
    await scope.beforeCommit?.(tx, rotated);
    return rotated;
  });
}

/** The endpoint named by `webhookId` if the actor may see it: the operator sees all, a client its own. */
export async function visibleEndpoint(
  db: Db,
  actor: Actor,
  webhookId: string | undefined,
): Promise<WebhookEndpointRecord> {
  const id = (webhookId ?? '').trim();
  const endpoint = id === '' ? undefined : await findEndpoint(db, id);
  const client = visibleClientOf(actor);
  if (endpoint === undefined || (client !== undefined && endpoint.clientId !== client))
    throw new DomainError('webhookNotFound');
  return endpoint;
}
