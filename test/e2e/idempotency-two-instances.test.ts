import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { signAscToken } from '../../src/domain/tokens/asc-token.js';
import { createServerDatabase } from '../helpers/server-database.js';
import { waitForAnnouncedPort } from '../helpers/server-process.js';
import { registration } from '../helpers/test-server.js';

/**
 * Idempotent retries behind a load balancer: the stored answers and the in-flight marks live in
 * the database, so a panel's retries of one registration spread over two server processes make
 * exactly one portal, and every answer is the first one's replay or a 409 while it runs. On
 * PostgreSQL (TEST_POSTGRES_URL) and MySQL/MariaDB (TEST_MYSQL_URL), each only when its URL is given.
 */

const SERVERS = [
  { title: 'PostgreSQL', variable: 'TEST_POSTGRES_URL', url: process.env.TEST_POSTGRES_URL?.trim() || undefined },
  { title: 'MySQL/MariaDB', variable: 'TEST_MYSQL_URL', url: process.env.TEST_MYSQL_URL?.trim() || undefined },
];

const MACHINE_KEY = `idempotency-two-${randomBytes(8).toString('hex')}`;

interface Instance {
  port: number;
  readonly dir: string;
  readonly child: ChildProcess;
  readonly output: () => string;
  readonly exited: Promise<unknown>;
}

interface Answer {
  readonly status: number;
  readonly replayed: string | null;
  readonly text: string;
}

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
      REDIS_URL: '',
      SMTP_URL: '',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (d) => (output += String(d)));
  child.stderr?.on('data', (d) => (output += String(d)));
  const exited = new Promise((resolve) => child.once('exit', resolve));
  const instance: Instance = { port: 0, dir, child, output: () => output, exited };
  instance.port = await waitForAnnouncedPort(
    instance.output,
    () => child.exitCode !== null || child.signalCode !== null,
  );
  return instance;
}

async function register(instance: Instance, key: string, body: unknown): Promise<Answer> {
  const res = await fetch(`http://127.0.0.1:${instance.port}/api/portal/register`, {
    method: 'POST',
    headers: {
      authorization: signAscToken(MACHINE_KEY, 'billing-panel', new Date()),
      'content-type': 'application/json',
      'idempotency-key': key,
    },
    body: JSON.stringify(body),
  });
  return { status: res.status, replayed: res.headers.get('idempotent-replayed'), text: await res.text() };
}

for (const server of SERVERS) {
  const skip =
    server.url === undefined
      ? `${server.variable} is not set: two instances need a shared ${server.title} server`
      : false;
  if (skip) process.stdout.write(`idempotency-two-instances: skipped: ${skip}\n`);
  describe(`Idempotency-Key across two server processes on one ${server.title} database`, { skip }, () => {
    let drop: (() => Promise<void>) | undefined;
    const instances: Instance[] = [];

    before(async () => {
      assert.ok(server.url);
      const database = await createServerDatabase(server.url);
      drop = database.drop;
      // One after the other: the first migrates, the second finds the schema ready.
      instances.push(await startInstance('idem-a', database.url));
      instances.push(await startInstance('idem-b', database.url));
    });

    after(async () => {
      for (const instance of instances) {
        if (instance.child.exitCode === null && instance.child.signalCode === null) {
          instance.child.kill('SIGTERM');
          await instance.exited;
        }
        rmSync(instance.dir, { recursive: true, force: true });
      }
      await drop?.();
    });

    it('16 concurrent retries of one registration over both instances: one portal, every answer a replay of it or a 409', async () => {
      const [a, b] = instances as [Instance, Instance];
      for (let round = 0; round < 3; round++) {
        const body = registration();
        const key = `panel-order-${randomBytes(6).toString('hex')}`;
        const answers = await Promise.all(
          Array.from({ length: 16 }, (_, i) => register(i % 2 === 0 ? a : b, key, body)),
        );
        const summary = answers.map((r) => `${r.status} ${r.replayed ?? '-'} ${r.text.slice(0, 60)}`).join('\n');
        const ran = answers.filter((r) => r.status === 201 && r.replayed === null);
        assert.equal(ran.length, 1, summary);
        for (const answer of answers) {
          if (answer === ran[0]) continue;
          if (answer.status === 409) assert.match(answer.text, /"error":"conflict"/);
          else {
            assert.equal(answer.status, 201, summary);
            assert.equal(answer.replayed, 'true');
            assert.equal(answer.text, ran[0]?.text, 'a replay is the first answer, byte for byte');
          }
        }
        // Afterwards both instances replay it.
        for (const instance of [a, b]) {
          const late = await register(instance, key, body);
          assert.equal(late.status, 201);
          assert.equal(late.replayed, 'true');
          assert.equal(late.text, ran[0]?.text);
        }
        const listed = await fetch(`http://127.0.0.1:${b.port}/api/portal/get?portalName=${String(body.portalName)}`, {
          headers: { authorization: signAscToken(MACHINE_KEY, 'billing-panel', new Date()) },
        });
        assert.equal(((await listed.json()) as { tenants: unknown[] }).tenants.length, 1);
      }
    });
  });
}
