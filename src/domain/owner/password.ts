import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { DomainError } from '../errors.js';

export interface PasswordRules {
  readonly min: number;
  readonly max: number;
  readonly requireDigit: boolean;
  readonly requireUpper: boolean;
  readonly requireSpecial: boolean;
}

/** A rule of the password policy a password breaks (the pages name it in the owner's language). */
export type PasswordBreach = 'tooShort' | 'tooLong' | 'control' | 'digit' | 'upper' | 'special';

/** The first rule `password` breaks, in the order the policy checks them; undefined when it passes. */
export function passwordBreach(password: string, rules: PasswordRules): PasswordBreach | undefined {
  const length = [...password].length;
  if (length < rules.min) return 'tooShort';
  if (length > rules.max) return 'tooLong';
  if (/\p{Cc}/u.test(password)) return 'control';
  if (rules.requireDigit && !/\p{Nd}/u.test(password)) return 'digit';
  if (rules.requireUpper && !/\p{Lu}/u.test(password)) return 'upper';
  if (rules.requireSpecial && !/[^\p{L}\p{Nd}]/u.test(password)) return 'special';
  return undefined;
}

/** Checks the password policy; the message names the rule broken. */
export function checkPasswordPolicy(password: string, rules: PasswordRules): void {
  const breach = passwordBreach(password, rules);
  if (breach === undefined) return;
  const messages: Readonly<Record<PasswordBreach, string>> = {
    tooShort: `Password must be at least ${rules.min} characters long`,
    tooLong: `Password must be at most ${rules.max} characters long`,
    control: 'Password must not contain control characters',
    digit: 'Password must contain a digit',
    upper: 'Password must contain an upper-case letter',
    special: 'Password must contain a special character',
  };
  throw new DomainError('passPolicyError', messages[breach]);
}

/**
 * scrypt with its parameters stored beside the hash (`scrypt$N$r$p$salt$hash`), so they can be
 * raised later without invalidating stored passwords. N=2^15, r=8: about 32 MiB and tens of
 * milliseconds per hash, OWASP's recommended floor for scrypt. These run scrypt directly: the
 * server's use cases go through password-work.ts, which bounds how many run at once.
 */
export const CURRENT_COST: PasswordCost = { N: 1 << 15, r: 8, p: 1 };
const KEY_LENGTH = 32;
const SALT_BYTES = 16;

/**
 * scrypt's cost parameters. New hashes always use CURRENT_COST in the product; the test suite
 * passes a far cheaper one (through createServer's overrides) where the hash's strength is not
 * what a test is about, since a run makes thousands of hashes.
 */
export interface PasswordCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

/** Hashes a password under `salt` (16 random bytes unless given) with the given (current) parameters. */
export async function hashPassword(
  password: string,
  salt: Buffer = randomBytes(SALT_BYTES),
  cost: PasswordCost = CURRENT_COST,
): Promise<string> {
  const hash = await scryptAsync(password, salt, KEY_LENGTH, cost);
  return [...prefixOf(cost), salt.toString('base64'), hash.toString('base64')].join('$');
}

/** How every hash made now under `salt` begins: the parameters and the salt, without the hash. */
export function currentHashPrefix(salt: Buffer, cost: PasswordCost = CURRENT_COST): string {
  return `${[...prefixOf(cost), salt.toString('base64')].join('$')}$`;
}

function prefixOf(cost: PasswordCost): ReadonlyArray<string | number> {
  return ['scrypt', cost.N, cost.r, cost.p];
}

/** Whether `stored` is a hash this module can check (`scrypt$N$r$p$salt$hash`). */
export function isPasswordHash(stored: string): boolean {
  const parts = stored.split('$');
  return (
    parts.length === 6 &&
    parts[0] === 'scrypt' &&
    parts.slice(1, 4).every((n) => /^\d{1,8}$/.test(n)) &&
    (parts[5] ?? '') !== ''
  );
}

/** Constant-time check of a password against a stored hash; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  if (!isPasswordHash(stored)) return false;
  const [, n, r, p, saltText, hashText] = stored.split('$') as [string, string, string, string, string, string];
  const expected = Buffer.from(hashText, 'base64');
  const actual = await scryptAsync(password, Buffer.from(saltText, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return expected.length > 0 && timingSafeEqual(actual, expected);
}

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must cover 128 * N * r bytes plus headroom.
    const maxmem = 256 * (options.N ?? CURRENT_COST.N) * (options.r ?? CURRENT_COST.r);
    scrypt(password.normalize('NFC'), salt, keyLength, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
