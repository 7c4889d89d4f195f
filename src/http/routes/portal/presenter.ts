import type { TenantWithStatistics } from '../../../store/repositories/tenant-list.js';
import type { TariffRecord, TenantRecord } from '../../../store/records.js';
import { tariffState } from '../../../domain/tariff/tariff.js';

/** The tenant object, as every answer that returns a portal shows it (docs/api.md). */
export function presentTenant(tenant: TenantRecord) {
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
  };
}

/** The tariff object of tariff/get (sizes in bytes; countManager mirrors activeUsers). */
export function presentTariff(tariff: TariffRecord, now: Date, graceDays: number) {
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

/** A portal/get item: the tenant, plus owner and tariff when statistics were asked for. */
export function presentListItem(item: TenantWithStatistics, statistics: boolean, now: Date, graceDays: number) {
  const tenant = presentTenant(item.tenant);
  if (!statistics) return tenant;
  return {
    ...tenant,
    owner: item.owner,
    tariff: item.tariff === null ? null : presentTariff(item.tariff, now, graceDays),
  };
}
