import { randomBytes } from 'node:crypto';
import type { BenchDatabase } from './databases.js';
import { runLoad, type LoadResult } from './load.js';
import type { BenchOptions } from './options.js';
import type { TargetResult } from './report.js';
import { getByName, tokenSource } from './scenarios.js';
import { seedPortals } from './seed.js';
import { startServer, type ServerProcess } from './server-process.js';
import { loadInTurns } from './turns.js';

/**
 * What Prometheus metrics cost: signed portal/get throughput with METRICS_TOKEN set (every request
 * counted and timed, /metrics scraped every second — far more often than Prometheus would) against
 * the same build with metrics off, in the same run over the same database. The two servers run
 * side by side, warmed up once, and are loaded in turn in short slices (off-on, on-off, …): on a
 * shared machine whose load comes and goes, long runs one after the other differ by more than
 * the few per cent measured here, and many alternations weigh both sides alike. Both sides are
 * scraped (the server without metrics answers 404), so the load generator does the same work
 * for each. Even so, the same comparison with metrics off on both sides spreads over ±8 % from
 * run to run on a 2-core machine: read one result as a range, not a figure.
 */

/** The selection name for --only (`--only metrics`). */
export const METRICS_OVERHEAD = 'metrics-overhead';

/** The promised bound: collecting metrics costs less than this share of the throughput. */
const LIMIT = 0.05;
/** The longest slice of load on one server before the other takes its turn (bench/turns.ts), in seconds. */
const SLICE_SECONDS = 2;

export interface MetricsOverheadResult {
  readonly connections: number;
  /** Seconds of measured load per server, in slices alternating between the two. */
  readonly seconds: number;
  readonly off: Side;
  readonly on: Side;
  /** 1 − on/off requests per second: the share of throughput metrics cost. */
  readonly throughputCost: number;
  /** on/off server CPU per request − 1. */
  readonly cpuCost: number;
  /** Scrapes answered during the measured load with metrics on. */
  readonly scrapes: number;
}

interface Side {
  readonly rps: number;
  readonly serverCpuUs: number;
  readonly p99: number;
  readonly unexpected: number;
}

/** Runs the comparison on one database. */
export async function measureMetricsOverhead(
  options: BenchOptions,
  create: () => Promise<BenchDatabase>,
): Promise<MetricsOverheadResult> {
  process.stdout.write('  metrics overhead: signed portal/get, metrics off vs on… ');
  const database = await create();
  const metricsToken = `bench-metrics-${randomBytes(12).toString('hex')}`;
  const servers: ServerProcess[] = [];
  try {
    await seedPortals(database.url, options.smallPortals);
    const base = { databaseUrl: database.url, dataDir: database.dataDir, mode: options.server } as const;
    const envOf = (side: 'off' | 'on'): Record<string, string> =>
      side === 'on' ? { LOG_LEVEL: options.logLevel, METRICS_TOKEN: metricsToken } : { LOG_LEVEL: options.logLevel };
    // Both share the database and the machine key is per process: each gets its own tokens.
    const load = (server: ServerProcess) => {
      const scenario = getByName('metrics-overhead', tokenSource(server.machineKey), options.smallPortals);
      return { baseUrl: server.baseUrl, connections: options.connections, expectStatus: 200, next: scenario.next };
    };
    const totals = { off: emptyTotals(), on: emptyTotals() };
    let scrapes = 0;
    // Each side gets twice --duration of load in all, a slice at a time, in two rounds.
    const seconds = Math.min(SLICE_SECONDS, options.duration);
    const slicesPerRound = Math.max(1, Math.round(options.duration / seconds));
    // Of two identical servers on this machine, the one started first measured a few µs per
    // request faster, every time: each round starts a fresh pair in the other order, so that
    // bias falls on both sides alike.
    for (const order of [
      ['off', 'on'],
      ['on', 'off'],
    ] as const) {
      const pair = { off: undefined as ServerProcess | undefined, on: undefined as ServerProcess | undefined };
      for (const side of order) {
        const server = await startServer({ ...base, env: envOf(side) });
        servers.push(server);
        pair[side] = server;
      }
      const serverOf = (side: 'off' | 'on'): ServerProcess => {
        const server = pair[side];
        if (server === undefined) throw new Error(`the ${side} server did not start`);
        return server;
      };
      if (options.warmup > 0)
        for (const side of order) await runLoad({ ...load(serverOf(side)), duration: options.warmup });
      // Both sides are scraped alike; only the scrapes the side with metrics answered are counted.
      const turns = await loadInTurns(
        order.map((label) => ({ label, server: serverOf(label), load: load(serverOf(label)) })),
        {
          slices: slicesPerRound,
          sliceSeconds: seconds,
          beside: (side) => {
            const scraper = scrapeEverySecond(side.server.baseUrl, metricsToken);
            return {
              stop: async () => {
                const scraped = await scraper.stop();
                if (side.label === 'on') scrapes += scraped;
              },
            };
          },
        },
      );
      for (const { side, slices, cpuSeconds } of turns) add(totals[side.label], slices, cpuSeconds);
      for (const side of order) await serverOf(side).stop();
    }
    const offSide = summarise(totals.off);
    const onSide = summarise(totals.on);
    const result: MetricsOverheadResult = {
      connections: options.connections,
      seconds: totals.off.seconds,
      off: offSide,
      on: onSide,
      throughputCost: offSide.rps === 0 ? 0 : 1 - onSide.rps / offSide.rps,
      cpuCost: offSide.serverCpuUs === 0 ? 0 : onSide.serverCpuUs / offSide.serverCpuUs - 1,
      scrapes,
    };
    process.stdout.write(
      `off ${fmt(offSide.rps)}/s (${offSide.serverCpuUs.toFixed(0)} µs cpu/req), on ${fmt(onSide.rps)}/s (${onSide.serverCpuUs.toFixed(0)} µs cpu/req): ` +
        `throughput ${signedPct(-result.throughputCost)}, cpu per request ${signedPct(result.cpuCost)}\n`,
    );
    return result;
  } finally {
    for (const server of servers) await server.stop();
    if (!options.keep) await database.drop();
  }
}

/** The target line for the report. */
export function metricsOverheadTarget(result: MetricsOverheadResult | undefined): TargetResult {
  const clean = result !== undefined && result.off.unexpected === 0 && result.on.unexpected === 0;
  return {
    target: `metrics on cost < ${LIMIT * 100}% of signed portal/get throughput`,
    got:
      result === undefined
        ? 'not measured'
        : `${pct(result.throughputCost)} (${fmt(result.off.rps)}/s off, ${fmt(result.on.rps)}/s on; server CPU per request ${signedPct(result.cpuCost)})${clean ? '' : ' with errors'}`,
    met: result === undefined ? undefined : clean && result.throughputCost < LIMIT,
  };
}

interface Totals {
  requests: number;
  seconds: number;
  cpuSeconds: number;
  p99: number;
  unexpected: number;
}

function emptyTotals(): Totals {
  return { requests: 0, seconds: 0, cpuSeconds: 0, p99: 0, unexpected: 0 };
}

function add(totals: Totals, slices: readonly LoadResult[], cpuSeconds: number): void {
  totals.cpuSeconds += cpuSeconds;
  for (const result of slices) {
    totals.requests += result.requests;
    totals.seconds += result.seconds;
    totals.p99 = Math.max(totals.p99, result.p99);
    totals.unexpected += result.unexpected;
  }
}

function summarise(totals: Totals): Side {
  return {
    rps: totals.seconds === 0 ? 0 : totals.requests / totals.seconds,
    serverCpuUs: totals.requests === 0 ? 0 : (totals.cpuSeconds / totals.requests) * 1e6,
    p99: totals.p99,
    unexpected: totals.unexpected,
  };
}

/** Scrapes /metrics once a second until stopped; resolves to the number of successful scrapes. */
function scrapeEverySecond(baseUrl: string, token: string): { stop(): Promise<number> } {
  let count = 0;
  let last: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    last = fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${token}` } })
      .then(async (response) => {
        await response.arrayBuffer();
        if (response.status === 200) count++;
      })
      .catch(() => undefined);
  }, 1000);
  return {
    stop: async () => {
      clearInterval(timer);
      await last;
      return count;
    },
  };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(1)}%`;
}

function signedPct(ratio: number): string {
  return `${ratio >= 0 ? '+' : '−'}${Math.abs(ratio * 100).toFixed(1)}%`;
}
