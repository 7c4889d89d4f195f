import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it, type TestContext } from 'node:test';
import { fileURLToPath } from 'node:url';
import { createTestClient } from '../helpers/client-auth.js';
import { freePort } from '../helpers/free-port.js';
import { startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * The WHMCS provisioning module (integrations/whmcs) against the real server: phpunit runs the
 * module's functions the way WHMCS calls them, with a stand-in for the few WHMCS functions it
 * uses, and checks every effect through the API. Each PHP test is reported here as a test of its
 * own, so a failing one names itself.
 *
 * Without PHP the suite is skipped with the command that installs it, except in CI (CI=true) or
 * with HOSTED_API_REQUIRE_PHP=1, where a missing PHP is a failure.
 */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PHP_TESTS = join(ROOT, 'integrations', 'whmcs', 'tests');
const INSTALL = 'apt-get install -y php-cli php-curl phpunit';
const PHP_REQUIRED = process.env.CI === 'true' || process.env.HOSTED_API_REQUIRE_PHP === '1';
/** Every scope the module uses (a second client gets all but loginlink). */
const MODULE_SCOPES = ['portals:read', 'portals:write', 'billing', 'loginlink'];

interface Run {
  readonly code: number | null;
  readonly output: string;
}

/** One PHP test as phpunit's JUnit log reports it. */
interface PhpTest {
  readonly name: string;
  readonly outcome: 'passed' | 'failed' | 'skipped';
  readonly details: string;
}

describe('WHMCS provisioning module (PHP, against the real server)', () => {
  it('passes its PHP suite', { timeout: 180_000 }, async (t) => {
    const missing = await missingPhp();
    if (missing !== undefined) {
      assert.ok(!PHP_REQUIRED, `${missing}: install it (${INSTALL}); CI must run the PHP suite`);
      t.skip(`${missing}: ${INSTALL}`);
      return;
    }
    const server = await startOnKnownPort();
    const reportDir = mkdtempSync(join(tmpdir(), 'hosted-api-whmcs-'));
    try {
      const client = await createTestClient(server, { name: 'WHMCS', scopes: MODULE_SCOPES });
      const limited = await createTestClient(server, {
        name: 'WHMCS without loginlink',
        scopes: MODULE_SCOPES.filter((scope) => scope !== 'loginlink'),
      });
      const phone = `+1.555${randomInt(1_000_000, 9_999_999)}`;
      const junit = join(reportDir, 'junit.xml');
      const run = await runPhp('phpunit', ['-c', join(PHP_TESTS, 'phpunit.xml'), '--log-junit', junit], {
        HOSTEDAPI_TEST_URL: server.baseUrl,
        HOSTEDAPI_TEST_MACHINE_KEY: server.machineKey,
        HOSTEDAPI_TEST_CLIENT_ID: client.clientId,
        HOSTEDAPI_TEST_CLIENT_SECRET: client.secret,
        HOSTEDAPI_TEST_LIMITED_CLIENT_ID: limited.clientId,
        HOSTEDAPI_TEST_LIMITED_CLIENT_SECRET: limited.secret,
        HOSTEDAPI_TEST_OWNER_PHONE: phone,
      });
      const tests = readJunit(junit);
      assert.ok(tests.length > 0, `phpunit reported no tests (exit code ${run.code}):\n${run.output}`);
      for (const test of tests) await reportPhpTest(t, test);
      await t.test("the owner's phone reaches the server (no API method shows it)", async () => {
        const owners = await server.store.db
          .selectFrom('users')
          .select(['first_name'])
          .where('phone', '=', phone)
          .execute();
        assert.deepEqual(owners, [{ first_name: 'Grace' }]);
      });
      assert.equal(run.code, 0, `phpunit failed (exit code ${run.code}):\n${run.output}`);
    } finally {
      rmSync(reportDir, { recursive: true, force: true });
      await server.close({ drop: true });
    }
  });
});

/** Why the PHP suite cannot run here, or undefined when it can. */
async function missingPhp(): Promise<string | undefined> {
  const php = await runPhp('php', ['-r', 'echo extension_loaded("curl") && extension_loaded("json") ? "ok" : "no";']);
  if (php.code !== 0) return 'php is not installed';
  if (php.output.trim() !== 'ok') return "php's curl extension is missing";
  const phpunit = await runPhp('phpunit', ['--version']);
  return phpunit.code === 0 ? undefined : 'phpunit is not installed';
}

/**
 * Runs a command without blocking this process — the server the PHP tests call answers from this
 * process's event loop. A command that cannot start exits with null.
 */
function runPhp(command: string, args: readonly string[], env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env } });
    let output = '';
    child.stdout.on('data', (chunk) => (output += String(chunk)));
    child.stderr.on('data', (chunk) => (output += String(chunk)));
    child.on('error', (error) => resolve({ code: null, output: error.message }));
    child.on('close', (code) => resolve({ code, output }));
  });
}

/** The app on a port chosen up front, so the sign-in links it answers carry the port it listens on. */
async function startOnKnownPort(): Promise<TestServer> {
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    try {
      return await startTestServer({ env: { PORT: String(port) } });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || attempt >= 5) throw error;
    }
  }
}

/** One PHP test as a node test: it fails with phpunit's message, or is skipped with its reason. */
async function reportPhpTest(t: TestContext, test: PhpTest): Promise<void> {
  const options = test.outcome === 'skipped' ? { skip: test.details || 'skipped in PHP' } : {};
  await t.test(test.name, options, () => {
    if (test.outcome === 'failed') assert.fail(test.details);
  });
}

/** The test cases of phpunit's JUnit log, named "Class > what it tests". */
function readJunit(file: string): PhpTest[] {
  let xml: string;
  try {
    xml = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  const tests: PhpTest[] = [];
  for (const match of xml.matchAll(/<testcase\b([^>]*?)(?:\/>|>([\s\S]*?)<\/testcase>)/g)) {
    const attributes = match[1] ?? '';
    const body = match[2] ?? '';
    const name = `${attribute(attributes, 'class')} > ${readable(attribute(attributes, 'name'))}`;
    const failure = /<(failure|error|warning)\b[^>]*>([\s\S]*?)<\/\1>/.exec(body);
    if (failure !== null) tests.push({ name, outcome: 'failed', details: unescapeXml(failure[2] ?? '') });
    else if (/<skipped\b/.test(body)) tests.push({ name, outcome: 'skipped', details: '' });
    else tests.push({ name, outcome: 'passed', details: '' });
  }
  return tests;
}

function attribute(attributes: string, name: string): string {
  return unescapeXml(new RegExp(`\\b${name}="([^"]*)"`).exec(attributes)?.[1] ?? '');
}

/** "testATakenNameIsAnError" → "a taken name is an error". */
function readable(method: string): string {
  return method
    .replace(/^test/, '')
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z])([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .trim();
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code)))
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}
