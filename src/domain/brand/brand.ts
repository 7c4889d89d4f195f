/**
 * How the server presents itself to a portal's owner: on the pages of the portal's host and in
 * every mail. A reseller (an API client) may carry its own; the operator's applies otherwise.
 */
export interface Brand {
  /** The product's name as the owner reads it ("Acme Office"). */
  readonly productName: string;
  /** The uploaded logo, served from this server; null: the product name alone. */
  readonly logo: BrandLogo | null;
  /** The primary colour, `#rrggbb`, already checked for contrast against the page. */
  readonly primaryColor: string;
  /** Where the owner asks for help; null: not shown. */
  readonly supportEmail: string | null;
  readonly supportUrl: string | null;
  /** The legal footer under every page and mail (plain text); null: none. */
  readonly legalFooter: string | null;
  /** The mails' sender; null: the server's MAIL_FROM. */
  readonly mailFrom: MailSender | null;
}

export interface BrandLogo {
  /** An absolute path on this server (`/brand/logo/<digest>.<ext>`), cacheable forever. */
  readonly path: string;
  /** What a reader without images is told (the product name unless set). */
  readonly alt: string;
}

export interface MailSender {
  readonly name: string;
  readonly address: string;
}

/** What everything shows before a provider sets its own brand. */
export const DEFAULT_BRAND: Brand = Object.freeze({
  productName: 'Hosted portals',
  logo: null,
  primaryColor: '#1d5fb4',
  supportEmail: null,
  supportUrl: null,
  legalFooter: null,
  mailFrom: null,
});
