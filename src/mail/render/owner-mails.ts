import type { Brand } from '../../domain/brand/brand.js';
import { STOPPABLE_MAILS } from '../../domain/owner/mail-opt-out.js';
import { formatBytes, formatDate, formatNumber, formatPercent, type Translator } from '../../i18n/index.js';
import { frameMail, type MailLinks, type RenderedMail } from './mail-frame.js';

/**
 * The owner's four mails, each one renderer that takes its words from the i18n catalogs, so a
 * mail exists in every language a catalog does (and reads in English where one lacks a message).
 * Values come raw (numbers, dates); each renderer formats them for the reader's language.
 */

/** The mails the server sends an owner. */
export const MAIL_KINDS = ['activation', 'passwordReset', 'dueReminder', 'usageAlert'] as const;
export type MailKind = (typeof MAIL_KINDS)[number];

/** Mails an owner may stop, which alone carry List-Unsubscribe (why only these: mail-opt-out.ts). */
export const OPTIONAL_MAIL_KINDS: ReadonlySet<MailKind> = new Set(STOPPABLE_MAILS);

export interface ActivationMailVars {
  readonly firstName: string;
  readonly portalDomain: string;
  readonly link: string;
  /** ACTIVATION_TTL_HOURS. */
  readonly validHours: number;
}

export interface PasswordResetMailVars {
  readonly firstName: string;
  readonly portalDomain: string;
  readonly link: string;
  readonly validMinutes: number;
}

export interface DueReminderMailVars {
  readonly firstName: string;
  readonly portalDomain: string;
  readonly plan: string;
  readonly dueDate: Date;
  /** The portal's IANA time zone: the day the owner sees. */
  readonly timeZone: string;
  /** Whole days left (0: due today). */
  readonly daysLeft: number;
}

export interface UsageAlertMailVars {
  readonly firstName: string;
  readonly portalDomain: string;
  readonly metric: 'storage' | 'users';
  /** Bytes (storage) or users used, and the limit in the same unit. */
  readonly used: number;
  readonly limit: number;
}

/** What each kind needs. */
export interface MailVars {
  readonly activation: ActivationMailVars;
  readonly passwordReset: PasswordResetMailVars;
  readonly dueReminder: DueReminderMailVars;
  readonly usageAlert: UsageAlertMailVars;
}

/** The reader's language (`translator(tenant.language)`), the brand and the absolute links. */
export interface MailSetting {
  readonly t: Translator;
  readonly brand: Brand;
  readonly links: MailLinks;
}

/** Renders a mail of `kind` for `setting`. */
export function renderOwnerMail<K extends MailKind>(kind: K, vars: MailVars[K], setting: MailSetting): RenderedMail {
  const render = RENDERERS[kind] as (t: Translator, vars: MailVars[K], s: MailSetting) => RenderedMail;
  const mail = render(setting.t, vars, setting);
  const unsubscribe = setting.links.unsubscribe;
  if (!OPTIONAL_MAIL_KINDS.has(kind) || unsubscribe === undefined) return mail;
  // One-click unsubscribe: the mail client POSTs "List-Unsubscribe=One-Click" to the link.
  return {
    ...mail,
    headers: { 'List-Unsubscribe': `<${unsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  };
}

const RENDERERS: { readonly [K in MailKind]: (t: Translator, vars: MailVars[K], s: MailSetting) => RenderedMail } = {
  activation: (t, v, s) =>
    frameMail(t, s.brand, withoutUnsubscribe(s.links), {
      subject: t.t('mail.activation.subject', { portal: v.portalDomain }),
      heading: t.t('mail.activation.heading'),
      firstName: v.firstName,
      portalDomain: v.portalDomain,
      paragraphs: [t.parts('mail.activation.intro', { portal: v.portalDomain })],
      button: { href: v.link, label: t.t('mail.activation.button') },
      after: [t.t('link.validHours', { count: v.validHours }), t.t('mail.activation.ignore')],
    }),
  passwordReset: (t, v, s) =>
    frameMail(t, s.brand, withoutUnsubscribe(s.links), {
      subject: t.t('mail.reset.subject', { portal: v.portalDomain }),
      heading: t.t('mail.reset.heading'),
      firstName: v.firstName,
      portalDomain: v.portalDomain,
      paragraphs: [t.parts('mail.reset.intro', { portal: v.portalDomain })],
      button: { href: v.link, label: t.t('mail.reset.button') },
      after: [t.t('link.validMinutes', { count: v.validMinutes }), t.t('mail.reset.ignore')],
    }),
  dueReminder: (t, v, s) => {
    const date = formatDate(t.locale, v.dueDate, v.timeZone);
    const values = { plan: v.plan, portal: v.portalDomain, date };
    return frameMail(t, s.brand, withoutUnsubscribe(s.links), {
      subject: t.t('mail.due.subject', { portal: v.portalDomain, date }),
      heading: t.t('mail.due.heading'),
      firstName: v.firstName,
      portalDomain: v.portalDomain,
      paragraphs: [
        v.daysLeft <= 0
          ? t.parts('mail.due.today', values)
          : t.parts('mail.due.body', { ...values, count: v.daysLeft }),
        t.parts('mail.due.action'),
      ],
      button: { href: `${s.links.origin}/`, label: t.t('mail.openPortal') },
    });
  },
  usageAlert: (t, v, s) => {
    const amount = (n: number) => (v.metric === 'storage' ? formatBytes(t.locale, n) : formatNumber(t.locale, n));
    const values = {
      portal: v.portalDomain,
      percent: formatPercent(t.locale, v.limit > 0 ? v.used / v.limit : 0),
      used: amount(v.used),
      limit: amount(v.limit),
    };
    const storage = v.metric === 'storage';
    return frameMail(t, s.brand, s.links, {
      subject: storage ? t.t('mail.usage.storage.subject', values) : t.t('mail.usage.users.subject', values),
      heading: t.t(storage ? 'mail.usage.storage.heading' : 'mail.usage.users.heading'),
      firstName: v.firstName,
      portalDomain: v.portalDomain,
      paragraphs: [
        storage ? t.parts('mail.usage.storage.body', values) : t.parts('mail.usage.users.body', values),
        t.parts('mail.usage.action'),
      ],
      button: { href: `${s.links.origin}/`, label: t.t('mail.openPortal') },
    });
  },
};

/** Transactional mail never offers to unsubscribe, whatever the caller passed. */
function withoutUnsubscribe(links: MailLinks): MailLinks {
  return { origin: links.origin };
}
