import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { resolveMachineKeys } from '../../src/config/machine-key.js';
import { openStore } from '../../src/store/store.js';

/**
 * The SQLite database holds password hashes and live links, the data directory the machine key:
 * only the server's own user may read them (directories 0700, files 0600), whatever the umask.
 */

const modeOf = (path: string) => (statSync(path).mode & 0o777).toString(8);

describe('private data files', () => {
  const root = mkdtempSync(join(tmpdir(), 'hosted-api-modes-'));
  const umask = process.umask(0o022);
  after(() => {
    process.umask(umask);
    rmSync(root, { recursive: true, force: true });
  });

  it('a new SQLite database: its directories 0700, the file and its -wal/-shm 0600', async () => {
    const dir = join(root, 'fresh', 'nested');
    const file = join(dir, 'hosted.db');
    const store = await openStore({ url: `sqlite:${file}`, poolSize: 1 });
    try {
      await store.db.selectFrom('tenants').select('id').execute();
      assert.equal(modeOf(join(root, 'fresh')), '700');
      assert.equal(modeOf(dir), '700');
      for (const path of [file, `${file}-wal`, `${file}-shm`]) assert.equal(modeOf(path), '600', path);
    } finally {
      await store.close();
    }
  });

  it('an existing world-readable database (and its -wal/-shm) is made 0600 at start', async () => {
    const dir = join(root, 'existing');
    mkdirSync(dir, { mode: 0o755 });
    const file = join(dir, 'hosted.db');
    const first = await openStore({ url: `sqlite:${file}`, poolSize: 1 });
    await first.db.selectFrom('tenants').select('id').execute();
    for (const path of [file, `${file}-wal`, `${file}-shm`]) chmodSync(path, 0o644);
    const second = await openStore({ url: `sqlite:${file}`, poolSize: 1 });
    try {
      for (const path of [file, `${file}-wal`, `${file}-shm`]) assert.equal(modeOf(path), '600', path);
      assert.equal(modeOf(dir), '755', "a directory the server did not create keeps the operator's mode");
    } finally {
      await second.close();
      await first.close();
    }
  });

  it('the generated machine key: its directory 0700, the file 0600', () => {
    const dataDir = join(root, 'data', 'keys');
    const keys = resolveMachineKeys(undefined, dataDir);
    assert.equal(keys.generated, true);
    assert.equal(modeOf(join(root, 'data')), '700');
    assert.equal(modeOf(dataDir), '700');
    assert.equal(modeOf(join(dataDir, 'machine.key')), '600');
  });
});
