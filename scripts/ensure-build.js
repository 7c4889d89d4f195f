// @ts-check
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Keeps the compiled server, CLI and client (dist/, packages/client/dist/) in step with their
 * sources: `npm ci` runs this (the `prepare` script), `npm start` too (`prestart`), and so does
 * the `hosted-api` command before it starts, so the command runs plain compiled JavaScript (no
 * tsx) from a fresh clone and after a `git pull`. Builds with `npm run build` when an output is
 * missing or older than a source; without TypeScript installed (npm ci --omit=dev) it keeps
 * whatever is built. One build at a time: others wait for it (a lock folder), so commands and
 * tests started together never run a half-written dist/.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the build writes last of each part, and the sources that part is made from. */
const PARTS = [
  {
    output: 'packages/client/dist/index.js',
    sources: ['packages/client/src', 'packages/client/tsconfig.json', 'packages/client/package.json'],
  },
  { output: 'dist/cli/main.js', sources: ['src', 'tsconfig.json', 'package.json'] },
];

/**
 * Builds when needed. Returns false when the build was needed but failed or could not run
 * (`optional`: without TypeScript that is said nowhere; the caller decides whether it is fatal).
 * @param {{ optional?: boolean }} [options]
 * @returns {boolean}
 */
export function ensureBuilt({ optional = false } = {}) {
  const stale = PARTS.filter((part) => isStale(part.output, part.sources));
  if (stale.length === 0) return true;
  if (!typescriptInstalled()) {
    const missing = stale.filter((part) => !existsSync(join(ROOT, part.output)));
    if (optional || missing.length === 0) return missing.length === 0;
    process.stderr.write(
      'hosted-api: the compiled server and CLI (dist/) are missing and TypeScript is not installed: run `npm ci` (with dev dependencies), then `npm run build`.\n',
    );
    return false;
  }
  if (!takeLock()) {
    // Another build ran meanwhile: use its result if it is complete.
    return PARTS.every((part) => !isStale(part.output, part.sources)) || ensureBuilt({ optional });
  }
  try {
    if (PARTS.every((part) => !isStale(part.output, part.sources))) return true;
    process.stderr.write('hosted-api: building (npm run build)…\n');
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    // The build's output goes to stderr: stdout belongs to the command (a token, --json).
    const result = spawnSync(npm, ['run', 'build', '--silent'], {
      cwd: ROOT,
      stdio: ['ignore', 2, 2],
      shell: process.platform === 'win32',
    });
    if (result.status !== 0) {
      process.stderr.write('hosted-api: the build failed (see above).\n');
      return false;
    }
    return true;
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

const LOCK = join(ROOT, 'node_modules', '.hosted-api-build.lock');
/** A lock left by a build that died is taken over after this long. */
const LOCK_STALE_MS = 5 * 60 * 1000;

/**
 * Takes the build lock (a folder: creating one is atomic). Returns true when taken; false after
 * waiting for another process's build to finish.
 */
function takeLock() {
  for (;;) {
    try {
      mkdirSync(LOCK);
      return true;
    } catch (error) {
      if (/** @type {NodeJS.ErrnoException} */ (error).code !== 'EEXIST') throw error;
    }
    const since = mtime(LOCK);
    if (since !== undefined && Date.now() - since > LOCK_STALE_MS) {
      rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    process.stderr.write('hosted-api: waiting for another build…\n');
    while (existsSync(LOCK) && Date.now() - (mtime(LOCK) ?? 0) <= LOCK_STALE_MS) sleep(200);
    return false;
  }
}

/** @param {number} ms */
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * @param {string} output
 * @param {readonly string[]} sources
 */
function isStale(output, sources) {
  const built = mtime(join(ROOT, output));
  if (built === undefined) return true;
  return sources.some((source) => newest(join(ROOT, source)) > built);
}

/** @param {string} path */
function mtime(path) {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return undefined;
  }
}

/**
 * The newest modification time of a file, or of any file under a folder.
 * @param {string} path
 * @returns {number}
 */
function newest(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (stat === undefined) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) latest = Math.max(latest, newest(join(path, entry)));
  return latest;
}

function typescriptInstalled() {
  try {
    createRequire(import.meta.url).resolve('typescript/package.json');
    return true;
  } catch {
    return false;
  }
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  // `--if-possible` (the `prepare` script of npm ci): an install without TypeScript, or a failed
  // build, must not fail the install; `npm start` (`prestart`) needs what it runs.
  const ifPossible = process.argv.includes('--if-possible');
  const built = ensureBuilt({ optional: ifPossible });
  process.exitCode = built || ifPossible ? 0 : 1;
}
