import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, release, totalmem } from 'node:os';
import type { DialectName } from '../src/store/dialects/index.js';
import type { FullListResult } from './full-list.js';
import type { LoadResult } from './load.js';
import type { MetricsOverheadResult } from './metrics-overhead.js';

/** One scenario's numbers, as printed and saved. */
export interface ScenarioResult extends LoadResult {
  readonly name: string;
  readonly title: string;
  readonly connections: number;
  /** Requests per second as a share of the bare route's in the same run. */
  readonly ratio: number | undefined;
  /** Requests per second as a share of the minimal Fastify process's in the same run. */
  readonly fastifyRatio: number | undefined;
  /**
   * Server CPU time (user + system) per answered request, in microseconds: unlike req/s, barely
   * moved by the load generator or other work on the machine competing for the cores.
   */
  readonly serverCpuUs: number;
  /** Server CPU seconds per second of load: 1.0 = one core saturated (Node runs JS on one). */
  readonly serverBusy: number;
  /** The bare route's server CPU per request over this one's: the ratio if the server alone set the pace. */
  readonly cpuRatio: number | undefined;
  /** The minimal Fastify process's CPU per request over this one's. */
  readonly fastifyCpuRatio: number | undefined;
  /** What was wrong with the answer checked before the load (e.g. 404: the route is missing). */
  readonly problem: string | undefined;
}

export interface PhaseResult {
  /** Portals in the database during the phase. */
  readonly portals: number;
  readonly seedSeconds: number | undefined;
  /** Server RSS right after start, before any load (bytes). */
  readonly idleRss: number;
  /** Server RSS one second after start, before V8 gave back what start-up took (throughput phase). */
  readonly rssAtStart?: number | undefined;
  readonly scenarios: ScenarioResult[];
  readonly fullList?: FullListResult | undefined;
}

export interface DatabaseResult {
  readonly dialect: DialectName;
  readonly throughput?: PhaseResult | undefined;
  readonly scale?: PhaseResult | undefined;
  /** Registration and status changes without and with webhook endpoints. */
  readonly webhooks?: PhaseResult | undefined;
  /** Signed portal/get with metrics on against off (bench/metrics-overhead.ts). */
  readonly metricsOverhead?: MetricsOverheadResult | undefined;
  readonly targets: TargetResult[];
}

export interface TargetResult {
  readonly target: string;
  readonly got: string;
  /** undefined: not measured in this run. */
  readonly met: boolean | undefined;
}

export interface Machine {
  readonly cores: number;
  readonly cpu: string;
  readonly memoryGiB: number;
  readonly node: string;
  readonly kernel: string;
  readonly date: string;
  /** 1-minute load average when the run started: other work on the machine skews the numbers. */
  readonly loadAverage: number;
}

export interface BenchResults {
  readonly machine: Machine;
  /** 1-minute load average when the run ended (beside machine.loadAverage at its start). */
  readonly loadAverageAtEnd: number;
  readonly settings: Readonly<Record<string, unknown>>;
  readonly databases: DatabaseResult[];
  /**
   * Server CPU per request of every scenario, run after run (oldest first): the figure that does
   * not depend on the load generator, kept so the next regression shows beside the last runs.
   */
  readonly history?: readonly HistoryEntry[];
}

/** One run's server CPU per request, by database and scenario (µs). */
export interface HistoryEntry {
  readonly date: string;
  /** The commit measured (git describe), when known. */
  readonly commit: string | undefined;
  readonly cpu: string;
  readonly loadAverage: number;
  readonly serverCpuUs: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** How many runs the history keeps. */
const HISTORY_RUNS = 50;

/** The 1-minute load average, two decimals. */
export function currentLoadAverage(): number {
  return Number((loadavg()[0] ?? 0).toFixed(2));
}

/** The machine the numbers belong to. */
export function describeMachine(): Machine {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // Not Linux: the model stays unknown.
  }
  return {
    cores: availableParallelism(),
    cpu,
    memoryGiB: Math.round(totalmem() / 1024 ** 3),
    node: process.version,
    kernel: release(),
    date: new Date().toISOString(),
    loadAverage: currentLoadAverage(),
  };
}

const MiB = 1024 * 1024;

/** The minimal Fastify route's server CPU per request on the machine the CPU targets were set on (2026-12-06). */
const REFERENCE_MINIMAL_CPU_US = 14;

/** Checks the targets of the brief against one database's results. */
export function evaluateTargets(db: Omit<DatabaseResult, 'targets'>, portals: number): TargetResult[] {
  const find = (phase: PhaseResult | undefined, name: string) => phase?.scenarios.find((s) => s.name === name);
  const targets: TargetResult[] = [];
  // Server CPU per request, as stated on the machine where the minimal Fastify route took 14 µs:
  // a limit is that multiple of the minimal route's CPU per request in the same run, so a slower
  // or faster machine moves both sides alike.
  const minimal = find(db.throughput, 'fastify-minimal');
  const cpuTarget = (name: string, label: string, limitUs: number) => {
    const s = find(db.throughput, name);
    // A scenario that answered nothing in its time (a server stuck on it) meets no target.
    const clean = s !== undefined && s.unexpected === 0 && s.requests > 0;
    const limit = limitUs / REFERENCE_MINIMAL_CPU_US;
    const multiple =
      s === undefined || minimal === undefined || minimal.serverCpuUs === 0
        ? undefined
        : s.serverCpuUs / minimal.serverCpuUs;
    targets.push({
      target: `${label}: server CPU per request ≤ ${limitUs} µs at a minimal route of ${REFERENCE_MINIMAL_CPU_US} µs (${times(limit)} minimal Fastify)`,
      got:
        s === undefined || multiple === undefined
          ? 'not measured'
          : `${s.serverCpuUs.toFixed(1)} µs, ${times(multiple)} minimal Fastify's ${minimal?.serverCpuUs.toFixed(1)} µs ` +
            `(${(multiple * REFERENCE_MINIMAL_CPU_US).toFixed(1)} µs at ${REFERENCE_MINIMAL_CPU_US}; ${fmt(s.rps)}/s)${clean ? '' : ' with errors'}`,
      met: multiple === undefined ? undefined : clean && multiple <= limit,
    });
  };
  cpuTarget('validate', 'validateportalname', 25);
  cpuTarget('get-by-name', 'signed portal/get by name', 35);
  cpuTarget('tariff-get', 'signed tariff/get', 40);

  if (db.dialect === 'sqlite') {
    const s = find(db.throughput, 'register');
    targets.push({
      target: 'portal/register without password ≥ 5,000/s',
      got: s === undefined ? 'not measured' : `${fmt(s.rps)}/s${s.unexpected === 0 ? '' : ' with errors'}`,
      met: s === undefined ? undefined : s.unexpected === 0 && s.rps >= 5000,
    });
  }

  const scaleLabel = `with ${(db.scale?.portals ?? portals).toLocaleString('en-US')} portals`;
  const p99Target = (name: string, label: string, limitMs: number) => {
    const s = find(db.scale, name);
    targets.push({
      target: `${scaleLabel}: ${label} p99 < ${limitMs} ms`,
      got:
        s === undefined
          ? 'not measured'
          : s.requests === 0
            ? `no request answered in ${s.seconds} s at ${s.connections} connections`
            : `${s.p99.toFixed(2)} ms at ${s.connections} connections${s.unexpected === 0 ? '' : ' with errors'}`,
      met: s === undefined ? undefined : s.unexpected === 0 && s.requests > 0 && s.p99 < limitMs,
    });
  };
  p99Target('scale-get-by-name', 'get by name', 10);
  p99Target('scale-page-first', 'a page of 100 at startIndex 0', 25);
  p99Target('scale-page-deep', 'a page of 100 at a random startIndex', 50);
  p99Target('scale-page-after', 'a page of 100 at a random after= (keyset)', 25);
  p99Target('scale-audit-deep', 'an audit/list page of 100 at a random depth', 25);
  // Every filter combination measured (bench/run.ts AUDIT_FILTERS) has the same target.
  for (const s of db.scale?.scenarios ?? []) {
    if (s.name.startsWith('scale-audit-') && s.name !== 'scale-audit-deep')
      p99Target(s.name, `audit/list ${s.name.slice('scale-audit-'.length)} filter`, 25);
  }
  p99Target('scale-console-portals', 'the console portals page', 25);

  const list = db.scale?.fullList;
  const expected = db.scale?.portals ?? portals;
  const listOk =
    list !== undefined && list.status === 200 && list.jsonProblem === undefined && list.tenants === expected;
  targets.push({
    target: `${scaleLabel}: full list streamed, server peak RSS < 300 MB`,
    got:
      list === undefined
        ? 'not measured'
        : `${mb(list.peakRss)} peak, ${list.seconds.toFixed(1)} s, ${(list.bytes / MiB).toFixed(0)} MiB, ` +
          `${list.tenants.toLocaleString('en-US')} tenants${listOk ? ', valid JSON' : ` — WRONG: status ${list.status}, ${list.jsonProblem ?? 'count differs'}`}`,
    met: list === undefined ? undefined : listOk && list.peakRss < 300e6,
  });

  // Events are queued in the change's transaction and posted later: the change must not feel them.
  const withWebhooks = (what: string, label: string) => {
    const off = find(db.webhooks, `webhooks-off-${what}`);
    const on = find(db.webhooks, `webhooks-on-${what}`);
    const ratio = off === undefined || on === undefined || off.rps === 0 ? undefined : on.rps / off.rps;
    const clean = off?.unexpected === 0 && on?.unexpected === 0;
    targets.push({
      target: `${label} with 2 webhook endpoints (slow receiver) within 10% of none`,
      got:
        ratio === undefined || off === undefined || on === undefined
          ? 'not measured'
          : `${pct(ratio)} (${fmt(on.rps)}/s vs ${fmt(off.rps)}/s; p99 ${on.p99.toFixed(2)} vs ${off.p99.toFixed(2)} ms; ` +
            `server CPU ${on.serverCpuUs.toFixed(0)} vs ${off.serverCpuUs.toFixed(0)} µs/req)${clean ? '' : ' with errors'}`,
      met: ratio === undefined ? undefined : clean && ratio >= 0.9,
    });
  };
  withWebhooks('register', 'portal/register');
  withWebhooks('status', 'portal/status');

  const idle = db.throughput?.idleRss;
  const atStart = db.throughput?.rssAtStart;
  targets.push({
    target: 'server RSS idle < 120 MB',
    got:
      idle === undefined
        ? 'not measured'
        : `${mb(idle)} settled${atStart === undefined ? '' : `, ${mb(atStart)} one second after start`}`,
    met: idle === undefined ? undefined : idle < 120e6,
  });
  return targets;
}

/** Prints one database's tables: scenarios, then targets. */
export function printDatabase(db: DatabaseResult): void {
  const out: string[] = [];
  out.push('', `=== ${db.dialect} ===`);
  for (const [label, phase] of [
    ['throughput', db.throughput],
    ['scale', db.scale],
    ['webhooks', db.webhooks],
  ] as const) {
    if (phase === undefined) continue;
    out.push(
      '',
      `${label}: ${phase.portals.toLocaleString('en-US')} portals` +
        (phase.seedSeconds === undefined ? '' : ` (seeded in ${phase.seedSeconds.toFixed(1)} s)`) +
        `, idle server RSS ${mb(phase.idleRss)}${phase.rssAtStart === undefined ? '' : ` (${mb(phase.rssAtStart)} one second after start)`}`,
    );
    out.push(...scenarioTable(phase.scenarios));
    const list = phase.fullList;
    if (list !== undefined) {
      out.push(
        `full list: status ${list.status}, ${list.tenants.toLocaleString('en-US')} tenants, ${(list.bytes / MiB).toFixed(0)} MiB in ${list.seconds.toFixed(2)} s ` +
          `(${fmt(list.tenants / list.seconds)} tenants/s, first byte ${list.firstByteMs.toFixed(0)} ms), ` +
          `JSON ${list.jsonProblem === undefined ? 'valid' : `INVALID: ${list.jsonProblem}`}, ` +
          `server RSS ${mb(list.rssBefore)} before, ${mb(list.peakRss)} peak (${list.peakSource})`,
      );
    }
  }
  out.push('', 'targets:');
  for (const t of db.targets) {
    const verdict = t.met === undefined ? 'n/a   ' : t.met ? 'met   ' : 'MISSED';
    out.push(`  ${verdict} ${t.target}: ${t.got}`);
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

/** The scenario rows as fixed-width text (also pasted into the README). */
export function scenarioTable(scenarios: readonly ScenarioResult[]): string[] {
  const rows = [
    [
      'scenario',
      'conns',
      'req/s',
      '× Fastify',
      '× bare',
      'p50 ms',
      'p99 ms',
      'max ms',
      'cpu µs/req',
      'cpu × Fastify',
      'busy',
      'bad',
      'statuses',
    ],
  ];
  for (const s of scenarios) {
    rows.push([
      s.title + (s.problem === undefined ? '' : ' [!]'),
      String(s.connections),
      fmt(s.rps),
      s.fastifyRatio === undefined ? '' : s.fastifyRatio.toFixed(2),
      s.ratio === undefined ? '' : s.ratio.toFixed(2),
      s.p50.toFixed(2),
      s.p99.toFixed(2),
      s.max.toFixed(1),
      s.serverCpuUs.toFixed(0),
      s.fastifyCpuRatio === undefined ? '' : s.fastifyCpuRatio.toFixed(2),
      `${(s.serverBusy * 100).toFixed(0)}%`,
      String(s.unexpected),
      Object.entries(s.statuses)
        .map(([code, n]) => `${code}×${n}`)
        .join(' ') + (s.errors > 0 ? ` errors×${s.errors}` : ''),
    ]);
  }
  const columns = rows[0]?.length ?? 0;
  const widths = Array.from({ length: columns }, (_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  // Text columns (the first and the last) align left, numbers right.
  const align = (cell: string, i: number) =>
    i === 0 || i === columns - 1 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0);
  const lines = rows.map((r) => r.map(align).join('  ').trimEnd());
  lines.splice(1, 0, widths.map((w) => '-'.repeat(w)).join('  '));
  for (const s of scenarios) if (s.problem !== undefined) lines.push(`  [!] ${s.name}: ${s.problem}`);
  return lines;
}

/** Writes the results atomically (a half-written results.json would mislead the next reader). */
export function saveResults(file: string, results: BenchResults, commit: string | undefined): void {
  const history = [...previousHistory(file), historyEntry(results, commit)].slice(-HISTORY_RUNS);
  const temporary = `${file}.tmp`;
  writeFileSync(temporary, `${JSON.stringify({ ...results, history }, null, 2)}\n`);
  renameSync(temporary, file);
}

/**
 * Each scenario's server CPU per request beside the last earlier run that measured it on the same
 * CPU model, with the change: lines to read when a number moved. The same 2-core VM has cost the
 * minimal Fastify route 13 µs in one hour and 39 µs in another, so each change is given twice:
 * as measured, and with both runs scaled to their own minimal route (`at minimal`), the one that
 * tells a regression of the code from a slower machine.
 */
export function printHistory(file: string, results: BenchResults): void {
  const earlier = previousHistory(file).filter((entry) => entry.cpu === results.machine.cpu);
  const now = historyEntry(results, undefined).serverCpuUs;
  const lines: string[] = [];
  for (const [dialect, scenarios] of Object.entries(now)) {
    for (const [name, us] of Object.entries(scenarios)) {
      const before = [...earlier].reverse().find((entry) => entry.serverCpuUs[dialect]?.[name] !== undefined);
      const was = before?.serverCpuUs[dialect]?.[name];
      if (before === undefined || was === undefined) continue;
      const atMinimal = scaledChange(
        us,
        scenarios[MINIMAL_SCENARIO],
        was,
        before.serverCpuUs[dialect]?.[MINIMAL_SCENARIO],
      );
      lines.push(
        `  ${dialect} ${name.padEnd(28)} ${us.toFixed(1).padStart(8)} µs  (was ${was.toFixed(1)} on ${before.date.slice(0, 10)}` +
          `${before.commit === undefined ? '' : ` at ${before.commit}`}: ${signedPercent((us - was) / was)}` +
          `${atMinimal === undefined || name === MINIMAL_SCENARIO ? '' : `; at minimal ${signedPercent(atMinimal)}`})`,
      );
    }
  }
  if (lines.length > 0)
    process.stdout.write(`\nserver CPU per request against the last run on this CPU:\n${lines.join('\n')}\n`);
}

/** The scenario every run measures first: the minimal Fastify process, the machine's own pace. */
const MINIMAL_SCENARIO = 'fastify-minimal';

/**
 * The change from `was` to `now` with each scaled to its run's minimal route (undefined when a run
 * lacks it): a scenario that kept its ratio to the minimal route reads 0 on a slower machine.
 */
export function scaledChange(
  now: number,
  minimalNow: number | undefined,
  was: number,
  minimalWas: number | undefined,
): number | undefined {
  if (minimalNow === undefined || minimalWas === undefined || minimalNow <= 0 || minimalWas <= 0) return undefined;
  return now / minimalNow / (was / minimalWas) - 1;
}

function signedPercent(change: number): string {
  return `${change >= 0 ? '+' : ''}${(change * 100).toFixed(0)}%`;
}

function previousHistory(file: string): HistoryEntry[] {
  try {
    const previous = JSON.parse(readFileSync(file, 'utf8')) as Partial<BenchResults>;
    if (previous.history !== undefined) return [...previous.history];
    // A results file from before the history was kept: its own run is the first entry.
    return previous.machine !== undefined && previous.databases !== undefined
      ? [historyEntry(previous as BenchResults, undefined)]
      : [];
  } catch {
    return [];
  }
}

function historyEntry(results: BenchResults, commit: string | undefined): HistoryEntry {
  const serverCpuUs: Record<string, Record<string, number>> = {};
  for (const db of results.databases) {
    const scenarios: Record<string, number> = {};
    for (const phase of [db.throughput, db.webhooks, db.scale]) {
      for (const s of phase?.scenarios ?? []) scenarios[s.name] = Number(s.serverCpuUs.toFixed(1));
    }
    serverCpuUs[db.dialect] = scenarios;
  }
  return {
    date: results.machine.date,
    commit,
    cpu: results.machine.cpu,
    loadAverage: results.machine.loadAverage,
    serverCpuUs,
  };
}

function fmt(n: number): string {
  return Math.round(n).toLocaleString('en-US');
}

/** 0.523 → "0.52 ×". */
function times(ratio: number): string {
  return `${ratio.toFixed(2)} ×`;
}

function pct(ratio: number): string {
  return `${(ratio * 100).toFixed(0)}%`;
}

/** Bytes as MB (10^6, as the targets are stated), one decimal. */
function mb(bytes: number): string {
  return `${(bytes / 1e6).toFixed(1)} MB`;
}
