import { normalizeEmail } from '../email.js';
import { DomainError, paramsError } from '../errors.js';

/** What a registration says about the portal's owner, before validation. */
export interface OwnerInput {
  readonly firstName?: string | undefined;
  readonly lastName?: string | undefined;
  readonly email?: string | undefined;
  readonly phone?: string | undefined;
  readonly language?: string | undefined;
  readonly timeZoneName?: string | undefined;
}

export interface ValidOwner {
  readonly firstName: string;
  readonly lastName: string;
  /** Lower-cased: e-mail look-ups are case-insensitive. */
  readonly email: string;
  readonly phone: string | null;
  readonly language: string;
  readonly timeZoneName: string;
}

const NAME = /^[\p{L}\p{M}' \u2019-]+$/u;
/**
 * One plain address, which is what it looks like: none of the characters an address parser reads
 * as a display name, a comment, a quoted part or a list (the activation mail is addressed by
 * parsing it); no control, format (bidi overrides such as U+202E, invisible ones such as U+200B),
 * separator, private-use or unassigned characters, which make an address read differently from
 * what it is; no `%` or `!` (old routing forms: `user%host@relay`, `host!user@relay`); and no MIME
 * encoded word (`=?utf-8?q?…?=`), which a mail program may decode into another address.
 */
const EMAIL_PART = String.raw`[^\s@\p{C}\p{Z}<>()[\],;:"\\%!]+`;
const EMAIL = new RegExp(`^${EMAIL_PART}@${EMAIL_PART}\\.${EMAIL_PART}$`, 'u');
const ENCODED_WORD = /=\?/;
const LANGUAGE = /^[a-z]{2,3}([-_][A-Za-z0-9]{2,8})*$/i;
const MAX_LANGUAGE_LENGTH = 35;

/** Validates the owner fields; every problem is reported at once, one line per field. */
export function checkOwner(input: OwnerInput): ValidOwner {
  const problems: string[] = [];
  const firstName = personName('firstName', input.firstName, problems);
  const lastName = personName('lastName', input.lastName, problems);
  return ownerWith(input, firstName, lastName, problems);
}

/**
 * The owner of a sign-up by e-mail alone (portal/registerbyemail): the e-mail is required
 * (emailEmpty without it), and names the sign-up site does not send — or sends malformed — become
 * `Administrator` and an empty last name instead of an error; the owner can change them later.
 */
export function checkEmailSignupOwner(input: OwnerInput): ValidOwner {
  if ((input.email ?? '').trim() === '') throw new DomainError('emailEmpty');
  const firstName = personName('firstName', input.firstName, []) || DEFAULT_FIRST_NAME;
  const lastName = personName('lastName', input.lastName, []);
  return ownerWith(
    input,
    isValidPersonName(firstName) ? firstName : DEFAULT_FIRST_NAME,
    isValidPersonName(lastName) ? lastName : '',
    [],
  );
}

/** The first name of an owner who signed up without one. */
export const DEFAULT_FIRST_NAME = 'Administrator';

function ownerWith(input: OwnerInput, firstName: string, lastName: string, problems: string[]): ValidOwner {
  const email = checkEmailAddress('email', input.email, problems);
  const phone = input.phone?.trim() || null;
  if (phone !== null && phone.length > 32) problems.push('phone must be at most 32 characters');
  const language = normalizeLanguage(input.language);
  if (language === undefined) problems.push('language must be a language tag such as en or en-US');
  if (problems.length > 0) throw paramsError(...problems);
  return {
    firstName,
    lastName,
    email,
    phone,
    language: language ?? 'en-US',
    timeZoneName: resolveTimeZone(input.timeZoneName, language),
  };
}

/**
 * An e-mail address as the service accepts one (an owner's, an operator account's): trimmed and
 * lower-cased (look-ups are case-insensitive); a problem names `field`.
 */
export function checkEmailAddress(field: string, value: string | undefined, problems: string[]): string {
  const email = (value ?? '').trim();
  if (email === '') problems.push(`${field} is required`);
  else if (email.length > 255 || !EMAIL.test(email) || ENCODED_WORD.test(email))
    problems.push(`${field} is not a valid e-mail address`);
  return normalizeEmail(email);
}

function personName(field: string, value: string | undefined, problems: string[]): string {
  const name = (value ?? '').trim();
  if (name === '') problems.push(`${field} is required`);
  else if (name.length > 255) problems.push(`${field} must be at most 255 characters`);
  else if (!NAME.test(name)) problems.push(`${field} may hold only letters, spaces, apostrophes and hyphens`);
  return name;
}

function isValidPersonName(name: string): boolean {
  return name === '' || (name.length <= 255 && NAME.test(name));
}

function normalizeLanguage(value: string | undefined): string | undefined {
  const tag = value?.trim();
  if (!tag) return 'en-US';
  if (!LANGUAGE.test(tag)) return undefined;
  try {
    const canonical = Intl.getCanonicalLocales(tag.replace(/_/g, '-'))[0];
    // The tenants.language column holds 35 characters (BCP 47's practical maximum).
    return canonical !== undefined && canonical.length <= MAX_LANGUAGE_LENGTH ? canonical : undefined;
  } catch {
    return undefined;
  }
}

/**
 * An IANA zone known to this runtime; when none is given, or an unknown one, the zone of the
 * owner's language (LANGUAGE_TIME_ZONES), else UTC.
 */
export function resolveTimeZone(value: string | undefined, language?: string): string {
  const zone = value?.trim();
  if (zone) {
    try {
      return new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    } catch {
      // Unknown here: the language decides, as below.
    }
  }
  const primary = (language ?? '').split(/[-_]/)[0]?.toLowerCase() ?? '';
  return LANGUAGE_TIME_ZONES[primary] ?? 'UTC';
}

/**
 * The time zone a new portal gets from its language when the registration names none (by the
 * language's primary subtag): the zones ONLYOFFICE's own sign-up gives, so a portal registered
 * here and there starts with the same clock. Any other language gets UTC.
 */
export const LANGUAGE_TIME_ZONES: Readonly<Record<string, string>> = Object.assign(
  Object.create(null) as Record<string, string>,
  {
    fr: 'Europe/Paris',
    es: 'Europe/Madrid',
    de: 'Europe/Berlin',
    ru: 'Europe/Moscow',
    lv: 'Europe/Riga',
    it: 'Europe/Rome',
    tr: 'Europe/Istanbul',
    uk: 'Europe/Kiev',
    cs: 'Europe/Warsaw',
    el: 'Europe/Warsaw',
    fi: 'Europe/Warsaw',
    pl: 'Europe/Warsaw',
    pt: 'America/Cuiaba',
    zh: 'Asia/Shanghai',
    vi: 'Asia/Shanghai',
    ja: 'Asia/Tokyo',
    ko: 'Asia/Seoul',
    az: 'Asia/Baku',
  },
);
