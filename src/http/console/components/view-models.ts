/**
 * The records the console shows, as plain data shaped after the API contract's objects (the
 * tenant, tariff, client C, webhook W, delivery D and audit record). The routes fill them from
 * the domain's results; the views import nothing from the domain, so either side can change
 * without the other noticing more than a type error here.
 */

/** A portal's status as the API names it. */
export type PortalStatus = 'Active' | 'Suspended' | 'RemovePending';

/** The state of one webhook delivery. */
export type DeliveryStatus = 'pending' | 'delivered' | 'failed';

/** Who made a recorded change. */
export type ActorType = 'operator' | 'client' | 'owner' | 'anonymous' | 'system';

/** The tariff's state: 0 Trial, 1 Paid, 2 Delay (grace period after the due date), 3 NotPaid. */
export type TariffState = 0 | 1 | 2 | 3;

/** One choice of a select box. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** Error text per form field name, as the route found them when validating a post. */
export type FieldErrors = Readonly<Partial<Record<string, string>>>;

/** The tenant object (API part 1 §7.1 with `clientId`, `quota` and `usedSize`). */
export interface TenantView {
  readonly tenantId: number;
  readonly portalName: string;
  readonly domain: string;
  readonly name: string;
  readonly status: PortalStatus;
  readonly created: string;
  readonly statusChanged: string;
  readonly language: string;
  readonly timeZoneName: string;
  readonly ownerId: string;
  readonly industry: number | null;
  readonly partnerId: string | null;
  readonly affiliateId: string | null;
  readonly campaign: string | null;
  readonly region: string | null;
  readonly clientId: string | null;
  /** Bytes: the tariff's maxTotalSize. */
  readonly quota: number;
  /** Bytes, as last reported by the provider's systems; 0 until reported. */
  readonly usedSize: number;
}

/** A portal's owner. */
export interface OwnerView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  /** False until the owner has set a password through the activation link. */
  readonly activated: boolean;
}

/** The tariff of a portal (API part 1 §7.8); sizes in bytes, dates ISO. */
export interface TariffView {
  readonly plan: string | null;
  readonly activeUsers: number;
  readonly maxFileSize: number;
  readonly maxTotalSize: number;
  readonly dueDate: string | null;
  readonly features: string;
  readonly state: TariffState;
}

/** An API client (the contract's object C; never its secret). */
export interface ClientView {
  readonly clientId: string;
  readonly name: string;
  readonly scopes: readonly string[];
  readonly maxPortals: number | null;
  readonly rateLimit: number | null;
  readonly partnerId: string | null;
  readonly disabled: boolean;
  readonly created: string;
  readonly secretRotated: string;
  readonly portalCount: number;
}

/** A webhook endpoint (the contract's object W). */
export interface WebhookView {
  readonly webhookId: string;
  readonly url: string;
  /** Event types, or `['*']` for every event. */
  readonly events: readonly string[];
  readonly description: string | null;
  readonly disabled: boolean;
  readonly disabledReason: string | null;
  readonly clientId: string | null;
  readonly created: string;
}

/** One delivery of an event to an endpoint (the contract's object D). */
export interface DeliveryView {
  readonly deliveryId: string;
  readonly webhookId: string;
  readonly eventId: string;
  readonly type: string;
  readonly status: DeliveryStatus;
  readonly attempts: number;
  readonly lastStatusCode: number | null;
  /** The status code or the error class of the last failed attempt; never the receiver's body. */
  readonly lastError: string | null;
  readonly nextAttemptAt: string | null;
  readonly deliveredAt: string | null;
  readonly created: string;
}

/** A value before or after a recorded change. */
export type AuditValue = string | number | boolean | null | readonly (string | number | boolean | null)[];

/** One audit record (API §13). */
export interface AuditEventView {
  readonly id: string;
  readonly at: string;
  readonly action: string;
  readonly actor: {
    readonly type: ActorType;
    /** The console account's e-mail, a client id, an owner id, or the token's pkey; null if none. */
    readonly id: string | null;
    readonly ip: string | null;
  };
  readonly tenantId: number | null;
  readonly portalName: string | null;
  readonly requestId: string | null;
  /** Field → [before, after], in the order the record lists them. */
  readonly changes: Readonly<Record<string, readonly [AuditValue, AuditValue]>>;
}
