import { createHash } from 'node:crypto';
import {
  findKey,
  insertRunningKey,
  releaseKey,
  storeAnswer,
  takeOverKey,
} from '../../store/repositories/idempotency-keys.js';
import { isUniqueViolation, type Db } from '../../store/store.js';
import type { DomainContext } from '../context.js';
import { DomainError, paramsError } from '../errors.js';
import { HOUR_MS } from '../time.js';

/**
 * Idempotent retries: a billing panel whose call timed out sends it again with the same
 * Idempotency-Key and gets the first call's answer instead of a second change (or
 * portalNameExist). Per caller and key: the first request runs; its 2xx answer is stored (sealed:
 * it may hold an activation link) in the transaction of its change, and replayed to every repeat
 * with the same parameters for IDEMPOTENCY_TTL_HOURS.
 */

/** How long a running request's mark holds before a retry may take over (its request died). */
export const RUNNING_MARK_MS = 60_000;

/** The longest key accepted. */
export const MAX_KEY_LENGTH = 255;

/** What a request with a key may do. */
export type Begin =
  /** Run it; then `complete` (inside its change's transaction) or `release` (when it was refused). */
  | { readonly kind: 'run'; readonly id: string }
  /** Answer with the stored status and body. */
  | { readonly kind: 'replay'; readonly statusCode: number; readonly body: string };

/** A key as sent: 1..255 printable ASCII characters, else `params`. */
export function checkIdempotencyKey(key: string): string {
  if (key.length < 1 || key.length > MAX_KEY_LENGTH || !/^[\x20-\x7e]+$/.test(key)) {
    throw paramsError(`Idempotency-Key must be 1 to ${MAX_KEY_LENGTH} printable ASCII characters`);
  }
  return key;
}

/**
 * What identifies a request's content: its method, path and parameters (names in any case, order
 * ignored). Only ever stored as a keyed digest (ctx.fingerprints): the parameters include
 * passwords, and a plain hash of them would let anyone holding the database test guesses.
 */
export function requestFingerprint(method: string, path: string, params: ReadonlyMap<string, unknown>): string {
  const sorted = [...params.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return JSON.stringify([method.toUpperCase(), path.toLowerCase(), sorted]);
}

/**
 * Looks the key up before anything else runs (so a replay spends no attempt and no CAPTCHA
 * token): a new key is marked running; an answered one is replayed, or refused with `params` when
 * the parameters differ; a running one is `conflict` (409) until its mark lapses.
 */
export async function beginIdempotentRequest(
  ctx: DomainContext,
  caller: string,
  key: string,
  fingerprint: string,
  /** Runs before a key that is not stored yet is marked (an anonymous caller's keys are counted); may throw. */
  onNewKey?: () => Promise<void>,
): Promise<Begin> {
  const id = sha256(`${caller}\n${key}`);
  const db = ctx.store.db;
  // A replay or a conflict costs the caller nothing: only a key seen for the first time is counted.
  if (onNewKey !== undefined && (await findKey(db, id)) === undefined) await onNewKey();
  for (let attempt = 0; attempt < 3; attempt++) {
    const now = ctx.clock.now();
    const fresh = {
      fingerprint: ctx.fingerprints.digest(fingerprint),
      lockedUntil: new Date(now.getTime() + RUNNING_MARK_MS),
      expiresAt: new Date(now.getTime() + ctx.options.idempotencyTtlHours * HOUR_MS),
    };
    try {
      await insertRunningKey(db, { id, ...fresh, now });
      return { kind: 'run', id };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
    const existing = await findKey(db, id);
    if (existing === undefined) continue; // released meanwhile: try the insert again
    const expired = existing.expiresAt.getTime() <= now.getTime();
    if (!expired && !ctx.fingerprints.matches(fingerprint, existing.fingerprint))
      throw paramsError('Idempotency-Key was used with other parameters');
    if (!expired && existing.state === 'answered' && existing.statusCode !== null && existing.bodySealed !== null) {
      return {
        kind: 'replay',
        statusCode: existing.statusCode,
        body: ctx.secrets.open(existing.bodySealed, answerContext(id)),
      };
    }
    if (!expired && existing.lockedUntil.getTime() > now.getTime()) throw new DomainError('conflict');
    // Expired, or running but its request died: take it over, unless another retry does first.
    if (await takeOverKey(db, id, existing.lockedUntil, fresh)) return { kind: 'run', id };
    throw new DomainError('conflict');
  }
  throw new DomainError('conflict');
}

/** Stores the answer of a running request, in `tx`: the transaction of its change, when it made one. */
export async function completeIdempotentRequest(
  ctx: DomainContext,
  tx: Db,
  id: string,
  statusCode: number,
  body: string,
): Promise<void> {
  await storeAnswer(tx, id, statusCode, ctx.secrets.seal(body, answerContext(id)));
}

/** Forgets a running request's mark (it was refused or failed): a retry runs again. */
export async function releaseIdempotentRequest(ctx: DomainContext, id: string): Promise<void> {
  await releaseKey(ctx.store.db, id);
}

function answerContext(id: string): string {
  return `idempotency:${id}`;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
