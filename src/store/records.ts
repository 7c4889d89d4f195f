/**
 * What the repositories hand out: plain, normalised records (Dates, numbers, booleans) that
 * look the same whichever database they came from.
 */

/** Portal states in their stored order: the number is the stored value (clients may send either). */
export const TENANT_STATUSES = ['Active', 'Suspended', 'RemovePending'] as const;
export type TenantStatus = (typeof TENANT_STATUSES)[number];

/**
 * The range of a 32-bit integer column (PostgreSQL `integer`, MySQL `INT`): tenant ids, user
 * counts, industry. Both databases refuse a number outside it in a query outright, so inputs
 * are checked against it first.
 */
export const INT32_MIN = -2_147_483_648;
export const INT32_MAX = 2_147_483_647;

/** The largest tenant id (ids are 32-bit integer columns). */
export const MAX_TENANT_ID = INT32_MAX;

/** A stored status number as its name (unknown numbers read as Active, the default state). */
export function tenantStatusOf(code: number | string): TenantStatus {
  return TENANT_STATUSES[Number(code)] ?? 'Active';
}

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
