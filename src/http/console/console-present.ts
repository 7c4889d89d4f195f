import type { AuditEntry } from '../../domain/audit/list-audit.js';
import type { ClientView as DomainClientView } from '../../domain/client/client-view.js';
import type {
  DeliveryView as DomainDeliveryView,
  WebhookView as DomainWebhookView,
} from '../../domain/webhook/webhook-view.js';
import type { TariffRecord, TenantRecord, UserRecord } from '../../store/records.js';
import { presentClient } from '../../wire/client.js';
import { presentTenant } from '../../wire/portal.js';
import { presentTariff } from '../../wire/tariff.js';
import { presentDelivery, presentWebhook } from '../../wire/webhook.js';
import { consolePaths } from './console-paths.js';
import type {
  AuditRow,
  AuditValue,
  ClientView,
  DeliveryRow,
  DeliveryView,
  OwnerView,
  TariffView,
  TenantView,
  WebhookView,
} from './components/index.js';

/**
 * The domain's records as the console's view models, through the API's own presenters where
 * there is one: a portal, client, endpoint or delivery reads the same on a page as in JSON.
 */

export function tenantView(tenant: TenantRecord): TenantView {
  return presentTenant(tenant);
}

export function tariffView(tariff: TariffRecord, now: Date, graceDays: number): TariffView {
  return presentTariff(tariff, now, graceDays);
}

export function ownerView(owner: UserRecord | undefined, tenant: TenantRecord): OwnerView {
  if (owner === undefined)
    return { id: tenant.ownerId, email: '', displayName: '(owner record missing)', activated: false };
  return {
    id: owner.id,
    email: owner.email,
    displayName: `${owner.firstName} ${owner.lastName}`.trim(),
    activated: owner.activated,
  };
}

export function clientView(client: DomainClientView): ClientView {
  return presentClient(client);
}

export function webhookView(webhook: DomainWebhookView): WebhookView {
  return presentWebhook(webhook);
}

export function deliveryView(delivery: DomainDeliveryView): DeliveryView {
  return presentDelivery(delivery);
}

export function deliveryRow(delivery: DomainDeliveryView, endpoint: { readonly url: string } | null): DeliveryRow {
  return {
    ...deliveryView(delivery),
    webhookUrl: endpoint?.url ?? null,
    webhookHref: endpoint === null ? null : consolePaths.webhook(delivery.webhookId),
  };
}

export function auditRow(entry: AuditEntry): AuditRow {
  return {
    id: entry.id,
    at: entry.at.toISOString(),
    action: entry.action,
    // The console is the operator's: every actor is shown in full.
    actor: { type: entry.actor.type, id: entry.actor.id ?? null, ip: entry.actor.ip ?? null },
    tenantId: entry.tenantId,
    portalName: entry.portalName,
    requestId: entry.requestId,
    changes: Object.fromEntries(
      Object.entries(entry.changes).map(([name, [before, after]]) => [
        name,
        [auditValue(before), auditValue(after)] as const,
      ]),
    ),
    // A purged portal has no page any more; the global settings (-1) never had one.
    portalHref:
      entry.tenantId !== null && entry.tenantId > 0 && entry.action !== 'portal.purge'
        ? consolePaths.portal(entry.tenantId)
        : null,
  };
}

/** A recorded value as the table shows it: scalars and lists of scalars; anything else as JSON text. */
function auditValue(value: unknown): AuditValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  if (Array.isArray(value) && value.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v)))
    return value as (string | number | boolean | null)[];
  return JSON.stringify(value);
}
