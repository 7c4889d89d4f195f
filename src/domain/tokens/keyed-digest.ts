import { createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * Digests kept in the database that must not be reversible from the database alone (an
 * idempotent request's fingerprint covers its password): HMAC-SHA256 under a key derived with
 * HKDF from the machine key, separate per purpose. The first machine key digests; every
 * configured key is tried when comparing, so rotating MACHINE_KEY keeps recent digests matching.
 */
export interface KeyedDigest {
  /** The digest of `text` under the current (first) machine key, in hex. */
  digest(text: string): string;
  /** True when `digest` is the digest of `text` under any configured machine key (constant time). */
  matches(text: string, digest: string): boolean;
}

const SALT = Buffer.from('hosted-solution-api keyed-digest', 'utf8');

/** A keyed digest for `purpose` (e.g. `idempotency-fingerprint`) over the machine keys. */
export function keyedDigest(machineKeys: readonly string[], purpose: string): KeyedDigest {
  if (machineKeys.length === 0) throw new Error('no machine key configured');
  const keys = machineKeys.map((machineKey) =>
    Buffer.from(hkdfSync('sha256', Buffer.from(machineKey, 'utf8'), SALT, Buffer.from(purpose, 'utf8'), 32)),
  );
  const digestWith = (key: Buffer, text: string) => createHmac('sha256', key).update(text, 'utf8').digest();
  return {
    digest: (text) => digestWith(keys[0] as Buffer, text).toString('hex'),
    matches: (text, digest) => {
      const wanted = Buffer.from(digest, 'hex');
      return keys.some((key) => {
        const actual = digestWith(key, text);
        return actual.length === wanted.length && timingSafeEqual(actual, wanted);
      });
    },
  };
}
