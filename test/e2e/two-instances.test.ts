import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { signAscToken } from '../../src/domain/tokens/asc-token.js';
import { createServerDatabase } from '../helpers/server-database.js';
import { randomPortalName, registration } from '../helpers/test-server.js';
import { waitForAnnouncedPort } from '../helpers/server-process.js';

/**
 * Scale-out (README "Several instances"): two real server processes on one database behave as
 * one service. Names, tariffs, statuses and attempt counters live in the database, so it does
 * not matter which instance a load balancer picks. Runs on PostgreSQL (TEST_POSTGRES_URL) and on
 * MySQL/MariaDB (TEST_MYSQL_URL), each only when its URL is given.
 */

const SERVERS = [
  { title: 'PostgreSQL', variable: 'TEST_POSTGRES_URL', url: process.env.TEST_POSTGRES_URL?.trim() || undefined },
  { title: 'MySQL/MariaDB', variable: 'TEST_MYSQL_URL', url: process.env.TEST_MYSQL_URL?.trim() || undefined },
];

const MACHINE_KEY = `two-instances-${randomBytes(8).toString('hex')}`;
const TIB = 2 ** 40;

interface Instance {
  readonly name: string;
  /** Known once the process has announced it (it listens on PORT=0). */
  port: number;
  readonly dir: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<number | null>;
}

interface Answer {
  readonly status: number;
  readonly headers: Headers;
  readonly body: any;
}

/** `node --import tsx src/main.ts`, as an operator would run one instance. */
async function startInstance(name: string, databaseUrl: string): Promise<Instance> {
  const dir = mkdtempSync(join(tmpdir(), `hosted-api-${name}-`));
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: process.cwd(),
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      DATABASE_POOL_SIZE: '5',
      MACHINE_KEY,
      DATA_DIR: dir,
      LOG_LEVEL: 'info',
      AUTH_ALLOW_SKIP_REGISTER: 'true',
      MAX_ATTEMPTS_COUNT: '3',
      MAX_ATTEMPTS_INTERVAL: '300',
      REDIS_URL: '',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return { name, port: 0, dir, child, output: () => output, exited };
}

async function waitForHealth(instance: Instance): Promise<void> {
  const gone = () => instance.child.exitCode !== null || instance.child.signalCode !== null;
  instance.port = await waitForAnnouncedPort(instance.output, gone);
  const res = await fetch(`http://127.0.0.1:${instance.port}/health`);
  assert.equal(res.status, 200, `${instance.name} is not healthy:\n${instance.output()}`);
}

async function call(instance: Instance, method: string, path: string, json?: unknown, signed = true): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (signed) headers.authorization = signAscToken(MACHINE_KEY, 'two-instances', new Date());
  if (json !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`http://127.0.0.1:${instance.port}/api/${path}`, {
    method,
    headers,
    body: json === undefined ? undefined : JSON.stringify(json),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text === '' ? undefined : JSON.parse(text) };
}

/** Sends SIGTERM and resolves with the exit code. */
async function stop(instance: Instance): Promise<number | null> {
  if (instance.child.exitCode !== null) return instance.child.exitCode;
  instance.child.kill('SIGTERM');
  return instance.exited;
}

for (const server of SERVERS) {
  const skip =
    server.url === undefined
      ? `${server.variable} is not set: two instances need a shared ${server.title} server`
      : false;
  if (skip) process.stdout.write(`two-instances: skipped: ${skip}\n`);
  describe(`two server processes on one ${server.title} database`, { skip }, () => twoInstances(server.url));
}

function twoInstances(serverUrl: string | undefined): void {
  let drop: (() => Promise<void>) | undefined;
  const instances: Instance[] = [];
  let a: Instance;
  let b: Instance;

  before(async () => {
    assert.ok(serverUrl);
    const database = await createServerDatabase(serverUrl);
    drop = database.drop;
    // Both start at the same moment on an empty database: migrations and the attempt-counter
    // table are created by whichever gets there first, and the other must cope.
    a = await startInstance('instance-a', database.url);
    b = await startInstance('instance-b', database.url);
    instances.push(a, b);
    await Promise.all([waitForHealth(a), waitForHealth(b)]);
  });

  after(async () => {
    for (const instance of instances) {
      if (instance.child.exitCode === null && instance.child.signalCode === null) {
        instance.child.kill('SIGKILL');
        await instance.exited;
      }
      rmSync(instance.dir, { recursive: true, force: true });
    }
    await drop?.();
  });

  it('gives one name to exactly one of 16 concurrent registrations spread across both', async () => {
    const portalName = randomPortalName('race');
    const answers = await Promise.all(
      Array.from({ length: 16 }, (_, i) =>
        call(i % 2 === 0 ? a : b, 'POST', 'portal/register', registration({ portalName })),
      ),
    );
    const created = answers.filter((r) => r.status === 201);
    const refused = answers.filter((r) => r.status === 400);
    assert.equal(created.length, 1, JSON.stringify(answers.map((r) => [r.status, r.body?.error])));
    assert.equal(refused.length, 15);
    for (const r of refused) assert.equal(r.body.error, 'portalNameExist');

    for (const instance of [a, b]) {
      const listed = await call(instance, 'GET', `portal/get?portalName=${portalName}`);
      assert.equal(listed.status, 200);
      assert.deepEqual(
        listed.body.tenants.map((t: { tenantId: number }) => t.tenantId),
        [created[0]?.body.tenant.tenantId],
      );
    }
  });

  it('shows a tariff set through one instance through the other', async () => {
    const registered = await call(a, 'POST', 'portal/register', registration());
    assert.equal(registered.status, 201);
    const portalName: string = registered.body.tenant.portalName;
    const set = await call(a, 'PUT', 'tariff/set', {
      portalName,
      maxTotalSize: 5 * TIB + 3,
      activeUsers: 42,
      dueDate: '2031-01-02T03:04:05.678Z',
    });
    assert.equal(set.status, 200);

    const seen = await call(b, 'GET', `tariff/get?portalName=${portalName}`);
    assert.equal(seen.status, 200);
    assert.equal(seen.body.tariff.maxTotalSize, 5 * TIB + 3);
    assert.equal(seen.body.tariff.activeUsers, 42);
    assert.equal(seen.body.tariff.dueDate, '2031-01-02T03:04:05.678Z');
  });

  it('shows a status changed through one instance through the other', async () => {
    const registered = await call(b, 'POST', 'portal/register', registration());
    const portalName: string = registered.body.tenant.portalName;
    const suspended = await call(b, 'PUT', 'portal/status', { portalName, status: 'Suspended' });
    assert.equal(suspended.body.tenant.status, 'Suspended');

    const seen = await call(a, 'GET', `portal/get?portalName=${portalName}&status=all`);
    assert.equal(seen.body.tenants[0]?.status, 'Suspended');
    // And back, the other way round.
    await call(a, 'PUT', 'portal/status', { portalName, status: 'Active' });
    const active = await call(b, 'GET', `portal/get?portalName=${portalName}`);
    assert.equal(active.body.tenants[0]?.status, 'Active');
  });

  it('shares the attempt limit: anonymous registrations alternating between instances are refused on the 4th', async () => {
    const answers: Answer[] = [];
    for (const instance of [a, b, a, b])
      answers.push(await call(instance, 'POST', 'portal/register', registration(), false));
    assert.deepEqual(
      answers.slice(0, 3).map((r) => r.status),
      [201, 201, 201],
      JSON.stringify(answers.map((r) => r.body)),
    );
    const fourth = answers[3];
    assert.equal(fourth?.status, 400);
    assert.equal(fourth?.body.error, 'tooMuchAttempts');
    assert.ok(Number(fourth?.headers.get('retry-after')) > 0);
    // The other instance refuses too: neither keeps its own count.
    assert.equal((await call(a, 'POST', 'portal/register', registration(), false)).body.error, 'tooMuchAttempts');
  });

  it('finishes a request in flight when told to stop, then exits with code 0', async () => {
    // A registration whose body arrives in two parts: the server has the request, not yet its body.
    const body = JSON.stringify(registration());
    const half = Math.floor(body.length / 2);
    const responded = new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port: b.port,
          method: 'POST',
          path: '/api/portal/register',
          headers: {
            'content-type': 'application/json',
            'content-length': Buffer.byteLength(body),
            authorization: signAscToken(MACHINE_KEY, 'two-instances', new Date()),
          },
        },
        (res) => {
          let text = '';
          res.on('data', (d) => (text += String(d)));
          res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
        },
      );
      req.on('error', reject);
      req.write(body.slice(0, half));
      setTimeout(() => {
        b.child.kill('SIGTERM');
        // Shutting down, but still waiting for the request it has.
        setTimeout(() => {
          try {
            assert.equal(b.child.exitCode, null, 'exited with a request in flight');
          } catch (error) {
            reject(error);
          }
          req.end(body.slice(half));
        }, 500);
      }, 300);
    });
    const answer = await responded;
    assert.equal(answer.status, 201, answer.body);
    assert.equal(JSON.parse(answer.body).tenant.status, 'Active');
    // Promptly: the kept-alive connection that carried the request does not hold the process.
    const late = new Promise<string>((resolve) =>
      setTimeout(() => resolve('still running 3 s after its last answer'), 3000).unref(),
    );
    assert.equal(await Promise.race([b.exited, late]), 0, b.output());

    // The portal it registered while stopping is there: the other instance sees it.
    const portalName = JSON.parse(answer.body).tenant.portalName;
    const seen = await call(a, 'GET', `portal/get?portalName=${portalName}`);
    assert.equal(seen.body.tenants.length, 1);
  });

  it('stops the other instance cleanly on SIGTERM (exit code 0)', async () => {
    assert.equal(await stop(a), 0, a.output());
    assert.equal(await stop(b), 0, b.output());
  });
}
