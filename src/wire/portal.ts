import { z } from 'zod';
import type { TenantWithStatistics } from '../store/repositories/tenant-list.js';
import { TENANT_STATUSES, type TenantRecord } from '../store/records.js';
import { isoTime } from './iso-time.js';
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
    timeZoneId: z.string(),
    hostedRegion: z.string().nullable(),
    mappedDomain: z.string().nullable(),
    paymentId: z.string().nullable(),
    customQuota: z.number().int().nullable(),
    removalScheduledAt: z.string().nullable(),
    protected: z.boolean(),
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
    maxRoomAdminsCount: z.number().int().nullable(),
    roomAdminCount: z.number().int(),
    roomsCount: z.number().int(),
    maxRoomsCount: z.number().int(),
    aiAgentsCount: z.number().int(),
    maxAIAgentsCount: z.number().int(),
  }),
);

/** Whether the portal's owner has finished the first steps (activation), as DocSpace clients read it. */
export const wizardSettingsSchema = named(
  'WizardSettings',
  z.object({ completed: z.boolean(), lastModified: z.string() }),
);

/** A portal/get item: the tenant, with owner, tariff and quota usage when statistics were asked for. */
export const listItemSchema = named(
  'PortalListItem',
  tenantSchema.extend({
    owner: ownerSchema.nullable().optional(),
    tariff: tariffSchema.nullable().optional(),
    quotaUsage: quotaUsageSchema.optional(),
    wizardSettings: wizardSettingsSchema.optional(),
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
    created: isoTime(tenant.created),
    statusChanged: isoTime(tenant.statusChanged),
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
    // The names ONLYOFFICE's current server gives the same facts, and what it has that we do not
    // keep (a mapped domain, a payment id: null).
    timeZoneId: tenant.timeZoneName,
    hostedRegion: tenant.region,
    mappedDomain: null,
    paymentId: null,
    customQuota: tenant.quota,
    // The lifecycle: a removal scheduled with portal/remove `at`, and protection against removal.
    removalScheduledAt: tenant.removalScheduledAt === null ? null : isoTime(tenant.removalScheduledAt),
    protected: tenant.isProtected,
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
  const rooms = item.rooms ?? { roomAdminCount: 0, roomsCount: 0, aiAgentsCount: 0 };
  const activation = item.ownerActivation;
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
      // DocSpace counts room admins against the tariff's users; rooms and AI agents are unlimited here.
      maxRoomAdminsCount: item.tariff?.activeUsers ?? null,
      roomAdminCount: rooms.roomAdminCount,
      roomsCount: rooms.roomsCount,
      maxRoomsCount: -1,
      aiAgentsCount: rooms.aiAgentsCount,
      maxAIAgentsCount: -1,
    },
    // Completed once the owner has activated the portal; last modified then (or at registration).
    wizardSettings: {
      completed: activation?.activated === true,
      lastModified: isoTime(activation?.at ?? item.tenant.created),
    },
  };
}
