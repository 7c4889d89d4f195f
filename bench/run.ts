import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DialectName } from '../src/store/dialects/index.js';
import { createServerDatabase, createSqliteDatabase, existingSqliteDatabase, type BenchDatabase } from './databases.js';
import {
  CONSOLE_BENCH_ENV,
  consolePortalSearch,
  consolePortalsPage,
  consoleSessionCookie,
} from './console-scenarios.js';
import { measureFullList } from './full-list.js';
import { combineLoads, runLoad, type LoadResult } from './load.js';
import { measureMetricsOverhead, METRICS_OVERHEAD, metricsOverheadTarget } from './metrics-overhead.js';
import { isSelected, parseBenchOptions, type BenchOptions } from './options.js';
import { hottestFunctions, newestProfile } from './profile.js';
import {
  currentLoadAverage,
  describeMachine,
  evaluateTargets,
  printDatabase,
  printHistory,
  saveResults,
  type BenchResults,
  type DatabaseResult,
  type PhaseResult,
  type ScenarioResult,
} from './report.js';
import * as scenarios from './scenarios.js';
import type { Scenario } from './scenarios.js';
import { countPortals, seedPortals } from './seed.js';
import { startMinimalFastify, startServer, type ServerProcess } from './server-process.js';
import { startSlowReceiver, subscribeToEveryEvent } from './slow-receiver.js';
import { loadInTurns } from './turns.js';

/**
 * `npm run bench`: starts the real server process over a fresh database, loads it with
 * autocannon from this process, and prints (and saves) requests per second, latency, memory,
 * and which of the performance targets are met. See --help and the README's Performance section.
 */

/** Connections for the at-scale get-by-name target ("p99 < 10 ms at 50 connections"). */
const SCALE_GET_CONNECTIONS = 50;
/**
 * Connections for the pages at scale: a browser or a panel reading pages, not a flood (the
 * requests of one connection follow each other; SQLite serves them one at a time).
 */
const SCALE_PAGE_CONNECTIONS = 10;
/** Connections for registration with a password: within the server's default hashing cap (2 + 16). */
const PASSWORD_CONNECTIONS = 16;
/** How long the idle server is left alone before its settled RSS is read. */
const IDLE_SETTLE_MS = 15_000;
/**
 * audit/list filter combinations measured at scale (see scenarios.auditFiltered for the seeded
 * mix): the common ones, one that selects few records together, one that selects none at all
 * (every page reads its whole window), and a time range.
 */
const AUDIT_FILTERS: ReadonlyArray<readonly [string, (depth: number) => Record<string, string>]> = [
  ['scale-audit-system-status', () => ({ action: 'portal.status', actorType: 'system' })],
  ['scale-audit-actor-type', () => ({ actorType: 'system' })],
  ['scale-audit-actor', () => ({ actorType: 'operator', actorId: 'bench', action: 'portal.status' })],
  ['scale-audit-none-match', () => ({ actorId: 'bench', action: 'tariff.set' })],
  [
    'scale-audit-time',
    () => {
      const from = Date.now() - Math.floor(Math.random() * 900_000) * 1000;
      // The first page of the range: an empty `after` is no cursor.
      return {
        from: new Date(from).toISOString(),
        to: new Date(from + 3_600_000).toISOString(),
        action: 'portal.status',
        after: '',
      };
    },
  ],
  ['scale-audit-client', () => ({ actorType: 'client', action: 'tariff.set' })],
];

/** The two ceilings of the throughput phase, by scenario name. */
const CEILINGS = ['fastify-minimal', 'bare'];
/** How long the webhook receiver of the webhooks phase takes to answer each delivery. */
const SLOW_RECEIVER_MS = 250;
/** Endpoints subscribed in the webhooks phase (the target names two). */
const WEBHOOK_ENDPOINTS = 2;

async function main(): Promise<void> {
  const options = parseBenchOptions(process.argv.slice(2), process.env);
  if (options.seedOnly) {
    await seedOnly(options);
    return;
  }
  if (options.server === 'dist') build();
  const machine = describeMachine();
  process.stdout.write(
    `bench: ${machine.cores} cores (${machine.cpu}), node ${machine.node}, load average ${machine.loadAverage}; ` +
      `${options.duration} s per scenario after ${options.warmup} s warm-up\n`,
  );

  const databases: DatabaseResult[] = [];
  const dialects: Array<[DialectName, () => Promise<BenchDatabase>]> = [];
  const { postgresUrl, mysqlUrl } = options;
  if (options.sqlite) dialects.push(['sqlite', async () => createSqliteDatabase()]);
  if (postgresUrl !== undefined) dialects.push(['postgres', () => createServerDatabase(postgresUrl)]);
  if (mysqlUrl !== undefined) dialects.push(['mysql', () => createServerDatabase(mysqlUrl)]);

  for (const [dialect, create] of dialects) {
    process.stdout.write(`\n--- ${dialect} ---\n`);
    const throughput = await throughputPhase(options, dialect, create);
    const webhooks = await webhooksPhase(options, dialect, create);
    const scale = await scalePhase(options, dialect, create, throughput);
    const metricsOverhead = isSelected(options, 'metrics', METRICS_OVERHEAD)
      ? await measureMetricsOverhead(options, create)
      : undefined;
    const partial = { dialect, throughput, scale, webhooks, metricsOverhead };
    const result: DatabaseResult = {
      ...partial,
      targets: [...evaluateTargets(partial, options.portals), metricsOverheadTarget(metricsOverhead)],
    };
    databases.push(result);
    printDatabase(result);
  }

  const results: BenchResults = {
    machine,
    loadAverageAtEnd: currentLoadAverage(),
    settings: {
      duration: options.duration,
      warmup: options.warmup,
      connections: options.connections,
      scaleGetConnections: SCALE_GET_CONNECTIONS,
      server: options.server,
      logLevel: options.logLevel,
      only: options.only,
    },
    databases,
  };
  if (options.output !== undefined) {
    printHistory(options.output, results);
    saveResults(options.output, results, currentCommit());
    process.stdout.write(
      `\nresults written to ${options.output} (load average ${machine.loadAverage} at the start, ${results.loadAverageAtEnd} at the end)\n`,
    );
  }
}

/**
 * Fresh database with a few portals: the cost of each request kind, and idle memory. Both
 * ceilings come first: a minimal Fastify process (what the machine does with no app at all),
 * then the app's own bare route; every later scenario is reported as a share of each.
 */
async function throughputPhase(
  options: BenchOptions,
  dialect: DialectName,
  create: () => Promise<BenchDatabase>,
): Promise<PhaseResult | undefined> {
  const names = [
    'fastify-minimal',
    'bare',
    'validate',
    'form-flood',
    'get-by-name',
    'tariff-get',
    'register',
    'register-password',
  ];
  if (!names.some((name) => isSelected(options, 'throughput', name))) return undefined;
  const results: ScenarioResult[] = [];
  const minimal = await startMinimalFastify();
  try {
    results.push(await measure(options, minimal, scenarios.minimalFastify(), options.connections, []));
  } finally {
    await minimal.stop();
  }
  const database = await create();
  try {
    const seeded = await seedPortals(database.url, options.smallPortals);
    const server = await start(options, database, dialect, 'throughput');
    try {
      const rssAtStart = await idleMemory(server);
      const idleRss = await settledMemory(server);
      const token = scenarios.tokenSource(server.machineKey);
      const list: Scenario[] = [
        scenarios.bareRoute(),
        scenarios.validateName(),
        scenarios.formFlood(),
        scenarios.getByName('get-by-name', token, options.smallPortals),
        scenarios.tariffGet(token, options.smallPortals),
        scenarios.register('register', token, false),
        scenarios.register('register-password', token, true),
      ];
      for (const scenario of list) {
        // The bare route is measured whenever the phase runs: it is a ceiling.
        if (scenario.name !== 'bare' && !isSelected(options, 'throughput', scenario.name)) continue;
        // The server hashes at most PASSWORD_HASH_CONCURRENCY + PASSWORD_HASH_QUEUE passwords at
        // once and refuses more (tooMuchAttempts): the password scenario stays within that.
        const connections =
          scenario.name === 'register-password'
            ? Math.min(options.connections, PASSWORD_CONNECTIONS)
            : options.connections;
        results.push(await measure(options, server, scenario, connections, results));
      }
      return { portals: options.smallPortals, seedSeconds: seeded.seconds, idleRss, rssAtStart, scenarios: results };
    } finally {
      await stop(options, server, dialect, 'throughput');
    }
  } finally {
    if (!options.keep) await database.drop();
  }
}

/**
 * Registration and status changes without webhook endpoints and with two subscribed to every
 * event and a receiver that answers slowly: events are queued in the change's transaction and
 * posted later, so the requests must stay within 10 % of the figures without. Each half has a
 * fresh database with the same seeded portals and a server of its own; both run at once and are
 * measured side by side (measureSideBySide).
 */
async function webhooksPhase(
  options: BenchOptions,
  dialect: DialectName,
  create: () => Promise<BenchDatabase>,
): Promise<PhaseResult | undefined> {
  const halves = [0, WEBHOOK_ENDPOINTS].map((endpoints) => ({ endpoints, label: endpoints === 0 ? 'off' : 'on' }));
  const selected = (label: string) =>
    ['register', 'status'].some((what) => isSelected(options, 'webhooks', `webhooks-${label}-${what}`));
  if (!halves.some((half) => selected(half.label))) return undefined;
  const receiver = await startSlowReceiver(SLOW_RECEIVER_MS);
  const databases: BenchDatabase[] = [];
  const running: Array<{ readonly server: ServerProcess; readonly label: string; readonly list: Scenario[] }> = [];
  let seedSeconds: number | undefined;
  let idleRss: number | undefined;
  try {
    for (const { endpoints, label } of halves) {
      if (!selected(label)) continue;
      const database = await create();
      databases.push(database);
      const seeded = await seedPortals(database.url, options.smallPortals);
      seedSeconds ??= seeded.seconds;
      // Both halves allow the loopback receiver, so they differ only in the endpoints.
      const server = await start(options, database, dialect, `webhooks-${label}`, { WEBHOOK_ALLOW_PRIVATE: 'true' });
      const token = scenarios.tokenSource(server.machineKey);
      const note =
        endpoints === 0
          ? 'no webhook endpoints'
          : `${endpoints} webhook endpoints, receiver answering in ${SLOW_RECEIVER_MS} ms`;
      running.push({
        server,
        label,
        list: [
          scenarios.variant(scenarios.register('register', token, false), `webhooks-${label}-register`, note),
          scenarios.variant(scenarios.portalStatus(token, options.smallPortals), `webhooks-${label}-status`, note),
        ],
      });
      idleRss ??= await idleMemory(server);
      for (let i = 0; i < endpoints; i++) await subscribeToEveryEvent(server.baseUrl, token(), receiver.url);
    }
    const results: ScenarioResult[] = [];
    for (const what of ['register', 'status']) {
      const sides = running
        .map(({ server, list }) => ({ server, scenario: list.find((s) => s.name.endsWith(`-${what}`)) }))
        .filter((side): side is { server: ServerProcess; scenario: Scenario } => side.scenario !== undefined)
        .filter((side) => isSelected(options, 'webhooks', side.scenario.name));
      if (sides.length > 0) results.push(...(await measureSideBySide(options, sides, options.connections)));
    }
    process.stdout.write(
      `  the slow receiver got ${receiver.received().toLocaleString('en-US')} deliveries meanwhile (the rest waited in the outbox)\n`,
    );
    return { portals: options.smallPortals, seedSeconds, idleRss: idleRss ?? 0, scenarios: results };
  } finally {
    for (const { server, label } of running) await stop(options, server, dialect, `webhooks-${label}`);
    if (!options.keep) for (const database of databases) await database.drop();
    await receiver.close();
  }
}

/** A million portals: lookups, pages and the whole list stay fast and small. */
async function scalePhase(
  options: BenchOptions,
  dialect: DialectName,
  create: () => Promise<BenchDatabase>,
  throughput: PhaseResult | undefined,
): Promise<PhaseResult | undefined> {
  const names = [
    'scale-get-by-name',
    'scale-page-first',
    'scale-page-deep',
    'scale-page-after',
    'scale-audit-deep',
    ...AUDIT_FILTERS.map(([name]) => name),
    'scale-full-list',
    'scale-console-portals',
    'scale-console-search',
  ];
  if (options.portals === 0 || !names.some((name) => isSelected(options, 'scale', name))) return undefined;
  const portals = options.portals;
  let database: BenchDatabase;
  let seedSeconds: number | undefined;
  if (dialect === 'sqlite' && options.db !== undefined && existsSync(options.db)) {
    database = existingSqliteDatabase(options.db);
    const found = await countPortals(database.url);
    if (found !== portals)
      throw new Error(`${options.db} holds ${found} active portals, not ${portals}: pass --portals ${found}`);
    process.stdout.write(`scale: reusing ${options.db} (${found.toLocaleString('en-US')} portals)\n`);
  } else {
    database = dialect === 'sqlite' && options.db !== undefined ? existingSqliteDatabase(options.db) : await create();
    process.stdout.write(`scale: seeding ${portals.toLocaleString('en-US')} portals… `);
    seedSeconds = (
      await seedPortals(database.url, portals, (done) => process.stdout.write(done > 0 ? `${done / 1000}k ` : ''))
    ).seconds;
    process.stdout.write(`done in ${seedSeconds.toFixed(1)} s\n`);
  }
  try {
    const server = await start(options, database, dialect, 'scale');
    try {
      const idleRss = await idleMemory(server);
      const token = scenarios.tokenSource(server.machineKey);
      const ceilings = throughput?.scenarios.filter((s) => CEILINGS.includes(s.name)) ?? [];
      const results: ScenarioResult[] = [];
      const list: Array<[Scenario, number]> = [
        [scenarios.getByName('scale-get-by-name', token, portals), SCALE_GET_CONNECTIONS],
        [scenarios.listPage('scale-page-first', token, () => 0, '0'), SCALE_PAGE_CONNECTIONS],
        [
          scenarios.listPage(
            'scale-page-deep',
            token,
            () => Math.floor(Math.random() * Math.max(1, portals - 100)),
            'random',
          ),
          SCALE_PAGE_CONNECTIONS,
        ],
        [scenarios.keysetPage(token, portals), SCALE_PAGE_CONNECTIONS],
        [scenarios.auditPage(token, portals), SCALE_PAGE_CONNECTIONS],
        ...AUDIT_FILTERS.map(([name, filter]): [Scenario, number] => [
          scenarios.auditFiltered(name, token, portals, filter),
          SCALE_PAGE_CONNECTIONS,
        ]),
      ];
      if (
        isSelected(options, 'scale', 'scale-console-portals') ||
        isSelected(options, 'scale', 'scale-console-search')
      ) {
        const cookie = await consoleSessionCookie(server.baseUrl);
        list.push(
          [consolePortalsPage(cookie, portals), SCALE_PAGE_CONNECTIONS],
          [consolePortalSearch(cookie, portals), SCALE_PAGE_CONNECTIONS],
        );
      }
      for (const [scenario, connections] of list) {
        if (!isSelected(options, 'scale', scenario.name)) continue;
        results.push(await measure(options, server, scenario, connections, ceilings));
      }
      let fullList;
      if (isSelected(options, 'scale', 'scale-full-list')) {
        process.stdout.write('  full list (streamed)… ');
        fullList = await measureFullList(server, token());
        process.stdout.write(`${fullList.seconds.toFixed(1)} s\n`);
      }
      return { portals, seedSeconds, idleRss, scenarios: results, fullList };
    } finally {
      await stop(options, server, dialect, 'scale');
    }
  } finally {
    if (!options.keep) await database.drop();
  }
}

/** The commit being measured (with -dirty for uncommitted changes), or undefined outside a checkout. */
function currentCommit(): string | undefined {
  const described = spawnSync('git', ['describe', '--always', '--dirty'], { encoding: 'utf8' });
  return described.status === 0 ? described.stdout.trim() : undefined;
}

/** Checks one answer, warms up, then measures `scenario` under load. */
async function measure(
  options: BenchOptions,
  server: ServerProcess,
  scenario: Scenario,
  connections: number,
  earlier: readonly ScenarioResult[],
): Promise<ScenarioResult> {
  process.stdout.write(`  ${scenario.title}… `);
  const problem = await preflight(server, scenario);
  const spec = { baseUrl: server.baseUrl, connections, expectStatus: scenario.expectStatus, next: scenario.next };
  if (options.warmup > 0) {
    await runLoad({ ...spec, duration: options.warmup });
    await untilIdle(server);
  }
  const cpuBefore = server.cpuSeconds();
  const load = await runLoad({ ...spec, duration: options.duration });
  const cpu = server.cpuSeconds() - cpuBefore;
  process.stdout.write(`${loadLine(load)}\n`);
  if (problem !== undefined) process.stdout.write(`    [!] ${problem}\n`);
  return scenarioResult(scenario, connections, load, cpu, problem, earlier);
}

/**
 * Scenarios on several servers at once, measured side by side: after a warm-up of each, slices of
 * SIDE_BY_SIDE_SLICE_SECONDS in turn (a, b, b, a, …), so a machine whose speed moves during the
 * run weighs them alike (run one after the other, two servers of one build read up to twice
 * apart on a shared VM). Each server's CPU is read over the whole measured stretch, its turns at
 * rest included: work a request leaves behind (the webhook sender's) counts against it whenever
 * it runs.
 */
async function measureSideBySide(
  options: BenchOptions,
  sides: ReadonlyArray<{ readonly server: ServerProcess; readonly scenario: Scenario }>,
  connections: number,
): Promise<ScenarioResult[]> {
  const entries = [];
  for (const { server, scenario } of sides) {
    const problem = await preflight(server, scenario);
    const spec = { baseUrl: server.baseUrl, connections, expectStatus: scenario.expectStatus, next: scenario.next };
    if (options.warmup > 0) {
      await runLoad({ ...spec, duration: options.warmup });
      await untilIdle(server);
    }
    entries.push({ server, scenario, load: spec, problem });
  }
  // Each server's CPU over the whole stretch: what it does in the background while the other is
  // loaded (the webhook sender) counts against it too.
  const cpuBefore = entries.map((entry) => entry.server.cpuSeconds());
  const turns = await loadInTurns(entries, {
    slices: Math.max(1, Math.round(options.duration / SIDE_BY_SIDE_SLICE_SECONDS)),
    sliceSeconds: SIDE_BY_SIDE_SLICE_SECONDS,
  });
  return turns.map(({ side: entry, slices, latencies }, i) => {
    const load = combineLoads(slices, latencies);
    const cpu = entry.server.cpuSeconds() - (cpuBefore[i] ?? 0);
    process.stdout.write(`  ${entry.scenario.title}… ${loadLine(load)} (side by side)\n`);
    if (entry.problem !== undefined) process.stdout.write(`    [!] ${entry.problem}\n`);
    return scenarioResult(entry.scenario, connections, load, cpu, entry.problem, []);
  });
}
const SIDE_BY_SIDE_SLICE_SECONDS = 2;

function loadLine(load: LoadResult): string {
  const unexpected = load.unexpected > 0 ? `, ${load.unexpected} unexpected answers` : '';
  return `${Math.round(load.rps)}/s, p99 ${load.p99.toFixed(2)} ms${unexpected}`;
}

/** A scenario's figures, with its ratios to the bare route and the minimal Fastify process measured `earlier`. */
function scenarioResult(
  scenario: Scenario,
  connections: number,
  load: LoadResult,
  cpu: number,
  problem: string | undefined,
  earlier: readonly ScenarioResult[],
): ScenarioResult {
  const cpuUs = load.requests === 0 ? 0 : (cpu / load.requests) * 1e6;
  const here = { rps: load.rps, serverCpuUs: cpuUs };
  const bare = scenario.name === 'bare' ? here : earlier.find((s) => s.name === 'bare');
  const fastify = scenario.name === 'fastify-minimal' ? here : earlier.find((s) => s.name === 'fastify-minimal');
  return {
    name: scenario.name,
    title: scenario.title,
    connections,
    ...load,
    ratio: bare === undefined || bare.rps === 0 ? undefined : load.rps / bare.rps,
    fastifyRatio: fastify === undefined || fastify.rps === 0 ? undefined : load.rps / fastify.rps,
    serverCpuUs: cpuUs,
    serverBusy: cpu / load.seconds,
    cpuRatio: bare === undefined || cpuUs === 0 ? undefined : bare.serverCpuUs / cpuUs,
    fastifyCpuRatio: fastify === undefined || cpuUs === 0 ? undefined : fastify.serverCpuUs / cpuUs,
    problem,
  };
}

/**
 * Waits (up to 5 s) until the server has finished what the warm-up left in flight. autocannon
 * hangs up on the requests still open when it stops, but the server completes them: for
 * registration with a password that is up to 16 scrypt hashes, and the measured load would
 * otherwise meet a full hashing queue (tooMuchAttempts) for its first half-second.
 */
async function untilIdle(server: ServerProcess): Promise<void> {
  const deadline = Date.now() + 5000;
  let before = server.cpuSeconds();
  while (Date.now() < deadline) {
    await sleep(100);
    const now = server.cpuSeconds();
    if (now - before < 0.005) return;
    before = now;
  }
}

/** One request with a full check of the answer: a benchmark of error answers is worthless. */
async function preflight(server: ServerProcess, scenario: Scenario): Promise<string | undefined> {
  const request = scenario.next();
  const response = await fetch(`${server.baseUrl}${request.path}`, {
    method: request.method,
    headers: { ...request.headers, ...(request.body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: request.body,
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    body = text;
  }
  if (response.status === 404 && (body as { error?: unknown } | null)?.error === 'notFound') {
    return `missing: ${request.method} ${request.path.split('?')[0]} answers 404 notFound`;
  }
  return scenario.check(response.status, body);
}

/** RSS one second after the server first answered /health (nothing else requested yet). */
async function idleMemory(server: ServerProcess): Promise<number> {
  await sleep(1000);
  return server.rss();
}

/**
 * RSS once the idle server has settled: V8 keeps the young generation start-up grew it to
 * (~30 MB more) until its memory reducer runs, a few seconds into the first quiet spell.
 */
async function settledMemory(server: ServerProcess): Promise<number> {
  await sleep(IDLE_SETTLE_MS);
  return server.rss();
}

async function start(
  options: BenchOptions,
  database: BenchDatabase,
  dialect: DialectName,
  phase: string,
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const cpuProfDir = options.cpuProf ? profileDir(dialect, phase) : undefined;
  if (cpuProfDir !== undefined) mkdirSync(cpuProfDir, { recursive: true });
  return startServer({
    databaseUrl: database.url,
    dataDir: database.dataDir,
    mode: options.server,
    cpuProfDir,
    env: { ...env, LOG_LEVEL: options.logLevel, ...CONSOLE_BENCH_ENV },
  });
}

async function stop(options: BenchOptions, server: ServerProcess, dialect: DialectName, phase: string): Promise<void> {
  await server.stop();
  if (!options.cpuProf) return;
  const file = newestProfile(profileDir(dialect, phase));
  if (file === undefined) return;
  process.stdout.write(`\n  hottest server functions (${phase}, self time) from ${file}:\n`);
  for (const f of hottestFunctions(file)) {
    process.stdout.write(`    ${(f.self * 100).toFixed(1).padStart(5)}%  ${f.name}  ${f.where}\n`);
  }
}

function profileDir(dialect: DialectName, phase: string): string {
  return join('bench', 'profiles', `${dialect}-${phase}`);
}

/** npm run build: the benchmark measures the compiled server, as `npm start` runs it. */
function build(): void {
  process.stdout.write('bench: npm run build… ');
  const result = spawnSync('npm', ['run', 'build', '--silent'], { encoding: 'utf8' });
  if (result.status !== 0) {
    // Type errors still emit JavaScript; a half-edited tree elsewhere should not stop a run.
    if (!existsSync('dist/main.js')) throw new Error(`npm run build failed:\n${result.stdout}${result.stderr}`);
    process.stdout.write(`type errors (measuring the emitted JavaScript anyway):\n${result.stdout}${result.stderr}\n`);
    return;
  }
  process.stdout.write('done\n');
}

/** --seed-only: build the scale database once, to reuse with --db across runs. */
async function seedOnly(options: BenchOptions): Promise<void> {
  const file = options.db ?? join('bench', '.data', `sqlite-${options.portals}.db`);
  mkdirSync(join(file, '..'), { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  process.stdout.write(`seeding ${options.portals.toLocaleString('en-US')} portals into ${file}… `);
  const seeded = await seedPortals(`sqlite:${file}`, options.portals, (done) =>
    process.stdout.write(done > 0 ? `${done / 1000}k ` : ''),
  );
  process.stdout.write(
    `done in ${seeded.seconds.toFixed(1)} s\nreuse it with: npm run bench -- --db ${file} --portals ${options.portals}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
