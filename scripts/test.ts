import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * `npm test`: type-check, then the whole suite on SQLite, then the database-facing tiers
 * (test/store, test/http) again on every server database whose URL is given:
 *   TEST_POSTGRES_URL=postgres://postgres@127.0.0.1:5432/postgres
 *   TEST_MYSQL_URL=mysql://root@127.0.0.1:3306/
 * Each test file makes its own uniquely named database on that server (test/helpers).
 * Exits non-zero when any step fails; ends with one "total: N passed, N failed" line.
 * Tiers given as arguments (`npm test -- test/store`) narrow every run to those tiers.
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
}

const ALL_TIERS = ['test/unit', 'test/store', 'test/http', 'test/e2e'];
const DATABASE_TIERS = ['test/store', 'test/http'];
// The machine has 2 cores; more files at once only makes the timing-sensitive tests flaky.
const CONCURRENCY = process.env.TEST_CONCURRENCY ?? '2';
// No single test may hang the run (CI stops at 90 minutes).
const TEST_TIMEOUT_MS = process.env.TEST_TIMEOUT_MS ?? '300000';

async function main(): Promise<number> {
  const outcomes: Outcome[] = [];

  header('type-check (tsc -p tsconfig.check.json)');
  const typecheckStarted = Date.now();
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  const typecheckCode = await run(process.execPath, [tsc, '-p', 'tsconfig.check.json'], process.env);
  outcomes.push({ title: 'type-check', ok: typecheckCode === 0, passed: 0, failed: typecheckCode === 0 ? 0 : 1, skipped: 0, seconds: elapsed(typecheckStarted) });

  for (const pass of passes()) outcomes.push(await runPass(pass));

  header('summary');
  const width = Math.max(...outcomes.map((o) => o.title.length));
  for (const o of outcomes) {
    const counts = o.title === 'type-check' ? '' : `  ${o.passed} passed, ${o.failed} failed, ${o.skipped} skipped`;
    process.stdout.write(`${o.ok ? 'ok  ' : 'FAIL'}  ${o.title.padEnd(width)}${counts}  (${o.seconds.toFixed(0)} s)\n`);
  }
  const total = outcomes.reduce<Counts>(
    (sum, o) => ({ passed: sum.passed + o.passed, failed: sum.failed + o.failed, skipped: sum.skipped + o.skipped }),
    { passed: 0, failed: 0, skipped: 0 },
  );
  const ok = outcomes.every((o) => o.ok);
  // A failed step with no failing test (a crash, a type error) still counts as a failure.
  const failed = Math.max(total.failed, outcomes.filter((o) => !o.ok).length);
  process.stdout.write(`total: ${total.passed} passed, ${failed} failed, ${total.skipped} skipped\n`);
  return ok ? 0 : 1;
}

function passes(): Pass[] {
  const chosen = process.argv.slice(2).map((dir) => dir.replace(/\/+$/, ''));
  const unknown = chosen.filter((dir) => !ALL_TIERS.includes(dir));
  if (unknown.length > 0) throw new Error(`unknown test tier(s): ${unknown.join(', ')} (known: ${ALL_TIERS.join(', ')})`);
  const narrow = (dirs: readonly string[]) => (chosen.length === 0 ? dirs : dirs.filter((dir) => chosen.includes(dir)));

  const list: Pass[] = [{ title: 'SQLite', dirs: narrow(ALL_TIERS), databaseUrl: undefined }];
  const servers = [
    { title: 'PostgreSQL', variable: 'TEST_POSTGRES_URL' },
    { title: 'MySQL/MariaDB', variable: 'TEST_MYSQL_URL' },
  ];
  for (const server of servers) {
    const url = nonEmpty(process.env[server.variable]);
    const dirs = narrow(DATABASE_TIERS);
    if (url === undefined) process.stdout.write(`note: ${server.variable} is not set: the ${server.title} run is left out\n`);
    else if (dirs.length > 0) list.push({ title: `${server.title} ${redact(url)}`, dirs, databaseUrl: url });
  }
  return list;
}

async function runPass(pass: Pass): Promise<Outcome> {
  const files = pass.dirs.flatMap(testFiles);
  header(`${pass.title}: ${pass.dirs.join(' ')} (${files.length} files)`);
  const started = Date.now();
  if (files.length === 0) {
    process.stdout.write('no test files found\n');
    return { title: pass.title, ok: false, passed: 0, failed: 0, skipped: 0, seconds: 0 };
  }
  const env = { ...process.env };
  if (pass.databaseUrl === undefined) delete env.TEST_DATABASE_URL;
  else env.TEST_DATABASE_URL = pass.databaseUrl;

  // The readable report goes to the terminal; a TAP copy in a file gives the counts.
  const reportDir = mkdtempSync(join(tmpdir(), 'hosted-api-test-report-'));
  const tapFile = join(reportDir, 'report.tap');
  try {
    const code = await run(
      process.execPath,
      [
        '--import',
        'tsx',
        '--test',
        `--test-concurrency=${CONCURRENCY}`,
        `--test-timeout=${TEST_TIMEOUT_MS}`,
        '--test-reporter=spec',
        '--test-reporter-destination=stdout',
        '--test-reporter=tap',
        `--test-reporter-destination=${tapFile}`,
        ...files,
      ],
      env,
    );
    const counts = tapCounts(existsSync(tapFile) ? readFileSync(tapFile, 'utf8') : '');
    return { title: pass.title, ok: code === 0, ...counts, seconds: elapsed(started) };
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

/** The closing "# pass N" lines of the node test runner's TAP report. */
function tapCounts(tap: string): Counts {
  // The summary comes last; take the last match in case a test printed a look-alike line.
  const count = (label: string) => Number([...tap.matchAll(new RegExp(`^# ${label} (\\d+)$`, 'gm'))].at(-1)?.[1] ?? 0);
  return { passed: count('pass'), failed: count('fail') + count('cancelled'), skipped: count('skipped') + count('todo') };
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
