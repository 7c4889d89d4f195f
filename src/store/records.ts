/**
 * What the repositories hand out: plain, normalised records (Dates, numbers, booleans) that
 * look the same whichever database they came from.
 */

/** Portal states in their stored order: the number is the stored value (contract §3 enums). */
export const TENANT_STATUSES = ['Active', 'Suspended', 'RemovePending'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/**
 * The largest tenant id: ids are 32-bit integer columns on PostgreSQL and MySQL, which refuse a
 * larger number in a query outright, so callers check a requested id against it first.
 */
export const MAX_TENANT_ID = 2_147_483_647;

export interface TenantRecord {
  readonly id: number;
  readonly alias: string;
  readonly name: string;
  /** Full host name: alias + "." + the base domain in force at registration. */
  readonly domain: string;
  readonly status: TenantStatus;
  readonly statusReason: string | null;
  readonly created: Date;
  readonly statusChanged: Date;
  readonly language: string;
  readonly timeZoneName: string;
  readonly ownerId: string;
  readonly industry: number;
  readonly partnerId: string | null;
  readonly affiliateId: string | null;
  readonly campaign: string | null;
  readonly region: string | null;
}

export interface UserRecord {
  readonly id: string;
  readonly tenantId: number;
  readonly email: string;
  readonly firstName: string;
  readonly lastName: string;
  readonly phone: string | null;
  readonly activated: boolean;
  readonly created: Date;
}

export interface TariffRecord {
  readonly tenantId: number;
  readonly plan: string;
  readonly activeUsers: number;
  readonly maxFileSize: number;
  readonly maxTotalSize: number;
  readonly features: string;
  readonly dueDate: Date | null;
}
