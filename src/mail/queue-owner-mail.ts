import type { BrandFor } from '../domain/brand/brand-for.js';
import type { Brand } from '../domain/brand/brand.js';
import type { DomainContext } from '../domain/context.js';
import { portalOrigin } from '../domain/portal/portal-urls.js';
import { translator } from '../i18n/index.js';
import type { TenantRecord, UserRecord } from '../store/records.js';
import { enqueueMail } from '../store/repositories/outbox.js';
import type { Db } from '../store/store.js';
import { renderOwnerMail, type MailKind, type MailVars } from './render/owner-mails.js';
import { formatSender } from './render/sender.js';

/** What the mail hooks need: the context (clock, link options) and where a portal's brand comes from. */
export interface OwnerMailDeps {
  readonly ctx: DomainContext;
  readonly brandFor: BrandFor;
}

/**
 * Renders an owner's mail in the portal's language and brand and queues it in the outbox, in
 * `db` (the transaction of the change that causes it: the mail exists exactly when the change
 * does). The brand's sender, when it has one, is kept with the mail; MAIL_FROM otherwise.
 */
export async function queueOwnerMail<K extends MailKind>(
  deps: OwnerMailDeps,
  db: Db,
  mail: {
    readonly kind: K;
    readonly tenant: TenantRecord;
    readonly owner: Pick<UserRecord, 'email'>;
    readonly vars: MailVars[K];
    /** The one-click unsubscribe link of a notice. */
    readonly unsubscribe?: string;
  },
): Promise<void> {
  const brand: Brand = await deps.brandFor(deps.ctx, db, { clientId: mail.tenant.clientId });
  const rendered = renderOwnerMail(mail.kind, mail.vars, {
    t: translator(mail.tenant.language),
    brand,
    links: { origin: portalOrigin(deps.ctx.options.links, mail.tenant.domain), unsubscribe: mail.unsubscribe },
  });
  await enqueueMail(
    db,
    {
      recipient: mail.owner.email,
      subject: rendered.subject,
      textBody: rendered.text,
      htmlBody: rendered.html.value,
      sender: brand.mailFrom === null ? undefined : formatSender(brand.mailFrom),
      headers: rendered.headers,
    },
    deps.ctx.clock.now(),
  );
}
