import { randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The machine keys in force, and whether this start generated the first one. */
export interface MachineKeys {
  readonly keys: readonly string[];
  readonly generated: boolean;
  readonly file: string | undefined;
}

const KEY_FILE = 'machine.key';

/**
 * MACHINE_KEY wins; otherwise the key kept in the data directory, generated on first start
 * (32 random bytes, base64url) and written with mode 0600 so only the server's user can read it.
 */
export function resolveMachineKeys(explicit: readonly string[] | undefined, dataDir: string): MachineKeys {
  if (explicit && explicit.length > 0) return { keys: explicit, generated: false, file: undefined };
  const file = join(dataDir, KEY_FILE);
  try {
    const stored = readFileSync(file, 'utf8').trim();
    if (stored.length > 0) return { keys: [stored], generated: false, file };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  // Only the server's user may read the key (and the SQLite file that usually lives beside it).
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const key = randomBytes(32).toString('base64url');
  // 'wx' fails if another instance created the file meanwhile; then read theirs.
  try {
    writeFileSync(file, `${key}\n`, { mode: 0o600, flag: 'wx' });
    chmodSync(file, 0o600);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return resolveMachineKeys(undefined, dataDir);
    throw error;
  }
  return { keys: [key], generated: true, file };
}

/**
 * Whether a machine key holds less than 128 bits, judged by its length and alphabet: 4 bits per
 * hex digit, 6 per base64 character, 8 per byte of anything else — at least 32 hex digits, 22
 * base64 characters or 16 bytes. A key of fewer than 8 different characters is weak whatever its
 * length. A weak key lets one captured token or link be searched offline for the key.
 */
export function isWeakMachineKey(key: string): boolean {
  const bitsPerCharacter = /^[0-9a-f]+$/i.test(key) ? 4 : /^[A-Za-z0-9+/_=-]+$/.test(key) ? 6 : 8;
  return Buffer.byteLength(key, 'utf8') * bitsPerCharacter < 128 || new Set(key).size < 8;
}
