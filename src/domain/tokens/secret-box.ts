import { createCipheriv, createDecipheriv, createHash, hkdfSync, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (client secrets, webhook secrets, stored idempotent answers): AES-256-GCM under
 * a key derived with HKDF-SHA256 from a machine key, so a copy of the database without the
 * machine key holds nothing usable. The first machine key seals; every configured key opens, so
 * rotating MACHINE_KEY keeps old records readable until they are sealed again under the first.
 *
 * A sealed value is `v1.<key id>.<nonce>.<ciphertext and tag>` (base64url parts). The key id
 * (the first bytes of a hash of the derived key, not of the machine key) picks the key to try and
 * tells whether a record is sealed under the current key. The record's identity is bound as
 * associated data, so a sealed value moved to another row does not open there.
 */
export interface SecretBox {
  /** Seals `plaintext` for the record named by `context` (e.g. `client:acme`). */
  seal(plaintext: string, context: string): string;
  /** Opens a sealed value for the same `context`; throws when no configured key opens it. */
  open(sealed: string, context: string): string;
  /** True when `sealed` was made under the first (current) machine key. */
  isCurrent(sealed: string): boolean;
}

/** The HKDF salt and info: fixed, so the same machine key always derives the same sealing key. */
const SALT = Buffer.from('hosted-solution-api secret-box', 'utf8');
const INFO = Buffer.from('aes-256-gcm v1', 'utf8');
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_ID_BYTES = 6;

interface DerivedKey {
  readonly id: string;
  readonly key: Buffer;
}

/** A secret box over the machine keys (the first seals, all open). */
export function secretBox(machineKeys: readonly string[]): SecretBox {
  if (machineKeys.length === 0) throw new Error('no machine key configured');
  const keys = machineKeys.map(derive);
  const current = keys[0] as DerivedKey;
  return {
    seal: (plaintext, context) => {
      const nonce = randomBytes(NONCE_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current.key, nonce);
      cipher.setAAD(Buffer.from(context, 'utf8'));
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return ['v1', current.id, nonce.toString('base64url'), body.toString('base64url')].join('.');
    },
    open: (sealed, context) => {
      const parts = sealed.split('.');
      if (parts.length !== 4 || parts[0] !== 'v1') throw new SecretBoxError('not a sealed value');
      const [, id, nonceText, bodyText] = parts as [string, string, string, string];
      const nonce = Buffer.from(nonceText, 'base64url');
      const body = Buffer.from(bodyText, 'base64url');
      if (nonce.length !== NONCE_BYTES || body.length < TAG_BYTES) throw new SecretBoxError('not a sealed value');
      // The key id names the key; trying the others too covers a key id collision.
      const candidates = [...keys.filter((k) => k.id === id), ...keys.filter((k) => k.id !== id)];
      for (const { key } of candidates) {
        try {
          const decipher = createDecipheriv('aes-256-gcm', key, nonce);
          decipher.setAAD(Buffer.from(context, 'utf8'));
          decipher.setAuthTag(body.subarray(body.length - TAG_BYTES));
          return Buffer.concat([decipher.update(body.subarray(0, body.length - TAG_BYTES)), decipher.final()]).toString(
            'utf8',
          );
        } catch {
          // Not this key (or tampered): try the next one.
        }
      }
      throw new SecretBoxError('no configured machine key opens this value');
    },
    isCurrent: (sealed) => sealed.split('.')[1] === current.id,
  };
}

/** A sealed value that cannot be opened: tampered, moved to another record, or under an unknown key. */
export class SecretBoxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'SecretBoxError';
  }
}

function derive(machineKey: string): DerivedKey {
  const key = Buffer.from(hkdfSync('sha256', Buffer.from(machineKey, 'utf8'), SALT, INFO, 32));
  const id = createHash('sha256').update(key).digest().subarray(0, KEY_ID_BYTES).toString('base64url');
  return { id, key };
}
