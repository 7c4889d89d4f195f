import { isSecretField } from '../secret-fields.js';
import { insertAudit, insertAuditWithEvent } from '../../store/repositories/audit.js';
import type { Db } from '../../store/store.js';
import { auditActorOf, type Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import type { DomainEvent } from '../webhook/domain-event.js';
import type { AuditAction, Changes } from './audit-actions.js';

/** What one change says about itself. */
export interface ChangeRecord {
  readonly action: AuditAction;
  /** The portal it concerns, if any. */
  readonly tenant?: { readonly id: number; readonly alias: string; readonly clientId: string | null } | undefined;
  /** The client it concerns (client.* records, or the client a webhook endpoint belongs to). */
  readonly clientId?: string | null | undefined;
  readonly changes: Changes;
}

/**
 * Records a change in the audit log, inside the change's own transaction `tx`: no change without
 * its record, no record of a change that was rolled back. The record belongs to the portal's
 * client (or the acting client) so that client's audit slice shows it. `event`, when given, is
 * the webhook event the change causes, queued in the same transaction. Secret fields
 * (../secret-fields.ts) never enter the record.
 */
export async function recordChange(
  ctx: DomainContext,
  tx: Db,
  actor: Actor,
  change: ChangeRecord,
  event?: DomainEvent,
): Promise<void> {
  const who = auditActorOf(actor);
  const actingClient = actor.caller.kind === 'client' ? actor.caller.client.clientId : null;
  const changes = withoutSecrets(change.changes);
  const record = {
    at: ctx.clock.now(),
    action: change.action,
    actorType: who.type,
    actorId: fit(who.id, MAX_ACTOR_ID),
    actorIp: fit(actor.ip, MAX_ACTOR_IP),
    tenantId: change.tenant?.id ?? null,
    portalName: change.tenant?.alias ?? null,
    clientId: change.tenant?.clientId ?? change.clientId ?? actingClient,
    requestId: actor.requestId,
    changes: JSON.stringify(changes),
  };
  if (event === undefined) await insertAudit(tx, record);
  else
    await insertAuditWithEvent(
      tx,
      record,
      ctx.events.queued(actor, event.changes === undefined ? { ...event, changes } : event),
    );
}

/**
 * The audit columns' lengths (actor_id, actor_ip). A token's pkey is any text the operator's tool
 * chose, and behind TRUST_PROXY the address is what X-Forwarded-For says: cut to the column, so
 * an unusual caller never turns every change into a failed insert on PostgreSQL or MySQL.
 */
const MAX_ACTOR_ID = 255;
const MAX_ACTOR_IP = 64;

function fit(text: string | null, max: number): string | null {
  // No more UTF-16 units than the column's characters: it fits, whatever it holds (the usual case).
  if (text === null || text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max).join('');
}

function withoutSecrets(changes: Changes): Changes {
  // Most changes name no secret: they are recorded as given, not copied.
  if (!Object.keys(changes).some(isSecretField)) return changes;
  return Object.fromEntries(Object.entries(changes).filter(([field]) => !isSecretField(field)));
}
