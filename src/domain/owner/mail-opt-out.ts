import type { TenantRecord } from '../../store/records.js';
import { hasMailOptOut, saveMailOptOut } from '../../store/repositories/mail-opt-outs.js';
import type { Db } from '../../store/store.js';
import type { Actor, RequestOrigin } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { portalOrigin } from '../portal/portal-urls.js';
import { DAY_MS } from '../time.js';
import { signingKey, signToken, verifyToken, type TokenRefusal } from '../tokens/signed-token.js';

/**
 * Notices an owner may stop, and the signed one-click link that stops them. Only notices: the
 * activation and password-reset mails answer the owner's own request, and the due-date reminder
 * is about the service the owner pays for (missing it ends in a suspended portal), so those are
 * transactional and always sent.
 */
export const STOPPABLE_MAILS = ['usageAlert'] as const;
export type StoppableMail = (typeof STOPPABLE_MAILS)[number];

/**
 * How long an unsubscribe link works: long, since a mail is read (and its link clicked) months
 * later; the key names one owner, portal and kind, so a leaked link can only stop that notice.
 */
export const UNSUBSCRIBE_LINK_TTL_DAYS = 730;

/** Whom and what a link stops. */
export interface MailOptOutSubject {
  readonly tenantId: number;
  readonly userId: string;
  readonly kind: StoppableMail;
}

/** The query of an unsubscribe link as a request carries it. */
export interface UnsubscribeParams {
  readonly kind: string | undefined;
  readonly user: string | undefined;
  readonly key: string | undefined;
}

/** `<portal origin>/unsubscribe?kind=…&user=…&key=…`: the link a notice's List-Unsubscribe header names. */
export function unsubscribeLink(ctx: DomainContext, domain: string, subject: MailOptOutSubject): string {
  const expires = new Date(ctx.clock.now().getTime() + UNSUBSCRIBE_LINK_TTL_DAYS * DAY_MS);
  const key = signToken(signingKey(ctx.machineKeys), fields(subject), expires);
  const query = new URLSearchParams({ kind: subject.kind, user: subject.userId, key });
  return `${portalOrigin(ctx.options.links, domain)}/unsubscribe?${query.toString()}`;
}

/** What a link stops, or why it cannot: made by us for this portal, owner and kind, not expired. */
export function checkUnsubscribeLink(
  ctx: DomainContext,
  tenant: TenantRecord,
  params: UnsubscribeParams,
): { readonly ok: true; readonly subject: MailOptOutSubject } | { readonly ok: false; readonly reason: TokenRefusal } {
  const kind = STOPPABLE_MAILS.find((k) => k === params.kind);
  if (kind === undefined || params.user === undefined || params.key === undefined)
    return { ok: false, reason: 'invalid' };
  const subject: MailOptOutSubject = { tenantId: tenant.id, userId: params.user, kind };
  const check = verifyToken(ctx.machineKeys, fields(subject), params.key, ctx.clock.now());
  return check.ok ? { ok: true, subject } : { ok: false, reason: check.reason };
}

/**
 * Records that the owner stopped this kind of mail, with its audit record (owner.unsubscribe, the
 * owner as actor); stopping it again changes nothing and records nothing.
 */
export async function stopMail(
  ctx: DomainContext,
  origin: RequestOrigin,
  tenant: TenantRecord,
  subject: MailOptOutSubject,
): Promise<void> {
  const actor: Actor = { ...origin, caller: { kind: 'owner', ownerId: subject.userId } };
  await ctx.store.transaction(async (tx) => {
    if (await hasMailOptOut(tx, subject)) return;
    await saveMailOptOut(tx, subject, ctx.clock.now());
    await recordChange(ctx, tx, actor, {
      action: 'owner.unsubscribe',
      tenant,
      changes: { [subject.kind]: ['on', 'off'] },
    });
  });
}

/** Whether this notice is stopped for this owner and portal; read in the transaction that would queue it. */
export function mailStopped(db: Db, subject: MailOptOutSubject): Promise<boolean> {
  return hasMailOptOut(db, subject);
}

function fields(subject: MailOptOutSubject): readonly (string | number)[] {
  return ['unsubscribe', subject.tenantId, subject.userId, subject.kind];
}
