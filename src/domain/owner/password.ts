import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { DomainError } from '../errors.js';

export interface PasswordRules {
  readonly min: number;
  readonly max: number;
  readonly requireDigit: boolean;
  readonly requireUpper: boolean;
  readonly requireSpecial: boolean;
}

/** Checks the password policy; the message names the rule broken. */
export function checkPasswordPolicy(password: string, rules: PasswordRules): void {
  const length = [...password].length;
  if (length < rules.min) throw new DomainError('passPolicyError', `Password must be at least ${rules.min} characters long`);
  if (length > rules.max) throw new DomainError('passPolicyError', `Password must be at most ${rules.max} characters long`);
  if (/\p{Cc}/u.test(password)) throw new DomainError('passPolicyError', 'Password must not contain control characters');
  if (rules.requireDigit && !/\p{Nd}/u.test(password)) throw new DomainError('passPolicyError', 'Password must contain a digit');
  if (rules.requireUpper && !/\p{Lu}/u.test(password)) {
    throw new DomainError('passPolicyError', 'Password must contain an upper-case letter');
  }
  if (rules.requireSpecial && !/[^\p{L}\p{Nd}]/u.test(password)) {
    throw new DomainError('passPolicyError', 'Password must contain a special character');
  }
}

/**
 * scrypt with its parameters stored beside the hash (`scrypt$N$r$p$salt$hash`), so they can be
 * raised later without invalidating stored passwords. N=2^15, r=8: about 32 MiB and tens of
 * milliseconds per hash, OWASP's recommended floor for scrypt.
 */
const CURRENT = { N: 1 << 15, r: 8, p: 1, keyLength: 32 } as const;

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const hash = await scryptAsync(password, salt, CURRENT.keyLength, CURRENT);
  return ['scrypt', CURRENT.N, CURRENT.r, CURRENT.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Constant-time check of a password against a stored hash; false for a malformed hash. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return false;
  const [, n, r, p, saltText, hashText] = parts as [string, string, string, string, string, string];
  const expected = Buffer.from(hashText, 'base64');
  const actual = await scryptAsync(password, Buffer.from(saltText, 'base64'), expected.length, {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return expected.length > 0 && timingSafeEqual(actual, expected);
}

let decoy: Promise<string> | undefined;

/** A hash of a random password: checked when the e-mail is unknown, so both answers take as long. */
export function decoyPasswordHash(): Promise<string> {
  decoy ??= hashPassword(randomBytes(16).toString('hex'));
  return decoy;
}

function scryptAsync(password: string, salt: Buffer, keyLength: number, options: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    // maxmem must cover 128 * N * r bytes plus headroom.
    const maxmem = 256 * (options.N ?? CURRENT.N) * (options.r ?? CURRENT.r);
    scrypt(password.normalize('NFC'), salt, keyLength, { ...options, maxmem }, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}
