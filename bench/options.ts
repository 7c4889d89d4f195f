import { parseArgs } from 'node:util';

/** What one `npm run bench` invocation does; every field has a default that makes the full run. */
export interface BenchOptions {
  /** Seconds of measured load per scenario. */
  readonly duration: number;
  /** Seconds of unmeasured load before each scenario (JIT, caches, SQLite pages). */
  readonly warmup: number;
  /** Connections for the throughput scenarios (the scale scenarios fix their own, per the targets). */
  readonly connections: number;
  /** Portals in the scale database. */
  readonly portals: number;
  /** Portals seeded before the throughput scenarios (get-by-name picks among them). */
  readonly smallPortals: number;
  /** Run only scenarios whose name contains one of these words (empty: all). */
  readonly only: readonly string[];
  /** Only build the scale database (at `--db`, or bench/.data/) and exit. */
  readonly seedOnly: boolean;
  /** A SQLite file already seeded by `--seed-only`, reused instead of seeding anew. */
  readonly db: string | undefined;
  /** Which databases to measure: sqlite always unless `--no-sqlite`; the others when their URL is set. */
  readonly sqlite: boolean;
  readonly postgresUrl: string | undefined;
  readonly mysqlUrl: string | undefined;
  /** How the server is started: the compiled build (`dist`) or the TypeScript sources (`tsx`). */
  readonly server: 'dist' | 'tsx';
  /** Run the server under `--cpu-prof` and print its hottest functions after each phase. */
  readonly cpuProf: boolean;
  /** Where the results go (bench/results.json by default; `--no-save` writes nothing). */
  readonly output: string | undefined;
  /** Keep temporary databases (and server databases) after the run. */
  readonly keep: boolean;
  /** The server's LOG_LEVEL (default warn: no per-request lines). */
  readonly logLevel: string;
}

const HELP = `npm run bench -- [options]

  --duration S        seconds of measured load per scenario (default 10)
  --warmup S          seconds of unmeasured load before each scenario (default 2)
  --connections N     connections for the throughput and webhooks scenarios (default 50)
  --portals N         portals in the scale database (default 1000000; 0 skips the scale phase)
  --only WORDS        comma-separated: run only scenarios whose name contains one of them
                      (e.g. --only bare,get-by-name; "throughput", "scale", "webhooks" or
                      "metrics" select a phase: webhooks measures register and portal/status
                      without and with two webhook endpoints on a slow receiver, metrics signed
                      portal/get with metrics on against off)
  --seed-only         build the scale SQLite database and exit (see --db)
  --db FILE           the scale SQLite database: reused if it exists, else seeded into it
  --no-sqlite         skip SQLite (e.g. to measure only PostgreSQL)
  --server dist|tsx   start dist/main.js after npm run build (default) or src/main.ts with tsx
  --cpu-prof          profile the server (node --cpu-prof) and print the hottest functions
  --output FILE       write the results there (default bench/results.json)
  --no-save           write no results file
  --keep              keep the temporary databases
  --log-level LEVEL   the server's LOG_LEVEL (default warn; info logs two lines per request)
  BENCH_POSTGRES_URL, BENCH_MYSQL_URL: also measure PostgreSQL / MySQL (a fresh database is
  created on that server for the run and dropped afterwards)`;

/** Parses argv (after `node bench/run.ts`) and the BENCH_* environment variables. */
export function parseBenchOptions(argv: readonly string[], env: NodeJS.ProcessEnv): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      duration: { type: 'string' },
      warmup: { type: 'string' },
      connections: { type: 'string' },
      portals: { type: 'string' },
      'small-portals': { type: 'string' },
      only: { type: 'string' },
      'seed-only': { type: 'boolean' },
      db: { type: 'string' },
      'no-sqlite': { type: 'boolean' },
      server: { type: 'string' },
      'cpu-prof': { type: 'boolean' },
      output: { type: 'string' },
      'no-save': { type: 'boolean' },
      keep: { type: 'boolean' },
      'log-level': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    process.exit(0);
  }
  const server = values.server ?? 'dist';
  if (server !== 'dist' && server !== 'tsx') throw new Error('--server must be dist or tsx');
  return {
    duration: positive('--duration', values.duration, 10),
    warmup: whole('--warmup', values.warmup, 2),
    connections: positive('--connections', values.connections, 50),
    portals: whole('--portals', values.portals, 1_000_000),
    smallPortals: whole('--small-portals', values['small-portals'], 1000),
    only: (values.only ?? '')
      .split(',')
      .map((s) => s.trim().toLowerCase())
      .filter(Boolean),
    seedOnly: values['seed-only'] ?? false,
    db: values.db,
    sqlite: !(values['no-sqlite'] ?? false),
    postgresUrl: nonEmpty(env.BENCH_POSTGRES_URL),
    mysqlUrl: nonEmpty(env.BENCH_MYSQL_URL),
    server,
    cpuProf: values['cpu-prof'] ?? false,
    output: values['no-save'] ? undefined : (values.output ?? 'bench/results.json'),
    keep: values.keep ?? false,
    logLevel: values['log-level'] ?? 'warn',
  };
}

/** Whether a scenario (in a phase) is selected by `--only`. */
export function isSelected(options: BenchOptions, phase: string, scenario: string): boolean {
  if (options.only.length === 0) return true;
  return options.only.some((word) =>
    word.startsWith('=') ? scenario === word.slice(1) : phase === word || scenario.toLowerCase().includes(word),
  );
}

function whole(flag: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text.replace(/_/g, ''));
  if (!Number.isInteger(value) || value < 0) throw new Error(`${flag} must be a whole number (got "${text}")`);
  return value;
}

function positive(flag: string, text: string | undefined, fallback: number): number {
  const value = whole(flag, text, fallback);
  if (value === 0) throw new Error(`${flag} must be at least 1`);
  return value;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}
