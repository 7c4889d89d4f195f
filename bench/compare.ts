import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createServerDatabase, createSqliteDatabase, type BenchDatabase } from './databases.js';
import {
  bareRoute,
  getByName,
  portalStatus,
  register,
  tariffGet,
  tokenSource,
  validateName,
  type Scenario,
} from './scenarios.js';
import { seededPortalName } from './seed.js';
import { startServer, type ServerProcess } from './server-process.js';
import { startSlowReceiver, subscribeToEveryEvent, type SlowReceiver } from './slow-receiver.js';
import { loadInTurns } from './turns.js';

/**
 * Two builds side by side: `npm run bench:compare -- --base ../old-checkout` starts the base
 * checkout's `dist/main.js` and this one's, each over its own fresh database (SQLite, or one on
 * the `--database` server), and loads them in turn in short slices (base-this, this-base, …)
 * for each scenario, then prints the server CPU per request of each and the change. On a shared
 * machine whose load comes and goes, two runs one after the other differ by more than a
 * regression worth finding; alternating slices weighs both sides alike. The base checkout must
 * be built (`npm ci && npm run build` there).
 *
 * `register` and `status` (suspend and resume in turn) measure changes; with `--endpoints N` each
 * side first subscribes N webhook endpoints to every event, at a receiver that answers each
 * delivery after 250 ms, so the sender's work in the background is counted too.
 * `--base-endpoints N` gives the base side another number: `--base . --base-endpoints 0
 * --endpoints 2` measures what two endpoints cost this build, side by side.
 */

const HELP = `usage: npm run bench:compare -- --base DIR [--only WORDS] [--seconds N] [--connections N]
  --base DIR        a built checkout to compare against (e.g. git worktree add ../base <commit>)
  --this DIR        the other side (default: this checkout)
  --only WORDS      comma-separated scenario names (default bare,validate,get-by-name,tariff-get;
                    also register and status)
  --seconds N       measured seconds per side and scenario, in 2-second slices (default 12)
  --connections N   concurrent connections (default 50)
  --portals N       portals registered on each side before the load (default 200)
  --endpoints N     webhook endpoints subscribed on each side, at a receiver answering in 250 ms (default 0)
  --base-endpoints N  the base side's endpoints instead (e.g. --base . --base-endpoints 0 --endpoints 2)
  --metrics         both sides with METRICS_TOKEN set: every request counted and timed
  --database URL    a PostgreSQL or MySQL/MariaDB server: each side gets a fresh database there
                    (default: a fresh SQLite file each)`;

const SLICE_SECONDS = 2;
/** How long the receiver of --endpoints takes to answer each delivery (as in the webhooks phase). */
const SLOW_RECEIVER_MS = 250;

interface Side {
  readonly label: string;
  readonly server: ServerProcess;
  readonly scenarios: ReadonlyMap<string, Scenario>;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      base: { type: 'string' },
      this: { type: 'string' },
      only: { type: 'string', default: 'bare,validate,get-by-name,tariff-get' },
      seconds: { type: 'string', default: '12' },
      connections: { type: 'string', default: '50' },
      portals: { type: 'string', default: '200' },
      endpoints: { type: 'string', default: '0' },
      'base-endpoints': { type: 'string' },
      metrics: { type: 'boolean', default: false },
      database: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help || values.base === undefined) {
    console.log(HELP);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const names = values.only.split(',').map((name) => name.trim());
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const portals = Number(values.portals);
  const endpoints = Number(values.endpoints);
  const baseEndpoints = Number(values['base-endpoints'] ?? endpoints);
  const databases: BenchDatabase[] = [];
  const sides: Side[] = [];
  let receiver: SlowReceiver | undefined;
  try {
    if (Math.max(endpoints, baseEndpoints) > 0) receiver = await startSlowReceiver(SLOW_RECEIVER_MS);
    for (const [label, root, sideEndpoints] of [
      ['base', resolve(values.base), baseEndpoints],
      ['this', values.this === undefined ? undefined : resolve(values.this), endpoints],
    ] as const) {
      const database =
        values.database === undefined ? createSqliteDatabase() : await createServerDatabase(values.database);
      databases.push(database);
      const server = await startServer({
        databaseUrl: database.url,
        dataDir: database.dataDir,
        mode: 'dist',
        root,
        // Both sides alike, endpoints or not: the receiver listens on the loopback interface.
        env: {
          WEBHOOK_ALLOW_PRIVATE: 'true',
          ...(values.metrics ? { METRICS_TOKEN: `bench-metrics-${randomBytes(12).toString('hex')}` } : {}),
        },
      });
      const token = tokenSource(server.machineKey);
      await registerPortals(server.baseUrl, token, portals);
      for (let i = 0; i < sideEndpoints && receiver !== undefined; i++)
        await subscribeToEveryEvent(server.baseUrl, token(), receiver.url);
      const all = [
        bareRoute(),
        validateName(),
        getByName('get-by-name', token, portals),
        tariffGet(token, portals),
        register('register', token, false),
        portalStatus(token, portals),
      ];
      const scenarios = new Map(all.map((scenario) => [scenario.name, scenario]));
      sides.push({ label, server, scenarios });
    }
    const endpointsNote =
      baseEndpoints === endpoints
        ? `, ${endpoints} webhook endpoints`
        : `, webhook endpoints: base ${baseEndpoints}, this ${endpoints}`;
    const withEndpoints =
      (Math.max(endpoints, baseEndpoints) > 0 ? endpointsNote : '') + (values.metrics ? ', metrics on' : '');
    console.log(
      `scenario            base µs/req   this µs/req   change   (${seconds} s each, ${connections} connections${withEndpoints})`,
    );
    for (const name of names) {
      const loads = sides.map((side) => ({
        server: side.server,
        load: loadOf(side, name, connections),
        label: side.label,
      }));
      // Warm-up: the JIT and caches of both sides, not counted.
      await loadInTurns(loads, { slices: 1, sliceSeconds: SLICE_SECONDS });
      const turns = await loadInTurns(loads, {
        slices: Math.ceil(seconds / SLICE_SECONDS),
        sliceSeconds: SLICE_SECONDS,
      });
      const measured = turns.map(({ side, slices, cpuSeconds }) => ({
        label: side.label,
        requests: sum(slices.map((slice) => slice.requests)),
        cpuSeconds,
        unexpected: sum(slices.map((slice) => slice.unexpected)),
        p50: slices.map((slice) => slice.p50),
        p99: slices.map((slice) => slice.p99),
      }));
      const [base, current] = measured.map((entry) => (entry.cpuSeconds / Math.max(1, entry.requests)) * 1e6) as [
        number,
        number,
      ];
      const bad = measured.some((entry) => entry.unexpected > 0) ? '  (some answers had another status)' : '';
      console.log(
        `${name.padEnd(18)}  ${base.toFixed(1).padStart(11)}   ${current.toFixed(1).padStart(11)}   ${signed((current / base - 1) * 100)}${bad}`,
      );
      // Throughput and latency move with the load generator; shown beside the CPU, not instead of it.
      for (const entry of measured)
        console.log(
          `  ${entry.label}: ${Math.round(entry.requests / seconds).toLocaleString('en-US')}/s, ` +
            `p50 ${median(entry.p50).toFixed(2)} ms, p99 ${median(entry.p99).toFixed(2)} ms (medians of the slices)`,
        );
    }
  } finally {
    for (const side of sides) await side.server.stop();
    for (const database of databases) await database.drop();
    await receiver?.close();
  }
}

function loadOf(side: Side, name: string, connections: number) {
  const scenario = side.scenarios.get(name);
  if (scenario === undefined)
    throw new Error(`unknown scenario ${name} (bare, validate, get-by-name, tariff-get, register, status)`);
  return { baseUrl: side.server.baseUrl, connections, expectStatus: scenario.expectStatus, next: scenario.next };
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Registers bench0000001 … through the API, so each side's own schema holds them. */
async function registerPortals(baseUrl: string, token: () => string, count: number): Promise<void> {
  for (let n = 1; n <= count; n++) {
    const response = await fetch(`${baseUrl}/api/portal/register`, {
      method: 'POST',
      headers: { authorization: token(), 'content-type': 'application/json' },
      body: JSON.stringify({
        portalName: seededPortalName(n),
        firstName: 'Bench',
        lastName: 'Owner',
        email: `owner${n}@example.com`,
      }),
    });
    await response.arrayBuffer();
    if (response.status !== 200 && response.status !== 201)
      throw new Error(`registering ${seededPortalName(n)} answered ${response.status}`);
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

function signed(percent: number): string {
  return `${percent >= 0 ? '+' : ''}${percent.toFixed(1)}%`;
}

await main();
