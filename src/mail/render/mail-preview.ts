import type { Brand } from '../../domain/brand/brand.js';
import type { Translator } from '../../i18n/index.js';
import type { RenderedMail } from './mail-frame.js';
import { MAIL_KINDS, renderOwnerMail, type MailKind } from './owner-mails.js';
import { formatSender } from './sender.js';
import { SAMPLE_OWNER_EMAIL, SAMPLE_PORTAL, sampleMailVars } from './sample-mails.js';

/** A mail as the owner would receive it, for the operator to look at: headers, text and HTML. */
export interface MailPreview {
  readonly kind: MailKind;
  /** From, To, Subject and the extra headers, in the order a mail shows them. */
  readonly headers: ReadonlyArray<readonly [string, string]>;
  readonly mail: RenderedMail;
}

/** Whether `kind` names one of the owner mails. */
export function isMailKind(kind: string): kind is MailKind {
  return (MAIL_KINDS as readonly string[]).includes(kind);
}

/**
 * The mail of `kind` for the sample owner and portal, in `t`'s language and `brand`, sent from
 * the brand's sender or else `defaultFrom` (MAIL_FROM). A usage alert carries a sample
 * unsubscribe link (the real one is signed per owner).
 */
export function previewMail(kind: MailKind, t: Translator, brand: Brand, defaultFrom: string): MailPreview {
  const origin = `https://${SAMPLE_PORTAL}`;
  const mail = renderOwnerMail(kind, sampleMailVars(kind, origin), {
    t,
    brand,
    links: { origin, unsubscribe: `${origin}/unsubscribe?kind=${kind}&user=sample&key=sample` },
  });
  const from = brand.mailFrom === null ? defaultFrom : formatSender(brand.mailFrom);
  return {
    kind,
    headers: [['From', from], ['To', SAMPLE_OWNER_EMAIL], ['Subject', mail.subject], ...Object.entries(mail.headers)],
    mail,
  };
}
