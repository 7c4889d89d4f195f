import type { Db } from '../store/store.js';

/**
 * Who is acting, as the rules see it: what they may see, what their quotas are, and how the
 * audit log names them. Built by the HTTP layer from the token (or the console session), by the
 * pages from the owner's link or session, and by the maintenance job for itself.
 */
export type Caller =
  /**
   * The machine key (or a console account): sees and may do everything. `id`: the token's pkey
   * or the account's e-mail.
   */
  | { readonly kind: 'operator'; readonly id: string | null }
  /** An API client: sees only its own portals, bound by its quotas. */
  | { readonly kind: 'client'; readonly client: ClientIdentity }
  /** No token (a method opened by AUTH_ALLOW_SKIP_*, or an open method). */
  | { readonly kind: 'anonymous' }
  /** A portal's owner on the portal's own pages. */
  | { readonly kind: 'owner'; readonly ownerId: string }
  /**
   * The server itself (the maintenance job, the lifecycle policy). `rule`: the policy's rule that
   * acted, which the audit log shows as the actor's id.
   */
  | { readonly kind: 'system'; readonly rule?: string | undefined };

/** What the rules need to know of a client acting. */
export interface ClientIdentity {
  readonly clientId: string;
  readonly partnerId: string | null;
  readonly maxPortals: number | null;
}

/** Where a call came from, for the audit log. */
export interface RequestOrigin {
  /** The client's IP address, or null for the system. */
  readonly ip: string | null;
  /** The request the change was made in (the id every log line of it carries). */
  readonly requestId: string | null;
}

/** The caller with where the call came from. */
export interface Actor extends RequestOrigin {
  readonly caller: Caller;
}

/**
 * An actor making a change, and work that must commit in the same transaction as the change
 * (the HTTP layer stores the idempotent answer there), given the change's result — the value the
 * use case is about to return.
 */
export interface ChangeScope extends Actor {
  readonly beforeCommit?: ((tx: Db, result: unknown) => Promise<void>) | undefined;
}

/** The maintenance job acting on its own. */
export const SYSTEM_ACTOR: Actor = { caller: { kind: 'system' }, ip: null, requestId: null };

/** The server acting under one of the lifecycle policy's rules (audited as the system, the rule as its id). */
export function ruleActor(rule: string): Actor {
  return { caller: { kind: 'system', rule }, ip: null, requestId: null };
}

/** The client whose portals alone `actor` may see, or undefined when it sees every portal. */
export function visibleClientOf(actor: Actor): string | undefined {
  return actor.caller.kind === 'client' ? actor.caller.client.clientId : undefined;
}

/** How the audit log names an actor: its type and id (pkey, client id, owner id, account e-mail). */
export function auditActorOf(actor: Actor): { readonly type: AuditActorType; readonly id: string | null } {
  const caller = actor.caller;
  switch (caller.kind) {
    case 'operator':
      return { type: 'operator', id: caller.id };
    case 'client':
      return { type: 'client', id: caller.client.clientId };
    case 'owner':
      return { type: 'owner', id: caller.ownerId };
    case 'anonymous':
      return { type: 'anonymous', id: null };
    case 'system':
      return { type: 'system', id: caller.rule ?? null };
  }
}

/** An actor as the audit log and webhook payloads show it. */
export interface ShownActor {
  readonly type: AuditActorType;
  /** Absent where the viewer may not learn it (the operator's staff, for a client). */
  readonly id?: string | null;
  readonly ip?: string | null;
}

/**
 * An actor as `viewer` may see it: an API client learns that the operator acted, never which of
 * the operator's staff (their e-mail or token name) or from where.
 */
export function actorShownTo(
  viewer: 'operator' | 'client',
  actor: { readonly type: AuditActorType; readonly id: string | null; readonly ip: string | null },
): ShownActor {
  if (viewer === 'client' && actor.type === 'operator') return { type: 'operator' };
  return actor;
}

/** The actor types of the audit log. */
export const AUDIT_ACTOR_TYPES = ['operator', 'client', 'owner', 'anonymous', 'system'] as const;
export type AuditActorType = (typeof AUDIT_ACTOR_TYPES)[number];
