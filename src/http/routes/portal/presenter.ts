import type { z } from 'zod';
import { tariffState } from '../../../domain/tariff/tariff.js';
import type { TenantWithStatistics } from '../../../store/repositories/tenant-list.js';
import type { TariffRecord, TenantRecord, UsageRecord } from '../../../store/records.js';
import type { listItemSchema, tariffSchema, tenantSchema, usageSchema } from './schema.js';

/** The tenant object, as every answer that returns a portal shows it (docs/api.md). */
export function presentTenant(tenant: TenantRecord): z.output<typeof tenantSchema> {
  return {
    tenantId: tenant.id,
    portalName: tenant.alias,
    domain: tenant.domain,
    name: tenant.name,
    status: tenant.status,
    created: tenant.created.toISOString(),
    statusChanged: tenant.statusChanged.toISOString(),
    language: tenant.language,
    timeZoneName: tenant.timeZoneName,
    ownerId: tenant.ownerId,
    industry: tenant.industry,
    partnerId: tenant.partnerId,
    affiliateId: tenant.affiliateId,
    campaign: tenant.campaign,
    region: tenant.region,
    clientId: tenant.clientId,
    // The control panel's storage page reads these two from a plain portal/get.
    quota: tenant.quota,
    usedSize: tenant.usedSize,
  };
}

/** The tariff object of tariff/get (sizes in bytes; countManager mirrors activeUsers for DocSpace clients). */
export function presentTariff(tariff: TariffRecord, now: Date, graceDays: number): z.output<typeof tariffSchema> {
  return {
    activeUsers: tariff.activeUsers,
    countManager: tariff.activeUsers,
    dueDate: tariff.dueDate === null ? null : tariff.dueDate.toISOString(),
    features: tariff.features,
    maxFileSize: tariff.maxFileSize,
    maxTotalSize: tariff.maxTotalSize,
    state: tariffState(tariff, now, graceDays),
    plan: tariff.plan,
  };
}

/** The usage last reported for a portal. */
export function presentUsage(usage: UsageRecord): z.output<typeof usageSchema> {
  return {
    usedSize: usage.usedSize,
    usersCount: usage.usersCount,
    reported: usage.reported === null ? null : usage.reported.toISOString(),
  };
}

/** A portal/get item: the tenant, plus owner, tariff and quota usage when statistics were asked for. */
export function presentListItem(
  item: TenantWithStatistics,
  statistics: boolean,
  now: Date,
  graceDays: number,
): z.output<typeof listItemSchema> {
  const tenant = presentTenant(item.tenant);
  if (!statistics) return tenant;
  return {
    ...tenant,
    owner: item.owner,
    tariff: item.tariff === null ? null : presentTariff(item.tariff, now, graceDays),
    quotaUsage: {
      tenantId: item.tenant.id,
      tenantAlias: item.tenant.alias,
      tenantDomain: item.tenant.domain,
      storageSize: item.tenant.quota,
      usedSize: item.tenant.usedSize,
      maxUsers: item.tariff?.activeUsers ?? null,
      usersCount: item.usersCount,
    },
  };
}
