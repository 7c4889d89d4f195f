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
  /** The API client the portal belongs to; null for the operator's (and anonymous sign-ups). */
  readonly clientId: string | null;
  /** Storage quota in bytes: the tariff's maxTotalSize (null only if the tariff row is missing). */
  readonly quota: number | null;
  /** Storage used in bytes, as last reported (0 until then). */
  readonly usedSize: number;
  /** When the portal is to be removed; null: no removal is scheduled. */
  readonly removalScheduledAt: Date | null;
  /** A protected portal cannot be removed until the flag is lifted. */
  readonly isProtected: boolean;
  /** When the policy suspended the portal for non-payment; null unless that is why it is suspended. */
  readonly policySuspendedAt: Date | null;
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

/** What the provider's workspace last reported a portal uses. */
export interface UsageRecord extends RoomCounts {
  /** Storage used, in bytes. */
  readonly usedSize: number;
  readonly usersCount: number;
  /** When it was last reported; null: never. */
  readonly reported: Date | null;
}

/** What a DocSpace workspace counts besides users: rooms, room admins and AI agents (0 until reported). */
export interface RoomCounts {
  readonly roomAdminCount: number;
  readonly roomsCount: number;
  readonly aiAgentsCount: number;
}

/** An API client as stored: its settings and its sealed secrets (never the secrets themselves). */
export interface ClientRecord {
  readonly clientId: string;
  readonly name: string;
  readonly scopes: readonly string[];
  /** Portals it may have that are not removed; null: no limit. */
  readonly maxPortals: number | null;
  /** Signed calls per minute; null: no limit. */
  readonly rateLimit: number | null;
  readonly partnerId: string | null;
  readonly disabled: boolean;
  /** When it was removed; its id stays taken for ever. */
  readonly removed: Date | null;
  readonly created: Date;
  readonly secretRotated: Date;
  readonly secretSealed: string;
  /** The secret before the last rotation, valid until previousSecretUntil. */
  readonly previousSecretSealed: string | null;
  readonly previousSecretUntil: Date | null;
}

/** A webhook endpoint as stored: where events go, which ones, its health and its sealed secrets. */
/** Who may have disabled a webhook endpoint: the operator, its client, or the sender itself. */
export const ENDPOINT_DISABLERS = ['operator', 'client', 'system'] as const;
export type EndpointDisabler = (typeof ENDPOINT_DISABLERS)[number];

export interface WebhookEndpointRecord {
  readonly id: string;
  readonly url: string;
  /** `*` for every event type, or the chosen types. */
  readonly events: '*' | readonly string[];
  readonly description: string;
  readonly disabled: boolean;
  readonly disabledReason: string | null;
  /** Who disabled it (only the operator lifts an operator's disable); null while enabled. */
  readonly disabledBy: EndpointDisabler | null;
  /** The API client it belongs to; null: the operator's (it receives every portal's events). */
  readonly clientId: string | null;
  readonly created: Date;
  readonly secretSealed: string;
  /** The secret before the last rotation; deliveries are signed with both until previousSecretUntil. */
  readonly previousSecretSealed: string | null;
  readonly previousSecretUntil: Date | null;
  /** The first failure of the current unbroken run of failures; null after a success. */
  readonly failingSince: Date | null;
}

/** Delivery states in their stored order (the number is the stored value). */
export const DELIVERY_STATUSES = ['pending', 'delivered', 'failed'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** One event on its way to one endpoint. */
export interface DeliveryRecord {
  readonly id: number;
  readonly webhookId: string;
  /** The event's id, sent as webhook-id on every attempt. */
  readonly eventId: string;
  readonly type: string;
  readonly tenantId: number | null;
  /** The exact JSON body. */
  readonly payload: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly nextAttemptAt: Date;
  readonly lastStatusCode: number | null;
  /** The status code or error class of the last failure: never the receiver's words. */
  readonly lastError: string | null;
  readonly deliveredAt: Date | null;
  readonly created: Date;
}

/** An operator console account (never its password hash). */
export interface OperatorAccountRecord {
  readonly id: number;
  /** Lower-case. */
  readonly email: string;
  readonly disabled: boolean;
  readonly created: Date;
  readonly passwordChanged: Date;
}

/** A signed-in console session, as stored under the hash of its cookie's token. */
export interface ConsoleSessionRecord {
  /** SHA-256 (hex) of the cookie's token. */
  readonly id: string;
  readonly accountId: number;
  readonly created: Date;
  readonly lastSeen: Date;
  /** Refused from this moment on (the idle limit after the last use). */
  readonly expires: Date;
}
