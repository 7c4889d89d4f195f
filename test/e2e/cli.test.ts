import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { ensureBuilt } from '../../scripts/ensure-build.js';
import { buildProgram, runCli } from '../../src/cli/program.js';
import { verifyAscToken } from '../../src/domain/tokens/asc-token.js';
import { waitForAnnouncedPort } from '../helpers/server-process.js';
import { randomPortalName, startTestServer, type TestServer } from '../helpers/test-server.js';

/** The real `hosted-api` command (bin/hosted-api.js, compiled) against a real server. */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = join(ROOT, 'bin', 'hosted-api.js');

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** The environment a command sees: this process's, without the settings that would point it elsewhere. */
function commandEnv(env: Record<string, string | undefined>): NodeJS.ProcessEnv {
  return {
    ...process.env,
    HOSTED_API_URL: '',
    MACHINE_KEY: '',
    DATA_DIR: '',
    HOSTED_API_CLIENT: '',
    HOSTED_API_SECRET: '',
    ...env,
  };
}

/**
 * Runs the command in this process, through runCli — the entry the binary calls with its
 * arguments, environment and streams — with `input` as its stdin. A process per command would
 * cost a Node start-up each; the binary itself is run by `runBinary` where the process is the point.
 */
async function run(args: readonly string[], env: Record<string, string | undefined> = {}, input = ''): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    env: commandEnv(env),
    out: (text) => void (stdout += text),
    err: (text) => void (stderr += text),
    stdin: Readable.from(input === '' ? [] : [input]),
  });
  return { code, stdout, stderr };
}

/** Runs the real binary (bin/hosted-api.js) with `input` piped on stdin, without blocking this process. */
function runBinary(args: readonly string[], env: Record<string, string | undefined> = {}, input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: commandEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', reject);
    child.on('exit', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(input);
  });
}

describe('hosted-api (the CLI)', () => {
  let server: TestServer;
  let env: Record<string, string>;
  let dataDir: string;

  before(async () => {
    // Build once, up front (the command would do it on its first run).
    assert.ok(ensureBuilt(), 'the build failed');
    server = await startTestServer();
    env = { HOSTED_API_URL: server.baseUrl, MACHINE_KEY: server.machineKey };
    dataDir = mkdtempSync(join(tmpdir(), 'hosted-api-cli-'));
  });
  after(async () => {
    await server.close({ drop: true });
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('has --help on every command, with the exit code 0', async () => {
    const paths: string[][] = [];
    const walk = (command: Command, path: string[]) => {
      paths.push(path);
      for (const sub of command.commands) walk(sub, [...path, sub.name()]);
    };
    walk(buildProgram({ env: {}, out: () => undefined, err: () => undefined, status: { code: 0 } }), []);
    const expected = [
      'serve',
      'token',
      'portal register',
      'portal provision',
      'portal get',
      'portal list',
      'portal status',
      'portal remove',
      'portal cancelremoval',
      'portal restore',
      'portal protection',
      'portal bulk',
      'portal loginlink',
      'job get',
      'job list',
      'job cancel',
      'lifecycle upcoming',
      'tariff get',
      'tariff set',
      'settings get',
      'settings set',
      'brand show',
      'brand set',
      'brand clear-logo',
      'client create',
      'client list',
      'client get',
      'client update',
      'client rotate',
      'client remove',
      'webhook create',
      'webhook list',
      'webhook deliveries',
      'webhook redeliver',
      'webhook test',
      'audit list',
    ];
    const names = paths.map((p) => p.join(' '));
    for (const name of expected) assert.ok(names.includes(name), `missing command: ${name}`);
    // Every one through the command line's own entry (runCli, what the binary runs)…
    for (const path of paths) {
      const name = path.join(' ') || '(program)';
      let out = '';
      let err = '';
      const code = await runCli([...path, '--help'], {
        env: {},
        out: (text) => void (out += text),
        err: (text) => void (err += text),
      });
      assert.equal(code, 0, `${name}: ${err}`);
      assert.match(out, /^Usage: hosted-api/, name);
    }
    // … and the program and a few commands through the real binary, a process each (start-up is
    // most of what each costs).
    const sampled = [[], ['portal'], ['admin'], ['serve']];
    const runs = await Promise.all(sampled.map((path) => runBinary([...path, '--help'])));
    runs.forEach((r, i) => {
      const name = (sampled[i] ?? []).join(' ') || '(program)';
      assert.equal(r.code, 0, `${name}: ${r.stderr}`);
      assert.match(r.stdout, /^Usage: hosted-api/, name);
    });
  });

  it('prints a token the server accepts, from MACHINE_KEY, --key or DATA_DIR/machine.key, or as a client', async () => {
    const keys = { keys: [server.machineKey], trustIntervalMs: 300_000, futureSkewMs: 300_000 };
    const fromEnv = await runBinary(['token'], env);
    assert.equal(fromEnv.code, 0, fromEnv.stderr);
    assert.match(fromEnv.stdout, /^ASC hosted-api-cli:\d{14}:\S+\n$/);
    assert.deepEqual(verifyAscToken(fromEnv.stdout.trim(), keys, new Date()), { ok: true, pkey: 'hosted-api-cli' });

    const fromFlag = await run(['token', '--key', server.machineKey, '--pkey', 'billing']);
    assert.deepEqual(verifyAscToken(fromFlag.stdout.trim(), keys, new Date()), { ok: true, pkey: 'billing' });

    mkdirSync(join(dataDir, 'keyed'), { recursive: true });
    writeFileSync(join(dataDir, 'keyed', 'machine.key'), `${server.machineKey}\n`);
    const fromFile = await run(['token'], { DATA_DIR: join(dataDir, 'keyed') });
    assert.equal(fromFile.code, 0, fromFile.stderr);
    assert.equal(verifyAscToken(fromFile.stdout.trim(), keys, new Date()).ok, true);

    const asClient = await run(['token', '--client', 'billing-panel', '--secret', 's3cret']);
    assert.match(asClient.stdout, /^ASC billing-panel:\d{14}:/);

    const none = await run(['token'], { DATA_DIR: join(dataDir, 'empty') });
    assert.equal(none.code, 2);
    assert.match(none.stderr, /^error: no machine key: /);
  });

  it('drives a portal through its life: register, list, get, tariff set and get, settings, status, remove', async () => {
    const name = randomPortalName('cli');
    const registered = await run(
      ['portal', 'register', name, '--email', `${name}@example.com`, '--first-name', 'Ada', '--last-name', 'Lovelace'],
      env,
    );
    assert.equal(registered.code, 0, registered.stderr);
    assert.match(registered.stdout, new RegExp(`portalName\\s+${name}\\n`));
    assert.match(registered.stdout, /activation\s+http:\/\/\S+\/confirm\?type=Auth/);

    const listed = await run(['portal', 'list'], env);
    assert.equal(listed.code, 0);
    assert.match(listed.stdout, /^ID\s+NAME\s+STATUS\s+DOMAIN/);
    assert.match(listed.stdout, new RegExp(`\\n\\d+\\s+${name}\\s+Active\\s+${name}\\.localhost`));

    const got = await run(['portal', 'get', name], env);
    assert.match(got.stdout, new RegExp(`owner\\s+Ada Lovelace <${name}@example.com>`));

    const set = await run(
      ['tariff', 'set', name, '--plan', 'business', '--max-total-size', '5497558138883', '--due-date', '2027-01-31'],
      env,
    );
    assert.equal(set.code, 0, set.stderr);
    const tariff = await run(['--json', 'tariff', 'get', name], env);
    const answer = JSON.parse(tariff.stdout);
    assert.equal(answer.tariff.plan, 'business');
    assert.equal(answer.tariff.maxTotalSize, 5497558138883);
    assert.equal(answer.tariff.dueDate, '2027-01-31T00:00:00.000Z');

    assert.equal((await run(['settings', 'set', 'Greeting', 'hello', '--portal', name], env)).stdout, 'hello\n');
    assert.equal((await run(['settings', 'get', 'Greeting', '--portal', name], env)).stdout, 'hello\n');

    const suspended = await run(['portal', 'status', 'Suspended', name, '--reason', 'unpaid'], env);
    assert.match(suspended.stdout, /status\s+Suspended/);
    const removed = await run(['portal', 'remove', name, '--json'], env);
    assert.equal(JSON.parse(removed.stdout).removed, true);

    const audit = await run(['audit', 'list', '--portal', name], env);
    assert.equal(audit.code, 0, audit.stderr);
    for (const action of ['portal.register', 'tariff.set', 'settings.save', 'portal.status', 'portal.remove'])
      assert.match(audit.stdout, new RegExp(action.replace('.', '\\.')));
  });

  it('provisions a portal whose owner signs in with an OAuth provider, the client secret from stdin', async () => {
    const email = `${randomPortalName('oauth')}@example.com`;
    const secret = `cli-oauth-secret-${randomPortalName('s')}`;
    const provisioned = await run(
      [
        'portal',
        'provision',
        '--email',
        email,
        '--provider',
        'Nextcloud',
        '--provider-client-id',
        'cli-client',
        '--base-url',
        'https://cloud.example.com',
      ],
      env,
      `${secret}\n`,
    );
    assert.equal(provisioned.code, 0, provisioned.stderr);
    assert.match(provisioned.stdout, /portalName\s+docspace-nextcloud-[a-z0-9]{6}\n/);
    assert.match(provisioned.stdout, /provider\s+nextcloud\n/);
    assert.match(provisioned.stdout, /activation\s+http:\/\/\S+\/confirm\?type=Auth/);
    assert.ok(!provisioned.stdout.includes(secret) && !provisioned.stderr.includes(secret));
    const portalName = /portalName\s+(\S+)/.exec(provisioned.stdout)?.[1] ?? '';
    const setting = await run(['settings', 'get', 'AuthKey_nextcloud', '--portal', portalName], env);
    assert.deepEqual(JSON.parse(setting.stdout), {
      clientId: 'cli-client',
      clientSecret: '***',
      baseUrl: 'https://cloud.example.com',
      redirectUri: null,
    });
    // No secret on stdin: a usage error, and nothing is created.
    const none = await run(
      ['portal', 'provision', '--email', email, '--provider', 'google', '--provider-client-id', 'x'],
      env,
      '',
    );
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no client secret given/);
    const unknown = await run(
      ['portal', 'provision', '--email', email, '--provider', 'orkut', '--provider-client-id', 'x'],
      env,
      'secret\n',
    );
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, /^error: unknownProvider: Provider 'orkut' is not supported/);
  });

  it('schedules, cancels, protects and restores removals, runs a bulk job and lists what the policy will do', async () => {
    const name = randomPortalName('life');
    const registered = await run(
      ['--json', 'portal', 'register', name, '--email', `${name}@example.com`, '--first-name', 'A', '--last-name', 'B'],
      env,
    );
    const tenantId = String(JSON.parse(registered.stdout).tenant.tenantId);
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const scheduled = await run(['portal', 'remove', name, '--at', at], env);
    assert.equal(scheduled.code, 0, scheduled.stderr);
    assert.match(scheduled.stdout, new RegExp(`removalScheduledAt\\s+${at.replace(/\./g, '\\.')}`));
    const upcoming = await run(['lifecycle', 'upcoming', '--days', '2'], env);
    assert.equal(upcoming.code, 0, upcoming.stderr);
    assert.match(upcoming.stdout, new RegExp(`remove\\s+${name}\\s+scheduled-removal`));
    assert.match((await run(['portal', 'cancelremoval', name], env)).stdout, /removalScheduledAt\s+-/);

    assert.match((await run(['portal', 'protection', 'on', name], env)).stdout, /protected\s+true/);
    const refused = await run(['portal', 'remove', name], env);
    assert.equal(refused.code, 1);
    assert.equal(refused.stderr, 'error: portalProtected: Portal is protected\n');
    await run(['portal', 'protection', 'off', '--tenant-id', tenantId], env);
    assert.equal((await run(['portal', 'remove', name], env)).code, 0);
    const restored = await run(['portal', 'restore', '--tenant-id', tenantId], env);
    assert.equal(restored.code, 0, restored.stderr);
    assert.match(restored.stdout, /status\s+Active/);

    const bulk = await run(
      ['--json', 'portal', 'bulk', 'tariff', '--email', `${name}@example.com`, '--new-plan', 'business'],
      env,
    );
    assert.equal(bulk.code, 0, bulk.stderr);
    const job = JSON.parse(bulk.stdout).job;
    assert.equal(job.total, 1);
    let state = job.state;
    for (let i = 0; i < 100 && state !== 'done'; i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      state = JSON.parse((await run(['--json', 'job', 'get', job.jobId], env)).stdout).job.state;
    }
    assert.equal(state, 'done');
    assert.match((await run(['job', 'list'], env)).stdout, new RegExp(`${job.jobId}\\s+done\\s+tariff\\s+1/1`));
  });

  it('manages API clients, and signs as one with --client/--secret', async () => {
    const clientId = `cli-${randomPortalName('c').slice(1, 9)}`;
    const created = await run(
      ['--json', 'client', 'create', 'CLI panel', '--client-id', clientId, '--max-portals', '5'],
      env,
    );
    assert.equal(created.code, 0, created.stderr);
    const { secret, client } = JSON.parse(created.stdout);
    assert.equal(client.maxPortals, 5);
    assert.match(
      (await run(['client', 'list'], env)).stdout,
      new RegExp(`\\n${clientId}\\s+CLI panel\\s+portals:read, portals:write, billing\\s+0/5`),
    );
    assert.match((await run(['client', 'update', clientId, '--rate-limit', '100'], env)).stdout, /rateLimit\s+100/);

    const name = randomPortalName('own');
    const asClient = ['--client', clientId, '--secret', secret];
    const registered = await run(
      [
        ...asClient,
        'portal',
        'register',
        name,
        '--email',
        `${name}@example.com`,
        '--first-name',
        'Bo',
        '--last-name',
        'B',
      ],
      { HOSTED_API_URL: server.baseUrl },
    );
    assert.equal(registered.code, 0, registered.stderr);
    assert.match(registered.stdout, new RegExp(`clientId\\s+${clientId}`));
    const forbidden = await run([...asClient, 'client', 'list'], { HOSTED_API_URL: server.baseUrl });
    assert.equal(forbidden.code, 1);
    assert.equal(forbidden.stderr, 'error: forbidden: Only the operator may call this method\n');

    const rotated = await run(['--json', 'client', 'rotate', clientId, '--grace-minutes', '0'], env);
    assert.notEqual(JSON.parse(rotated.stdout).secret, secret);
    assert.match((await run(['client', 'get', clientId], env)).stdout, /portalCount\s+1/);
    assert.equal((await run(['client', 'remove', clientId], env)).code, 0);
  });

  it('exits 1 with "error: <code>: <message>" on an API error and 2 on a usage error', async () => {
    // The process's own exit code and streams, through the binary; the rest through runCli.
    const missing = await runBinary(['tariff', 'get', 'nosuchportal'], env);
    assert.equal(missing.code, 1);
    assert.equal(missing.stderr, 'error: portalNameNotFound: Portal not found\n');
    assert.equal(missing.stdout, '');

    const params = await run(['tariff', 'set', 'nosuchportal', '--due-date', 'soon'], env);
    assert.equal(params.code, 1);
    assert.match(params.stderr, /^error: (params|portalNameNotFound): /);

    for (const args of [
      ['portal', 'frobnicate'],
      ['portal', 'list', '--count', 'ten'],
      ['portal', 'register', 'x'],
      ['settings', 'get', 'Key'],
      ['portal'],
      [],
    ]) {
      const usage = await run(args, env);
      assert.equal(usage.code, 2, `${args.join(' ')}: ${usage.stderr}`);
      assert.notEqual(usage.stderr, '', args.join(' '));
    }

    const unreachable = await run(['portal', 'list'], { HOSTED_API_URL: 'http://127.0.0.1:9', MACHINE_KEY: 'k' });
    assert.equal(unreachable.code, 1);
    assert.match(unreachable.stderr, /^error: unreachable: cannot reach http:\/\/127\.0\.0\.1:9/);
  });

  it('calls the webhook and loginlink methods', async () => {
    const listed = await run(['webhook', 'list', '--json'], env);
    assert.equal(listed.code, 0, listed.stderr);
    assert.ok(Array.isArray(JSON.parse(listed.stdout).webhooks));
    for (const [args, code] of [
      [['webhook', 'test', 'wh_1'], 'webhookNotFound'],
      [['portal', 'loginlink', 'nosuchportal'], 'portalNameNotFound'],
    ] as const) {
      const result = await run(args, env);
      assert.equal(result.code, 1, `${args.join(' ')}: ${result.stderr}`);
      assert.match(result.stderr, new RegExp(`^error: ${code}: `), args.join(' '));
    }
  });

  it('serve runs the server (as npm start does) and stops with it on SIGTERM', { timeout: 120_000 }, async () => {
    const dir = join(dataDir, 'served');
    const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--data-dir', dir], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: `sqlite:${join(dir, 'hosted.db')}`, MACHINE_KEY: '', LOG_LEVEL: 'info' },
    });
    let output = '';
    child.stdout.on('data', (d) => (output += String(d)));
    child.stderr.on('data', (d) => (output += String(d)));
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    try {
      const port = await waitForAnnouncedPort(
        () => output,
        () => child.exitCode !== null,
      );
      assert.equal((await fetch(`http://127.0.0.1:${port}/health`)).status, 200);
      const listed = await run(['portal', 'list'], { HOSTED_API_URL: `http://127.0.0.1:${port}`, DATA_DIR: dir });
      assert.equal(listed.code, 0, listed.stderr);
      assert.equal(listed.stdout, '(no portals)\n');
    } finally {
      child.kill('SIGTERM');
    }
    assert.equal(await exited, 0, output);
  });
});

/** The server's own configuration (its database and machine key), for commands that open the database. */
function serverEnv(server: TestServer, extra: Record<string, string> = {}): Record<string, string> {
  return {
    DATABASE_URL: server.config.databaseUrl,
    MACHINE_KEY: server.machineKey,
    DATA_DIR: server.database.dir,
    LOG_LEVEL: 'error',
    ...extra,
  };
}

describe('hosted-api admin (console accounts, on the database)', () => {
  let server: TestServer;
  let env: Record<string, string>;
  before(async () => {
    assert.ok(ensureBuilt(), 'the build failed');
    server = await startTestServer();
    env = serverEnv(server);
  });
  after(() => server.close({ drop: true }));

  it('creates, lists, resets and disables accounts; the console accepts and then refuses them', async () => {
    const email = `ops-${Date.now()}@example.com`;
    // Piped into the real binary, as a script would; the rest through runCli with the same stdin.
    const created = await runBinary(['admin', 'create', '--email', email, '--json'], env, 'first password 1\n');
    assert.equal(created.code, 0, created.stderr);
    assert.equal(JSON.parse(created.stdout).account.email, email);
    assert.ok(!created.stdout.includes('first password 1'), 'the password is never printed');

    const listed = await run(['admin', 'list', '--json'], env, '');
    assert.equal(listed.code, 0, listed.stderr);
    assert.deepEqual(
      JSON.parse(listed.stdout).accounts.map((a: { email: string; disabled: boolean }) => [a.email, a.disabled]),
      [[email, false]],
    );

    const reset = await run(['admin', 'reset-password', email], env, 'second password 2\n');
    assert.equal(reset.code, 0, reset.stderr);
    assert.match(reset.stdout, new RegExp(email.replace(/[.]/g, '\\.')));

    const disabled = await run(['admin', 'disable', email, '--json'], env, '');
    assert.equal(disabled.code, 0, disabled.stderr);
    assert.equal(JSON.parse(disabled.stdout).account.disabled, true);

    // The audit log names each change, actor type operator.
    const audit = await server.call('GET', 'audit/list', { auth: true, query: { actorType: 'operator' } });
    const actions = audit.body.events.map((e: { action: string }) => e.action);
    for (const action of ['admin.create', 'admin.password', 'admin.disable'])
      assert.ok(actions.includes(action), `${action} is audited`);
  });

  it('refuses a bad e-mail and a weak password with exit code 1, and no password with exit code 2', async () => {
    const badEmail = await run(['admin', 'create', '--email', 'not-an-address'], env, 'long enough password\n');
    assert.equal(badEmail.code, 1);
    assert.match(badEmail.stderr, /^error: params: /m);
    const weak = await run(['admin', 'create', '--email', `weak-${Date.now()}@example.com`], env, 'short\n');
    assert.equal(weak.code, 1);
    assert.match(weak.stderr, /^error: passPolicyError: /m);
    const none = await run(['admin', 'create', '--email', `none-${Date.now()}@example.com`], env, '');
    assert.equal(none.code, 2);
    assert.match(none.stderr, /no password given/);
    const unknown = await run(['admin', 'disable', 'nobody@example.com'], env, '');
    assert.equal(unknown.code, 1);
  });
});

describe('hosted-api preview (owner mails and pages, with sample data)', () => {
  let server: TestServer;
  let env: Record<string, string>;
  before(async () => {
    assert.ok(ensureBuilt(), 'the build failed');
    server = await startTestServer();
    env = serverEnv(server, { MAIL_FROM: 'Portals <portals@example.com>' });
  });
  after(() => server.close({ drop: true }));

  it('prints a mail in a language: headers, then the text part; --html the HTML part', async () => {
    const text = await run(['preview', 'mail', 'activation', '--language', 'fr'], env);
    assert.equal(text.code, 0, text.stderr);
    assert.match(
      text.stdout,
      /^From: Portals <portals@example\.com>\nTo: ada@example\.com\nSubject: Activez votre portail /,
    );
    assert.match(text.stdout, /\n\nBonjour Ada,\n/);
    assert.doesNotMatch(text.stdout, /List-Unsubscribe/, 'activation is transactional');
    const html = await run(['preview', 'mail', 'activation', '--language', 'fr', '--html'], env);
    assert.equal(html.code, 0, html.stderr);
    assert.match(html.stdout, /^<!DOCTYPE html>\n<html lang="fr" dir="ltr">/);
    const alert = await run(['preview', 'mail', 'usage-alert', '--language', 'de'], env);
    assert.equal(alert.code, 0, alert.stderr);
    assert.match(alert.stdout, /^List-Unsubscribe-Post: List-Unsubscribe=One-Click$/m);
  });

  it('prints a page in a language, and refuses an unknown kind or client', async () => {
    const page = await run(['preview', 'page', 'signin', '--language', 'ja'], env);
    assert.equal(page.code, 0, page.stderr);
    assert.match(page.stdout, /<html lang="ja" dir="ltr">/);
    assert.match(page.stdout, /<h1>ログイン<\/h1>/);
    const kind = await run(['preview', 'mail', 'welcome'], env);
    assert.equal(kind.code, 2);
    assert.match(kind.stderr, /there is no mail welcome; choose one of activation, passwordReset/);
    const client = await run(['preview', 'page', 'signin', '--client', 'nobody'], env);
    assert.equal(client.code, 2);
    assert.match(client.stderr, /there is no API client nobody/);
  });
});
