import type { z } from 'zod';
import type { auditEventSchema } from '../../../wire/audit-event.js';
import type { clientSchema } from '../../../wire/client.js';
import type { tenantSchema } from '../../../wire/portal.js';
import type { tariffSchema } from '../../../wire/tariff.js';
import type { ActorType, DeliveryStatus, PortalStatus } from '../../../wire/vocabulary.js';
import type { deliverySchema, webhookSchema } from '../../../wire/webhook.js';

/**
 * The records the console shows: the API's own objects (src/wire/), so a portal, client,
 * endpoint, delivery or audit record reads the same on a page as in JSON, and a field added to
 * the API is there for the console at once. Where a page needs more (an owner's activation, a
 * link), the view model adds it. The views import nothing from the domain.
 */

export type { ActorType, DeliveryStatus, PortalStatus };

/** The tariff's state: 0 Trial, 1 Paid, 2 Delay (grace period after the due date), 3 NotPaid. */
export type TariffState = 0 | 1 | 2 | 3;

/** One choice of a select box. */
export interface SelectOption {
  readonly value: string;
  readonly label: string;
}

/** Error text per form field name, as the route found them when validating a post. */
export type FieldErrors = Readonly<Partial<Record<string, string>>>;

/** The tenant object, as the API shows it. */
export type TenantView = z.output<typeof tenantSchema>;

/** A portal's owner. */
export interface OwnerView {
  readonly id: string;
  readonly email: string;
  readonly displayName: string;
  /** False until the owner has set a password through the activation link. */
  readonly activated: boolean;
}

/** The tariff of a portal, as tariff/get shows it (sizes in bytes, dates ISO). */
export type TariffView = z.output<typeof tariffSchema>;

/** An API client, as client/get shows it (never its secret). */
export type ClientView = z.output<typeof clientSchema>;

/** A webhook endpoint, as webhook/get shows it. */
export type WebhookView = z.output<typeof webhookSchema>;

/** One delivery of an event to an endpoint, as webhook/deliveries shows it. */
export type DeliveryView = z.output<typeof deliverySchema>;

/** A value before or after a recorded change. */
export type AuditValue = string | number | boolean | null | readonly (string | number | boolean | null)[];

/**
 * One audit record as audit/list shows it to the operator (every actor in full), its changes
 * as the table shows them.
 */
export type AuditEventView = Omit<z.output<typeof auditEventSchema>, 'changes' | 'actor'> & {
  readonly actor: { readonly type: ActorType; readonly id: string | null; readonly ip: string | null };
  /** Field → [before, after], in the order the record lists them. */
  readonly changes: Readonly<Record<string, readonly [AuditValue, AuditValue]>>;
};
