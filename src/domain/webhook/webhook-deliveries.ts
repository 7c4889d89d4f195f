import {
  findDelivery,
  findLatestDelivery,
  listDeliveries,
  pendingByEndpoint,
  requeueDelivery,
} from '../../store/repositories/webhook-deliveries.js';
import { DELIVERY_STATUSES, type DeliveryStatus } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import type { Actor, ChangeScope } from '../actor.js';
import type { DomainContext } from '../context.js';
import { randomBytesFromPool } from '../random-bytes.js';
import { DomainError } from '../errors.js';
import { idCursor, isIdText, pageOf, pageSize, refuseProblems, rowsFor } from '../paging.js';
import { listEndpoints } from '../../store/repositories/webhook-endpoints.js';
import { visibleClientOf } from '../actor.js';
import { visibleEndpoint } from './manage-webhooks.js';
import { deliveryView, type DeliveryView } from './webhook-view.js';

/** webhook/deliveries' query. */
export interface DeliveryQuery {
  readonly status?: string | undefined;
  readonly limit?: number | undefined;
  /** The `next` cursor of the previous page. */
  readonly after?: string | undefined;
}

export interface DeliveryPage {
  readonly deliveries: readonly DeliveryView[];
  readonly next: string | null;
}

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;

/** A new event id: `msg_` and 22 random characters, sent as webhook-id. */
export function newEventId(): string {
  return `msg_${randomBytesFromPool(16).toString('base64url')}`;
}

/** webhook/deliveries: an endpoint's deliveries, newest first, a page at a time. */
export async function listWebhookDeliveries(
  ctx: DomainContext,
  actor: Actor,
  webhookId: string | undefined,
  query: DeliveryQuery,
): Promise<DeliveryPage> {
  const problems: string[] = [];
  const limit = pageSize(query.limit, { size: DEFAULT_PAGE, max: MAX_PAGE }, problems);
  const status = query.status?.trim().toLowerCase();
  if (status !== undefined && !(DELIVERY_STATUSES as readonly string[]).includes(status))
    problems.push(`status: must be one of ${DELIVERY_STATUSES.join(', ')}`);
  const beforeId = idCursor(query.after, problems);
  refuseProblems(problems);
  const endpoint = await visibleEndpoint(ctx.store.db, actor, webhookId);
  const rows = await listDeliveries(
    ctx.store.db,
    { webhookId: endpoint.id, status: status as DeliveryStatus | undefined },
    { beforeId, limit: rowsFor(limit) },
  );
  const page = pageOf(rows, limit, (last) => String(last.id));
  return { deliveries: page.items.map(deliveryView), next: page.next };
}

/** webhook/redeliver: queues a delivery again at once, with the same webhook-id. */
export async function redeliver(
  ctx: DomainContext,
  scope: ChangeScope,
  deliveryId: string | undefined,
): Promise<DeliveryView> {
  const id = (deliveryId ?? '').trim();
  if (!isIdText(id)) throw new DomainError('webhookNotFound');
  return ctx.store.transaction(async (tx) => {
    const delivery = await findDelivery(tx, Number(id));
    if (delivery === undefined) throw new DomainError('webhookNotFound');
    // A delivery of an endpoint the caller may not see does not exist for it.
    await visibleEndpoint(tx, scope, delivery.webhookId);
    if (delivery.status !== 'pending') await checkBacklog(ctx, tx, delivery.webhookId);
    await requeueDelivery(tx, delivery.id, ctx.clock.now());
    const again = await findDelivery(tx, delivery.id);
    if (again === undefined) throw new DomainError('webhookNotFound');
    const view = deliveryView(again);
    await scope.beforeCommit?.(tx, view);
    return view;
  });
}

/** webhook/test: queues a `webhook.test` event to this endpoint alone, whatever its filter. */
export async function testWebhook(
  ctx: DomainContext,
  scope: ChangeScope,
  webhookId: string | undefined,
): Promise<DeliveryView> {
  return ctx.store.transaction(async (tx) => {
    const endpoint = await visibleEndpoint(tx, scope, webhookId);
    await checkBacklog(ctx, tx, endpoint.id);
    const eventId = newEventId();
    await ctx.events.publish(tx, scope, { type: 'webhook.test' }, { onlyEndpoint: endpoint.id, eventId });
    const delivery = await findLatestDelivery(tx, endpoint.id, eventId);
    if (delivery === undefined) throw new Error('the test delivery vanished inside its transaction');
    const view = deliveryView(delivery);
    await scope.beforeCommit?.(tx, view);
    return view;
  });
}

/** A test or a redelivery is refused while the endpoint has WEBHOOK_MAX_PENDING deliveries waiting. */
async function checkBacklog(ctx: DomainContext, tx: Db, webhookId: string): Promise<void> {
  const limit = ctx.options.webhooks.maxPending;
  const waiting = (await pendingByEndpoint(tx, [webhookId])).get(webhookId) ?? 0;
  if (waiting >= limit)
    throw new DomainError(
      'webhookLimit',
      `The endpoint has ${waiting} deliveries waiting (at most ${limit}): let them be sent first`,
    );
}

/** A delivery with the URL of the endpoint it goes to. */
export interface PortalDelivery {
  readonly delivery: DeliveryView;
  readonly webhookUrl: string;
}

/** The newest deliveries of events about one portal, to every endpoint the actor may see. */
export async function listPortalDeliveries(
  ctx: DomainContext,
  actor: Actor,
  tenantId: number,
  limit: number,
): Promise<PortalDelivery[]> {
  const endpoints = new Map((await listEndpoints(ctx.store.db, visibleClientOf(actor))).map((e) => [e.id, e.url]));
  const rows = await listDeliveries(ctx.store.db, { tenantId }, { limit });
  return rows.flatMap((row) => {
    const url = endpoints.get(row.webhookId);
    return url === undefined ? [] : [{ delivery: deliveryView(row), webhookUrl: url }];
  });
}
