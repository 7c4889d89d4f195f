/**
 * The closed sets the outside world sees — portal and delivery statuses, scopes (and a new
 * client's defaults), webhook event types, audit actions and actor types — in one place for every
 * surface (the API, the console, the CLI). Each is defined once, beside the rule that uses it,
 * and only re-exported here: nothing is copied, so nothing can drift.
 */
import { TENANT_STATUSES, DELIVERY_STATUSES } from '../store/records.js';
import { AUDIT_ACTIONS } from '../domain/audit/audit-actions.js';
import { AUDIT_ACTOR_TYPES } from '../domain/actor.js';
import { WEBHOOK_EVENT_TYPES } from '../domain/webhook/event-types.js';

export { TENANT_STATUSES, DELIVERY_STATUSES, AUDIT_ACTIONS, AUDIT_ACTOR_TYPES, WEBHOOK_EVENT_TYPES };
export { SCOPES, DEFAULT_SCOPES, type ScopeName } from '../domain/client/scopes.js';

/** A portal's status as the API names it. */
export type PortalStatus = (typeof TENANT_STATUSES)[number];
/** The state of one webhook delivery. */
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];
/** Who made a recorded change. */
export type ActorType = (typeof AUDIT_ACTOR_TYPES)[number];
/** An audit action, `subject.verb`. */
export type AuditActionName = (typeof AUDIT_ACTIONS)[number];
/** A webhook event type. */
export type EventTypeName = (typeof WEBHOOK_EVENT_TYPES)[number];
