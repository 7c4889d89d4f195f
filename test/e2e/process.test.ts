import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { signAscToken } from '../../src/domain/tokens/asc-token.js';
import { waitForAnnouncedPort } from '../helpers/server-process.js';

/** Waits for the server's announced port, then checks /health there. */
async function waitForHealth(child: ChildProcess, output: () => string): Promise<number> {
  const port = await waitForAnnouncedPort(output, () => child.exitCode !== null || child.signalCode !== null);
  const res = await fetch(`http://127.0.0.1:${port}/health`);
  assert.equal(res.status, 200, output());
  return port;
}

describe('the real process, started as the README says (npm start)', () => {
  let child: ChildProcess;
  let dir: string;
  let port: number;
  let output = '';

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hosted-api-e2e-'));
    // detached: npm, its shell and the server form one process group that after() can stop.
    child = spawn('npm', ['start', '--silent'], {
      cwd: process.cwd(),
      detached: true,
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: dir,
        DATABASE_URL: `sqlite:${join(dir, 'hosted.db')}`,
        MACHINE_KEY: '',
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout?.on('data', (d) => (output += String(d)));
    child.stderr?.on('data', (d) => (output += String(d)));
    port = await waitForHealth(child, () => output);
  });

  after(async () => {
    if (child.exitCode === null && child.pid !== undefined) {
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers /health', async () => {
    const res = await fetch(`http://127.0.0.1:${port}/health`);
    assert.deepEqual(await res.json(), { status: 'ok' });
  });

  it('generated a machine key, told how to use it, and accepts a token signed with it', async () => {
    assert.match(output, /A new machine key was generated/);
    const { readFileSync, statSync } = await import('node:fs');
    const keyFile = join(dir, 'machine.key');
    assert.equal(statSync(keyFile).mode & 0o777, 0o600);
    const key = readFileSync(keyFile, 'utf8').trim();
    const res = await fetch(`http://127.0.0.1:${port}/api/portal/get`, {
      headers: { authorization: signAscToken(key, 'e2e', new Date()) },
    });
    assert.equal(res.status, 200);
    assert.deepEqual(await res.json(), { tenants: [] });
  });

  it('the built server stops cleanly on SIGTERM (exit code 0)', async () => {
    // npm itself dies of the signal, so the server's own exit code is checked on dist/main.js,
    // which `npm start` has just built.
    const server = spawn(process.execPath, ['dist/main.js'], {
      env: {
        ...process.env,
        PORT: '0',
        DATA_DIR: dir,
        DATABASE_URL: `sqlite:${join(dir, 'second.db')}`,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let serverOutput = '';
    server.stdout?.on('data', (d) => (serverOutput += String(d)));
    server.stderr?.on('data', (d) => (serverOutput += String(d)));
    await waitForHealth(server, () => serverOutput);
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    server.kill('SIGTERM');
    assert.equal(await exited, 0, serverOutput);
  });
});

describe('a bad configuration', () => {
  it('stops the start with one line per bad variable and no stack trace', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { ...process.env, PORT: 'eighty', DATABASE_URL: 'oracle://db', MAX_ATTEMPTS_COUNT: '-1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += String(d)));
    const code = await new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
    assert.equal(code, 2);
    const lines = stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('config error: '));
    assert.equal(lines.length, 3, stderr);
    assert.match(stderr, /^config error: PORT: /m);
    assert.match(stderr, /^config error: DATABASE_URL: /m);
    assert.match(stderr, /^config error: MAX_ATTEMPTS_COUNT: /m);
    assert.doesNotMatch(stderr, /\n\s+at /);
  });
});
