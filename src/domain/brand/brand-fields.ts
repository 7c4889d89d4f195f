import type { BrandColumn } from '../../store/repositories/brands.js';
import { checkEmailAddress } from '../owner/owner.js';
import { contrastRatio, darkenToContrast, formatRatio, MIN_CONTRAST, PAGE_BACKGROUND } from './contrast.js';

/**
 * The Brand.* settings: each key's name as documented, the column it is stored in (the logo has
 * its own table), and the rule its value must meet. Keys match in any case, like every setting.
 */
export const BRAND_SETTINGS = {
  'Brand.ProductName': 'product_name',
  'Brand.Logo': 'logo',
  'Brand.PrimaryColor': 'primary_color',
  'Brand.SupportEmail': 'support_email',
  'Brand.SupportUrl': 'support_url',
  'Brand.LegalFooter': 'legal_footer',
  'Brand.MailFromName': 'mail_from_name',
  'Brand.MailFromAddress': 'mail_from_address',
} as const satisfies Record<string, BrandColumn | 'logo'>;

export type BrandSettingKey = keyof typeof BRAND_SETTINGS;
export type BrandField = (typeof BRAND_SETTINGS)[BrandSettingKey];

export const BRAND_SETTING_KEYS = Object.keys(BRAND_SETTINGS) as BrandSettingKey[];

/** The documented spelling of a Brand.* key given in any case; undefined for other keys. */
export function brandSettingKey(key: string): BrandSettingKey | undefined {
  const lower = key.trim().toLowerCase();
  return BRAND_SETTING_KEYS.find((name) => name.toLowerCase() === lower);
}

/** Whether a key belongs to the Brand.* family (known or not). */
export function isBrandFamilyKey(key: string): boolean {
  return key.trim().toLowerCase().startsWith('brand.');
}

/** The longest values, in characters. */
export const BRAND_LIMITS = {
  productName: 100,
  supportUrl: 2000,
  legalFooter: 1000,
  mailFromName: 100,
} as const;

/**
 * A text field's value checked and normalised for storing; every problem names `key` and why.
 * (The logo is checked by brand-logo.ts.)
 */
export function checkBrandValue(key: BrandSettingKey, column: BrandColumn, raw: string, problems: string[]): string {
  const value = raw.trim();
  switch (column) {
    case 'product_name':
      return line(key, value, BRAND_LIMITS.productName, problems);
    case 'mail_from_name':
      return line(key, value, BRAND_LIMITS.mailFromName, problems);
    case 'legal_footer':
      if ([...value].length > BRAND_LIMITS.legalFooter)
        problems.push(`${key}: must be at most ${BRAND_LIMITS.legalFooter} characters`);
      // Line breaks are the footer's own; other control characters have no place in a page or a mail.
      else if (/\p{Cc}/u.test(value.replace(/[\r\n]/g, '')))
        problems.push(`${key}: must be plain text (no control characters)`);
      return value.replace(/\r\n?/g, '\n');
    case 'primary_color':
      return checkColor(key, value, problems);
    case 'support_email':
    case 'mail_from_address': {
      const inner: string[] = [];
      const email = checkEmailAddress(key, value, inner);
      if (inner.length > 0) problems.push(`${key}: must be an e-mail address (name@example.com)`);
      return email;
    }
    case 'support_url':
      return checkHttpsUrl(key, value, problems);
  }
}

/**
 * The primary colour: `#rrggbb`, with at least 4.5:1 contrast against the white page — which is
 * also the contrast of white text on a button of that colour, so one ratio covers both. A colour
 * that fails is refused (never quietly changed), with its ratio and a darker colour that passes.
 */
function checkColor(key: string, value: string, problems: string[]): string {
  if (!/^#[0-9a-fA-F]{6}$/.test(value)) {
    problems.push(`${key}: must be a colour written #rrggbb (e.g. #1d5fb4)`);
    return value;
  }
  const color = value.toLowerCase();
  const ratio = contrastRatio(color, PAGE_BACKGROUND);
  if (ratio < MIN_CONTRAST) {
    problems.push(
      `${key}: ${color} has a contrast ratio of ${formatRatio(ratio)} with white (the page, and white text on its buttons); ` +
        `at least ${MIN_CONTRAST}:1 is needed (WCAG AA) — a darker shade such as ${darkenToContrast(color)} passes`,
    );
  }
  return color;
}

function checkHttpsUrl(key: string, value: string, problems: string[]): string {
  if ([...value].length > BRAND_LIMITS.supportUrl) {
    problems.push(`${key}: must be at most ${BRAND_LIMITS.supportUrl} characters`);
    return value;
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    problems.push(`${key}: must be an https URL (https://help.example.com)`);
    return value;
  }
  if (url.protocol !== 'https:') problems.push(`${key}: must be an https URL (it is ${url.protocol.slice(0, -1)})`);
  else if (url.username !== '' || url.password !== '') problems.push(`${key}: must not carry a user name or password`);
  return url.href;
}

/** One line of text (a name): at most `max` characters, no control characters (it may go into a mail header). */
function line(key: string, value: string, max: number, problems: string[]): string {
  if ([...value].length > max) problems.push(`${key}: must be at most ${max} characters`);
  else if (/\p{Cc}/u.test(value)) problems.push(`${key}: must be one line of text (no control characters)`);
  return value;
}
