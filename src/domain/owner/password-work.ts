import { randomBytes } from 'node:crypto';
import { tooMuchAttempts } from '../errors.js';
import {
  currentHashPrefix,
  CURRENT_COST,
  hashPassword,
  isPasswordHash,
  verifyPassword,
  type PasswordCost,
} from './password.js';

/**
 * Every password hash the server computes — registration, activation, sign-in, the pages — runs
 * here, under one server-wide cap: at most `concurrency` scrypt runs at once (each takes ~32 MiB
 * and tens of milliseconds of a CPU), at most `queue` more waiting. Past that the caller is told
 * to come back (tooMuchAttempts with Retry-After) instead of piling up work that would slow every
 * other sign-in down.
 */
export interface PasswordWork {
  /** The stored form of `secret` under `salt` (random unless given) with the current parameters. */
  hash(secret: string, salt?: Buffer): Promise<string>;
  /** Whether `secret` matches `stored`; a malformed hash costs a hash too, and is false. */
  verify(secret: string, stored: string): Promise<boolean>;
  /** One hash whose result is thrown away: what a check with nothing to check still costs. */
  decoy(secret: string): Promise<void>;
  /** How every hash `hash` makes under `salt` begins (parameters and salt). */
  prefix(salt: Buffer): string;
}

export interface PasswordWorkLimits {
  /** scrypt runs at once. */
  readonly concurrency: number;
  /** Hashes allowed to wait for a free slot; one more is refused. */
  readonly queue: number;
}

/** How long a refused caller is asked to wait: a queue this short drains within a second or two. */
export const PASSWORD_WORK_RETRY_MS = 2_000;

/**
 * The cap over the server's password hashing; `onHash` is told of every scrypt run (tests count
 * them). `cost` is scrypt's for new hashes (tests lower it); stored hashes are checked with their own.
 */
export function createPasswordWork(
  limits: PasswordWorkLimits,
  onHash?: () => void,
  cost: PasswordCost = CURRENT_COST,
): PasswordWork {
  const concurrency = Math.max(1, limits.concurrency);
  let running = 0;
  const waiting: Array<() => void> = [];

  const acquire = async (): Promise<void> => {
    if (running < concurrency) {
      running++;
      return;
    }
    if (waiting.length >= limits.queue) throw tooMuchAttempts(PASSWORD_WORK_RETRY_MS);
    // The slot is handed over by release(): `running` stays as it is.
    await new Promise<void>((resolve) => waiting.push(resolve));
  };
  const release = (): void => {
    const next = waiting.shift();
    if (next === undefined) running--;
    else next();
  };
  const run = async <T>(work: () => Promise<T>): Promise<T> => {
    await acquire();
    try {
      onHash?.();
      return await work();
    } finally {
      release();
    }
  };

  return {
    hash: (secret, salt) => run(() => hashPassword(secret, salt, cost)),
    verify: (secret, stored) =>
      run(async () => {
        if (isPasswordHash(stored)) return verifyPassword(secret, stored);
        await hashPassword(secret, randomBytes(16), cost);
        return false;
      }),
    decoy: (secret) => run(async () => void (await hashPassword(secret, randomBytes(16), cost))),
    prefix: (salt) => currentHashPrefix(salt, cost),
  };
}
