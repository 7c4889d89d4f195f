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
