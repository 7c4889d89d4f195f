import { z } from 'zod';
import type { TenantWithStatistics } from '../store/repositories/tenant-list.js';
import { TENANT_STATUSES, type TenantRecord } from '../store/records.js';
import { named } from './named.js';
import { presentTariff, tariffSchema } from './tariff.js';

/** The tenant object, in every answer (and webhook payload) that shows a portal. */
export const tenantSchema = named(
  'Tenant',
  z.object({
    tenantId: z.number().int(),
    portalName: z.string(),
    domain: z.string(),
    name: z.string(),
    status: z.enum(TENANT_STATUSES),
    created: z.string(),
    statusChanged: z.string(),
    language: z.string(),
    timeZoneName: z.string(),
    ownerId: z.string(),
    industry: z.number().int(),
    partnerId: z.string().nullable(),
    affiliateId: z.string().nullable(),
    campaign: z.string().nullable(),
    region: z.string().nullable(),
    clientId: z.string().nullable(),
    quota: z.number().int().nullable(),
    usedSize: z.number().int(),
  }),
);

/** A portal's owner, as portal/get with statistics shows it. */
export const ownerSchema = named('Owner', z.object({ id: z.string(), email: z.string(), displayName: z.string() }));

/** The control panel's storage figures of a portal. */
export const quotaUsageSchema = named(
  'QuotaUsage',
  z.object({
    tenantId: z.number().int(),
    tenantAlias: z.string(),
    tenantDomain: z.string(),
    storageSize: z.number().int().nullable(),
    usedSize: z.number().int(),
    maxUsers: z.number().int().nullable(),
    usersCount: z.number().int(),
  }),
);

/** A portal/get item: the tenant, with owner, tariff and quota usage when statistics were asked for. */
export const listItemSchema = named(
  'PortalListItem',
  tenantSchema.extend({
    owner: ownerSchema.nullable().optional(),
    tariff: tariffSchema.nullable().optional(),
    quotaUsage: quotaUsageSchema.optional(),
  }),
);

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
