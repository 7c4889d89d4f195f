import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { SERVER_NODE_FLAGS } from '../src/config/node-flags.js';

/**
 * The real server as a separate process (never the app in-process: the load generator must not
 * share the server's event loop), with its memory read from /proc.
 */

export interface ServerProcess {
  readonly baseUrl: string;
  readonly pid: number;
  readonly machineKey: string;
  /** Resident memory now (VmRSS), in bytes. */
  rss(): number;
  /** Peak resident memory since start or the last resetPeak() (VmHWM), in bytes. */
  peakRss(): number;
  /** CPU time the server has used so far (user + system), in seconds. */
  cpuSeconds(): number;
  /** Resets VmHWM to the current RSS (Linux clear_refs 5); false when the kernel refuses. */
  resetPeak(): boolean;
  /** SIGTERM, then waits for the exit (the CPU profile, if any, is written on exit). */
  stop(): Promise<void>;
}

export interface ServerStart {
  readonly databaseUrl: string;
  readonly dataDir: string;
  readonly mode: 'dist' | 'tsx';
  /** Directory for `--cpu-prof` output; undefined: no profiling. */
  readonly cpuProfDir?: string | undefined;
  readonly env?: Readonly<Record<string, string>>;
  /** The checkout whose build runs (its `dist/main.js`); default: this one. */
  readonly root?: string | undefined;
}

/** Starts `node dist/main.js` (or src/main.ts under tsx) and waits until /health answers 200. */
export async function startServer(start: ServerStart): Promise<ServerProcess> {
  // As npm start runs it.
  const nodeArgs: string[] = [...SERVER_NODE_FLAGS];
  if (start.cpuProfDir !== undefined) nodeArgs.push('--cpu-prof', `--cpu-prof-dir=${start.cpuProfDir}`);
  if (start.mode === 'tsx') nodeArgs.push('--import', 'tsx', 'src/main.ts');
  else nodeArgs.push(start.root === undefined ? 'dist/main.js' : join(start.root, 'dist/main.js'));
  const machineKey = `bench-${randomBytes(16).toString('hex')}`;
  return launch(nodeArgs, machineKey, {
    DATABASE_URL: start.databaseUrl,
    DATA_DIR: start.dataDir,
    MACHINE_KEY: machineKey,
    // Request logging at info costs a large share of a cheap request; production would ship
    // logs at info, so this is named in the README beside the numbers.
    LOG_LEVEL: 'warn',
    ...start.env,
  });
}

/** Starts bench/minimal-fastify.ts: the machine's ceiling for any Fastify app (no machine key). */
export function startMinimalFastify(): Promise<ServerProcess> {
  return launch(['--import', 'tsx', 'bench/minimal-fastify.ts'], '', {});
}

async function launch(
  nodeArgs: readonly string[],
  machineKey: string,
  env: Readonly<Record<string, string>>,
): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, nodeArgs, {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', HOST: '127.0.0.1', PORT: String(port), ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = captureOutput(child);
  const baseUrl = `http://127.0.0.1:${port}`;
  const pid = child.pid;
  if (pid === undefined) throw new Error('the server process did not start');
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  await waitForHealth(baseUrl, child, output);

  return {
    baseUrl,
    pid,
    machineKey,
    rss: () => statusField(pid, 'VmRSS'),
    peakRss: () => statusField(pid, 'VmHWM'),
    cpuSeconds: () => cpuSecondsOf(pid),
    resetPeak: () => {
      try {
        writeFileSync(`/proc/${pid}/clear_refs`, '5');
        return true;
      } catch {
        return false;
      }
    },
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const code = await Promise.race([exited, sleep(15_000).then(() => 'timeout' as const)]);
      if (code === 'timeout') {
        child.kill('SIGKILL');
        await exited;
      }
    },
  };
}

/** Samples VmRSS every `intervalMs` until stopped; returns the highest value seen (bytes). */
export function sampleRss(server: ServerProcess, intervalMs = 50): { stop(): number } {
  let peak = server.rss();
  const timer = setInterval(() => {
    try {
      peak = Math.max(peak, server.rss());
    } catch {
      // The process may be gone at the very end; the peak so far stands.
    }
  }, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return peak;
    },
  };
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${baseUrl}/health`);
      await response.arrayBuffer();
      if (response.status === 200) return;
    } catch {
      // Not listening yet.
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`the server did not become healthy within 120 s:\n${output()}`);
}

/**
 * Keeps the last few KiB of the server's output, to explain a failed start, and echoes the first
 * lines it logs (at LOG_LEVEL=warn only warnings and errors: worth seeing beside the numbers).
 */
function captureOutput(child: ChildProcess): () => string {
  let tail = '';
  let echoed = 0;
  const keep = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    tail = (tail + text.slice(-8192)).slice(-8192);
    // At LOG_LEVEL=info the server writes two lines per request: past the echo limit, only the tail is kept.
    if (echoed > MAX_ECHOED_LINES) return;
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      if (echoed < MAX_ECHOED_LINES) process.stderr.write(`[server] ${line.slice(0, 400)}\n`);
      else if (echoed === MAX_ECHOED_LINES) process.stderr.write('[server] … more output not shown\n');
      echoed++;
    }
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  return () => tail;
}

const MAX_ECHOED_LINES = 20;

function statusField(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  if (match?.[1] === undefined) throw new Error(`no ${field} in /proc/${pid}/status`);
  return Number(match[1]) * 1024;
}

/** utime + stime from /proc/<pid>/stat (fields 14 and 15, in clock ticks of 1/100 s on Linux). */
function cpuSecondsOf(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after its closing parenthesis do not.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS_PER_SECOND;
}

const CLOCK_TICKS_PER_SECOND = 100;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}
