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
}
