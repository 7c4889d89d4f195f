// @ts-check
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Keeps the compiled server, CLI and client (dist/, packages/client/dist/) in step with their
 * sources: `npm ci` runs this (the `prepare` script), and so does the `hosted-api` command
 * before it starts, so the command runs plain compiled JavaScript (no tsx) from a fresh clone
 * and after a `git pull`. Builds with `npm run build` when an output is missing or older than a
 * source; without TypeScript installed (npm ci --omit=dev) it keeps whatever is built.
 */

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

/** What the build writes last of each part, and the sources that part is made from. */
const PARTS = [
  { output: 'packages/client/dist/index.js', sources: ['packages/client/src', 'packages/client/tsconfig.json', 'packages/client/package.json'] },
  { output: 'dist/cli/main.js', sources: ['src', 'tsconfig.json', 'package.json'] },
];

/**
 * Builds when needed (`optional`: not being able to is no failure). Returns false when a
 * build was needed but could not run (the caller decides whether that is fatal).
 */
export function ensureBuilt({ optional = false } = {}) {
  const stale = PARTS.filter((part) => isStale(part.output, part.sources));
  if (stale.length === 0) return true;
  if (!typescriptInstalled()) {
    const missing = stale.filter((part) => !existsSync(join(ROOT, part.output)));
    if (optional || missing.length === 0) return missing.length === 0;
    process.stderr.write('hosted-api: the compiled CLI is missing and TypeScript is not installed: run `npm ci` (with dev dependencies), then `npm run build`.\n');
    return false;
  }
  process.stderr.write('hosted-api: building (npm run build)…\n');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // The build's output goes to stderr: stdout belongs to the command (a token, --json).
  const result = spawnSync(npm, ['run', 'build', '--silent'], { cwd: ROOT, stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
  if (result.status !== 0) {
    process.stderr.write('hosted-api: the build failed (see above).\n');
    return false;
  }
  return true;
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
  // As `prepare` (npm ci): build when possible; an install without TypeScript is not an error.
  process.exitCode = ensureBuilt({ optional: true }) ? 0 : 1;
}
