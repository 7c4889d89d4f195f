import type { SafeHtml } from '../../html.js';

/** What the activation mail says: filled in when the portal is registered. */
export interface ActivationMailVars {
  readonly firstName: string;
  readonly lastName: string;
  /** The portal's host name, e.g. myportal.portals.example.com. */
  readonly portalDomain: string;
  /** The activation link (also `reference` of portal/register, unless the e-mail must be proven first). */
  readonly link: string;
  /** How long the link stays valid, in hours (ACTIVATION_TTL_HOURS). */
  readonly validHours: number;
}

/** What the password-reset mail says: sent when the owner asks for it on the sign-in page. */
export interface PasswordResetMailVars {
  readonly firstName: string;
  readonly portalDomain: string;
  /** The one-time reset link. */
  readonly link: string;
  /** How long the link stays valid, in minutes. */
  readonly validMinutes: number;
}

/** What the due-date reminder says: sent DUE_REMINDER_DAYS before a tariff's due date. */
export interface DueReminderMailVars {
  readonly firstName: string;
  readonly portalDomain: string;
  /** The tariff plan's name. */
  readonly plan: string;
  /** The due date, written for the reader (their language, the portal's time zone). */
  readonly dueDate: string;
  /** Whole days left (0: due today). */
  readonly daysLeft: number;
}

/** What the usage alert says: sent when a figure crosses one of the plan's usage thresholds. */
export interface UsageAlertMailVars {
  readonly firstName: string;
  readonly portalDomain: string;
  readonly metric: 'storage' | 'users';
  /** The share used, written for the reader ("82.5%"). */
  readonly percent: string;
  /** What is used and what is allowed, written for the reader ("8.25 GB" of "10 GB", or "41" of "50"). */
  readonly used: string;
  readonly limit: string;
}

/** A rendered message: subject, plain-text part and HTML part. */
export interface RenderedMail {
  readonly subject: string;
  readonly text: string;
  readonly html: SafeHtml;
}

/** One language's mail. Add a language by adding a file like en.ts and listing it in index.ts. */
export interface MailTemplates {
  activation(vars: ActivationMailVars): RenderedMail;
  passwordReset(vars: PasswordResetMailVars): RenderedMail;
  dueReminder(vars: DueReminderMailVars): RenderedMail;
  usageAlert(vars: UsageAlertMailVars): RenderedMail;
}
