import { spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * `npm test`: type-check, lint, then the whole suite on SQLite, then the database-facing tiers
 * (test/store, test/http) again on every server database whose URL is given:
 *   TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres
 *   TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/
 * Each test file makes its own uniquely named database on that server (test/helpers).
 * Exits non-zero when any step fails; lists every skipped test and suite with its reason, and
 * ends with one "total: N passed, N failed, N skipped" line.
 * Tiers given as arguments (`npm test -- test/store`) narrow every run to those tiers.
 *
 * Test files run in workers: TEST_WORKERS processes (default 4) at once, each taking the next
 * file from one shared queue when it has finished the last, and running each file's tests in a
 * suite named after the file (so its top-level hooks stay its own, and TEST_TIMEOUT_MS limits it
 * as it would the file). Starting Node, tsx and the server's modules once per worker instead of
 * once per file saves most of what a run used to spend; taking files as they come keeps every
 * worker busy to the end. More workers than cores: much of a test's time is spent waiting
 * (timers, browsers, other processes). TEST_WORKERS=0 runs every file in a process of its own,
 * TEST_CONCURRENCY (default 2) at a time.
 */

interface Pass {
  readonly title: string;
  readonly dirs: readonly string[];
  /** Set as TEST_DATABASE_URL for the run; undefined: SQLite. */
  readonly databaseUrl: string | undefined;
}

interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

interface Outcome extends Counts {
  readonly title: string;
  readonly ok: boolean;
  readonly seconds: number;
  /** What the table shows after the title; undefined: the counts. */
  readonly detail?: string;
  /** The skipped tests and suites of a test run, each counted in `skipped`. */
  readonly skips: readonly Skip[];
}

/** A skipped test or suite, as scripts/test-reporter.js reports it. */
interface Skip {
  readonly type: 'test' | 'suite';
  readonly file: string;
  readonly name: string;
  readonly reason: string;
}

/** A database run that was not started, and why. */
interface LeftOut {
  readonly title: string;
  readonly reason: string;
}

const ALL_TIERS = ['test/unit', 'test/store', 'test/http', 'test/e2e'];
/** What Prettier formats (.prettierignore leaves out generated code and prose). */
const FORMATTED = ['**/*.{ts,js,mjs,cjs,json,css}'];
const DATABASE_TIERS = ['test/store', 'test/http'];
// A process per file (TEST_WORKERS=0): the machine has 2 cores, and each file's start-up is CPU.
const CONCURRENCY = process.env.TEST_CONCURRENCY ?? '2';
// No single test may hang the run (CI stops at 90 minutes).
const TEST_TIMEOUT_MS = process.env.TEST_TIMEOUT_MS ?? '300000';
const REPORTER = fileURLToPath(new URL('./test-reporter.js', import.meta.url));
const WORKERS = Number(process.env.TEST_WORKERS ?? '4');

async function main(): Promise<number> {
  const outcomes: Outcome[] = [];

  // The three static checks at once (each is mostly one core), their reports printed in turn.
  const checks = await Promise.all([runTypecheck(), runLint(), runFormatCheck()]);
  for (const check of checks) {
    header(check.heading);
    process.stdout.write(check.report);
    outcomes.push(check.outcome);
  }

  const { list, leftOut } = passes();
  for (const pass of list) outcomes.push(await runPass(pass));

  header('summary');
  const width = Math.max(...outcomes.map((o) => o.title.length), ...leftOut.map((l) => l.title.length));
  for (const o of outcomes) {
    const detail = o.detail ?? `${o.passed} passed, ${o.failed} failed, ${o.skipped} skipped`;
    process.stdout.write(
      `${o.ok ? 'ok  ' : 'FAIL'}  ${o.title.padEnd(width)}  ${detail === '' ? '' : `${detail}  `}(${o.seconds.toFixed(0)} s)\n`,
    );
  }
  for (const l of leftOut) process.stdout.write(`skip  ${l.title.padEnd(width)}  not run: ${l.reason}\n`);

  const skips = outcomes.flatMap((o) => o.skips.map((skip) => ({ run: o.title, ...skip })));
  if (skips.length > 0) {
    process.stdout.write(`\nskipped (${describeSkips(skips)}):\n`);
    const runWidth = Math.max(...skips.map((s) => s.run.length));
    const fileWidth = Math.max(...skips.map((s) => s.file.length));
    for (const s of skips) {
      process.stdout.write(
        `skip  ${s.run.padEnd(runWidth)}  ${s.type.padEnd(5)}  ${s.file.padEnd(fileWidth)}  "${s.name}": ${s.reason}\n`,
      );
    }
  }

  const total = outcomes.reduce<Counts>(
    (sum, o) => ({ passed: sum.passed + o.passed, failed: sum.failed + o.failed, skipped: sum.skipped + o.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const ok = outcomes.every((o) => o.ok);
  // A failed step with no failing test (a crash, a type error, lint errors) still counts as a failure.
  const failed = Math.max(total.failed, outcomes.filter((o) => !o.ok).length);
  // The last line stays exactly "total: N passed, N failed, N skipped": CI reads it.
  process.stdout.write(`total: ${total.passed} passed, ${failed} failed, ${total.skipped} skipped\n`);
  return ok ? 0 : 1;
}

/** "3 suites, 1 test": what the skipped count is made of. */
function describeSkips(skips: readonly Skip[]): string {
  const count = (type: Skip['type']) => skips.filter((s) => s.type === type).length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return [plural(count('suite'), 'suite'), plural(count('test'), 'test')].join(', ');
}

/** A static check's outcome and what it printed (shown after all of them have run). */
interface Check {
  readonly heading: string;
  readonly report: string;
  readonly outcome: Outcome;
}

/** tsc over the sources, the tests, the benches and the scripts (tsconfig.check.json). */
async function runTypecheck(): Promise<Check> {
  const started = Date.now();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const { code, output } = await runCaptured(process.execPath, [tsc, '-p', 'tsconfig.check.json']);
  const ok = code === 0;
  return {
    heading: 'type-check (tsc -p tsconfig.check.json)',
    report: output === '' ? 'no errors\n' : output,
    outcome: {
      title: 'type-check',
      ok,
      passed: 0,
      failed: ok ? 0 : 1,
      skipped: 0,
      seconds: elapsed(started),
      detail: '',
      skips: [],
    },
  };
}

/** ESLint over the repository (eslint.config.js): the base rules and the import boundaries. */
async function runLint(): Promise<Check> {
  const heading = 'lint (eslint .)';
  const started = Date.now();
  try {
    const { ESLint } = await import('eslint');
    const eslint = new ESLint();
    const results = await eslint.lintFiles(['.']);
    const formatter = await eslint.loadFormatter('stylish');
    const report = await formatter.format(results);
    const errors = results.reduce((sum, r) => sum + r.errorCount + r.fatalErrorCount, 0);
    const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
    const detail = `${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}`;
    return {
      heading,
      report: report === '' ? 'no problems\n' : report,
      outcome: {
        title: 'lint',
        ok: errors === 0,
        passed: 0,
        failed: errors === 0 ? 0 : 1,
        skipped: 0,
        seconds: elapsed(started),
        detail,
        skips: [],
      },
    };
  } catch (error) {
    return {
      heading,
      report: `lint could not run: ${error instanceof Error ? error.message : String(error)}\n`,
      outcome: {
        title: 'lint',
        ok: false,
        passed: 0,
        failed: 1,
        skipped: 0,
        seconds: elapsed(started),
        detail: 'could not run',
        skips: [],
      },
    };
  }
}

/** Prettier in check mode (`npm run format` writes): a file not in its style fails the run. */
async function runFormatCheck(): Promise<Check> {
  const started = Date.now();
  const prettier = createRequire(import.meta.url).resolve('prettier/bin/prettier.cjs');
  const { code, output } = await runCaptured(process.execPath, [
    prettier,
    '--check',
    '--log-level',
    'warn',
    ...FORMATTED,
  ]);
  const ok = code === 0;
  return {
    heading: 'format (prettier --check)',
    report: `${output}${ok ? 'every file is formatted\n' : ''}`,
    outcome: {
      title: 'format',
      ok,
      passed: 0,
      failed: ok ? 0 : 1,
      skipped: 0,
      seconds: elapsed(started),
      detail: ok ? '' : 'run npm run format',
      skips: [],
    },
  };
}

function passes(): { list: Pass[]; leftOut: LeftOut[] } {
  const chosen = process.argv.slice(2).map((dir) => dir.replace(/\/+$/, ''));
  const unknown = chosen.filter((dir) => !ALL_TIERS.includes(dir));
  if (unknown.length > 0)
    throw new Error(`unknown test tier(s): ${unknown.join(', ')} (known: ${ALL_TIERS.join(', ')})`);
  const narrow = (dirs: readonly string[]) => (chosen.length === 0 ? dirs : dirs.filter((dir) => chosen.includes(dir)));

  const list: Pass[] = [{ title: 'SQLite', dirs: narrow(ALL_TIERS), databaseUrl: undefined }];
  const leftOut: LeftOut[] = [];
  const servers = [
    { title: 'PostgreSQL', variable: 'TEST_POSTGRES_URL' },
    { title: 'MySQL/MariaDB', variable: 'TEST_MYSQL_URL' },
  ];
  for (const server of servers) {
    const url = nonEmpty(process.env[server.variable]);
    const dirs = narrow(DATABASE_TIERS);
    if (dirs.length === 0) continue;
    if (url === undefined) {
      process.stdout.write(`note: ${server.variable} is not set: the ${server.title} run is left out\n`);
      leftOut.push({ title: server.title, reason: `${server.variable} is not set` });
    } else list.push({ title: `${server.title} ${redact(url)}`, dirs, databaseUrl: url });
  }
  return { list, leftOut };
}

async function runPass(pass: Pass): Promise<Outcome> {
  const files = pass.dirs.flatMap(testFiles);
  header(`${pass.title}: ${pass.dirs.join(' ')} (${files.length} files)`);
  const started = Date.now();
  if (files.length === 0) {
    process.stdout.write('no test files found\n');
    return { title: pass.title, ok: false, passed: 0, failed: 0, skipped: 0, seconds: 0, skips: [] };
  }
  const env = { ...process.env };
  if (pass.databaseUrl === undefined) delete env.TEST_DATABASE_URL;
  else env.TEST_DATABASE_URL = pass.databaseUrl;

  // The readable report goes to the terminal; scripts/test-reporter.js writes the counts and the
  // skipped tests and suites to a file.
  const reportDir = mkdtempSync(join(tmpdir(), 'hosted-api-test-report-'));
  const reportFile = join(reportDir, 'report.jsonl');
  const entries = WORKERS > 0 ? workerEntries(files, WORKERS, reportDir) : files;
  try {
    const code = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        `--test-concurrency=${WORKERS > 0 ? WORKERS : CONCURRENCY}`,
        // In workers, the limit applies to each file's suite (and each test in it), not to the worker.
        ...(WORKERS > 0 ? [] : [`--test-timeout=${TEST_TIMEOUT_MS}`]),
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        `--test-reporter=${REPORTER}`,
        `--test-reporter-destination=${reportFile}`,
        ...entries,
      ],
      env,
    );
    const report = readReport(existsSync(reportFile) ? readFileSync(reportFile, 'utf8') : '');
    return { title: pass.title, ok: code === 0, ...report, seconds: elapsed(started) };
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/** Every *.test.ts directly in `dir`, sorted: new files are picked up without touching this script. */
function testFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.test.ts'))
    .sort()
    .map((name) => `${dir}/${name}`);
}

/**
 * Writes `count` worker entry modules into `dir` and the queue they share. A worker claims the
 * next file by creating its marker folder (mkdir succeeds for one process only), runs it inside
 * a suite named after the file, limited by TEST_TIMEOUT_MS, and claims the next once that suite's
 * hooks have run; the environment is restored after each file (what a file changed stays its
 * own). The queue starts with the end-to-end files (browsers, processes: the longest), then the
 * largest, so no long file is left to start last.
 */
function workerEntries(files: readonly string[], count: number, dir: string): string[] {
  const queue = files
    .map((file) => ({ file, weight: statSync(file).size * (file.startsWith('test/e2e/') ? 4 : 1) }))
    .sort((a, b) => b.weight - a.weight)
    .map(({ file }) => ({ name: file, url: pathToFileURL(resolve(file)).href }));
  const claims = join(dir, 'claims');
  mkdirSync(claims);
  const source = [
    `import { mkdirSync } from 'node:fs';`,
    `import { after, describe } from 'node:test';`,
    `const queue = ${JSON.stringify(queue)};`,
    `const claim = () => {`,
    `  for (const [index, file] of queue.entries()) {`,
    `    try {`,
    `      mkdirSync(${JSON.stringify(claims)} + '/' + index);`,
    `      return file;`,
    `    } catch {}`,
    `  }`,
    `  return undefined;`,
    `};`,
    `for (let file = claim(); file !== undefined; file = claim()) {`,
    `  const { name, url } = file;`,
    `  await new Promise((finished) => {`,
    `    describe(name, { timeout: ${Number(TEST_TIMEOUT_MS)} }, async () => {`,
    `      const env = { ...process.env };`,
    `      try {`,
    `        await import(url);`,
    `      } finally {`,
    `        // Registered last, so it runs after the file's own after hooks.`,
    `        after(() => {`,
    `          for (const key of Object.keys(process.env)) if (!(key in env)) delete process.env[key];`,
    `          Object.assign(process.env, env);`,
    `          finished();`,
    `        });`,
    `      }`,
    `    });`,
    `  });`,
    `}`,
    '',
  ].join('\n');
  return Array.from({ length: count }, (_, index) => {
    const entry = join(dir, `worker-${index + 1}.test.mjs`);
    writeFileSync(entry, source);
    return entry;
  });
}

/**
 * The counts and skips of scripts/test-reporter.js's report. `skipped` counts every skipped test
 * and every skipped suite: the runner's own "skipped" leaves suites out, whose tests never ran.
 */
function readReport(text: string): Counts & { skips: Skip[] } {
  const counts = new Map<string, number>();
  const skips: Skip[] = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue;
    let entry: { kind: 'count'; label: string; value: number } | ({ kind: 'skip' } & Skip);
    try {
      entry = JSON.parse(line) as typeof entry;
    } catch {
      // A run that crashed can leave a cut line; its exit code already fails the run.
      process.stderr.write(`unreadable line in the test report: ${line.slice(0, 200)}\n`);
      continue;
    }
    // The closing counts come last; a later value replaces an earlier one.
    if (entry.kind === 'count') counts.set(entry.label, entry.value);
    else skips.push({ type: entry.type, file: entry.file, name: entry.name, reason: entry.reason });
  }
  const count = (label: string) => counts.get(label) ?? 0;
  // Each skipped or todo test is listed; the larger number wins should the two ever disagree.
  const skippedTests = Math.max(count('skipped') + count('todo'), skips.filter((s) => s.type === 'test').length);
  const skippedSuites = skips.filter((s) => s.type === 'suite').length;
  return {
    passed: count('pass'),
    failed: count('fail') + count('cancelled'),
    skipped: skippedTests + skippedSuites,
    skips,
  };
}

function run(command: string, args: readonly string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('error', (error) => {
      process.stderr.write(`cannot start ${command}: ${error.message}\n`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

/** Runs a command with its output (stdout and stderr, interleaved) kept, not shown. */
function runCaptured(command: string, args: readonly string[]): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    child.on('error', (error) => resolve({ code: 1, output: `cannot start ${command}: ${error.message}\n` }));
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

function header(title: string): void {
  const line = '='.repeat(Math.max(20, title.length + 8));
  process.stdout.write(`\n${line}\n=== ${title}\n${line}\n`);
}

function nonEmpty(value: string | undefined): string | undefined {
  return value !== undefined && value.trim() !== '' ? value.trim() : undefined;
}

/** A database URL without its password, fit for a log line. */
function redact(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}

function elapsed(since: number): number {
  return (Date.now() - since) / 1000;
}

process.exitCode = await main();
