import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, it } from 'node:test';
import { createHostedApi, HostedApiError, type HostedApi } from '../../packages/client/src/index.js';
import { ensureBuilt } from '../../scripts/ensure-build.js';
import { verifyAscToken } from '../../src/domain/tokens/asc-token.js';
import { randomPortalName, startTestServer, type TestServer } from '../helpers/test-server.js';

/**
 * @hosted-solution-api/client against a real server: typed methods, both ways of signing,
 * HostedApiError, and the packed tarball.
 */

const CLIENT_DIR = new URL('../../packages/client/', import.meta.url);

describe('the typed client (@hosted-solution-api/client)', () => {
  let server: TestServer;
  let api: HostedApi;

  before(async () => {
    server = await startTestServer();
    api = createHostedApi({ baseUrl: server.baseUrl, machineKey: server.machineKey, pkey: 'panel' });
  });
  after(() => server.close({ drop: true }));

  it('registers, finds, changes the tariff of, suspends and removes a portal with typed methods', async () => {
    const portalName = randomPortalName();
    const registered = await api.portal.register({
      portalName,
      email: `${portalName}@example.com`,
      firstName: 'Ada',
      lastName: 'Lovelace',
    });
    assert.equal(registered.tenant.portalName, portalName);
    assert.match(registered.reference, /\/confirm\?type=Auth/);

    const found = await api.portal.get({ portalName, statistics: true });
    assert.equal(found.tenants.length, 1);
    assert.equal(found.tenants[0]?.owner?.email, `${portalName}@example.com`);

    const tariff = await api.tariff.set({ portalName, plan: 'business', maxTotalSize: 5497558138883 });
    assert.equal(tariff.tariff.plan, 'business');
    assert.equal(tariff.tariff.maxTotalSize, 5497558138883);
    assert.equal((await api.tariff.get({ tenantId: registered.tenant.tenantId })).tariff.maxTotalSize, 5497558138883);

    assert.equal((await api.portal.status({ portalName, status: 'Suspended' })).tenant.status, 'Suspended');
    assert.equal((await api.portal.remove({ portalName })).removed, true);
    assert.equal((await api.portal.test()).value, 'Portal api works');
  });

  it('signs as an API client with its id and secret, and sees only its own portals', async () => {
    const created = await api.client.create({ name: 'Panel', scopes: ['portals:read', 'portals:write', 'billing'] });
    const asClient = createHostedApi({
      baseUrl: server.baseUrl,
      clientId: created.client.clientId,
      secret: created.secret,
    });
    const portalName = randomPortalName();
    const registered = await asClient.portal.register({
      portalName,
      email: `${portalName}@example.com`,
      firstName: 'Bo',
      lastName: 'Client',
    });
    assert.equal(registered.tenant.clientId, created.client.clientId);
    assert.deepEqual(
      (await asClient.portal.get()).tenants.map((t) => t.portalName),
      [portalName],
    );
    const token = asClient.token() ?? '';
    assert.match(token, new RegExp(`^ASC ${created.client.clientId}:\\d{14}:`));
    // An operator-only method: 403 forbidden, as HostedApiError.
    await assert.rejects(asClient.client.list(), (error: unknown) => {
      assert.ok(error instanceof HostedApiError);
      assert.equal(error.status, 403);
      assert.equal(error.code, 'forbidden');
      assert.equal(error.message, 'Only the operator may call this method');
      return true;
    });
  });

  it('makes tokens the server accepts (standard base64 HMAC-SHA1) and names the operator by its pkey', () => {
    const token = api.token() ?? '';
    const verified = verifyAscToken(
      token,
      { keys: [server.machineKey], trustIntervalMs: 300_000, futureSkewMs: 300_000 },
      new Date(),
    );
    assert.deepEqual(verified, { ok: true, pkey: 'panel' });
  });

  it('throws HostedApiError with status, code and message (every problem of params; variants)', async () => {
    const taken = randomPortalName();
    await api.portal.register({ portalName: taken, email: `${taken}@example.com`, firstName: 'A', lastName: 'B' });
    await assert.rejects(
      api.portal.register({ portalName: taken, email: `${taken}@example.com`, firstName: 'A', lastName: 'B' }),
      (error: unknown) => {
        assert.ok(error instanceof HostedApiError);
        assert.deepEqual([error.status, error.code, error.message], [400, 'portalNameExist', 'Portal already exists']);
        assert.ok((error.variants ?? []).length > 0);
        return true;
      },
    );
    await assert.rejects(api.tariff.set({ portalName: taken, activeUsers: -1 }), (error: unknown) => {
      assert.ok(error instanceof HostedApiError);
      assert.equal(error.code, 'params');
      assert.deepEqual(error.messages, ['activeUsers: must be 0 or more']);
      return true;
    });
    const unsigned = createHostedApi({ baseUrl: server.baseUrl });
    await assert.rejects(
      unsigned.portal.get(),
      (error: unknown) => error instanceof HostedApiError && error.status === 403 && error.code === 'authorization',
    );
    const wrongKey = createHostedApi({ baseUrl: server.baseUrl, machineKey: 'not-the-key' });
    await assert.rejects(
      wrongKey.portal.get(),
      (error: unknown) => error instanceof HostedApiError && error.code === 'authorization',
    );
  });

  it('calls any method by path (methods it does not know yet), under any prefix', async () => {
    const answer = (await api.call('GET', 'portal/test')) as { value: string };
    assert.equal(answer.value, 'Portal api works');
    await assert.rejects(
      api.call('POST', 'no/such-method'),
      (error: unknown) => error instanceof HostedApiError && error.status === 404 && error.code === 'notFound',
    );
    const apisystem = createHostedApi({ baseUrl: server.baseUrl, machineKey: server.machineKey, prefix: '/apisystem' });
    assert.ok(Array.isArray((await apisystem.tariff.all()).tariffs));
  });

  it('reports an unreachable server as HostedApiError status 0, code unreachable', async () => {
    const nowhere = createHostedApi({ baseUrl: 'http://127.0.0.1:9', machineKey: 'k', timeoutMs: 2000 });
    await assert.rejects(
      nowhere.portal.test(),
      (error: unknown) => error instanceof HostedApiError && error.status === 0 && error.code === 'unreachable',
    );
  });
});

describe('the client package as a panel installs it', () => {
  let server: TestServer;
  let dir: string;

  before(async () => {
    server = await startTestServer();
    dir = mkdtempSync(join(tmpdir(), 'hosted-api-client-'));
  });
  after(async () => {
    await server.close({ drop: true });
    rmSync(dir, { recursive: true, force: true });
  });

  it('has no runtime dependency', () => {
    const manifest = JSON.parse(readFileSync(new URL('package.json', CLIENT_DIR), 'utf8'));
    assert.equal(manifest.name, '@hosted-solution-api/client');
    assert.equal(manifest.dependencies, undefined);
    assert.equal(manifest.peerDependencies, undefined);
  });

  it(
    'packs with npm pack, installs from the tarball into an empty project, and works from plain Node',
    { timeout: 180_000 },
    async () => {
      const manifest = JSON.parse(readFileSync(new URL('package.json', CLIENT_DIR), 'utf8'));
      assert.equal(manifest.scripts.prepack, 'npm run build', 'npm pack builds the package first');
      // Built once through the shared build lock; packing without prepack's own rebuild keeps the
      // CLI tests running beside this one from importing a half-written dist/.
      assert.ok(ensureBuilt(), 'the build failed');
      const packed =
        execFileSync('npm', ['pack', '--silent', '--ignore-scripts', '--pack-destination', dir], {
          cwd: CLIENT_DIR,
          encoding: 'utf8',
        })
          .trim()
          .split('\n')
          .pop() ?? '';
      const tarball = join(dir, packed);
      assert.ok(readdirSync(dir).includes(packed), `npm pack wrote ${readdirSync(dir).join(', ')}`);
      const project = join(dir, 'panel');
      execFileSync('mkdir', ['-p', project]);
      writeFileSync(
        join(project, 'package.json'),
        JSON.stringify({ name: 'panel', version: '1.0.0', private: true, type: 'module' }),
      );
      execFileSync('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], {
        cwd: project,
        stdio: 'pipe',
      });
      assert.deepEqual(
        readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.')),
        ['@hosted-solution-api'],
        'nothing else is installed',
      );
      writeFileSync(
        join(project, 'panel.mjs'),
        `import { createHostedApi, HostedApiError } from '@hosted-solution-api/client';
const api = createHostedApi({ baseUrl: process.env.URL, machineKey: process.env.KEY });
const { tenant } = await api.portal.register({ portalName: process.env.NAME, email: 'panel@example.com', firstName: 'P', lastName: 'Anel' });
let code = '';
try { await api.portal.register({ portalName: process.env.NAME, email: 'panel@example.com', firstName: 'P', lastName: 'Anel' }); } catch (e) { code = e instanceof HostedApiError ? e.code : String(e); }
console.log(JSON.stringify({ name: tenant.portalName, code }));
`,
      );
      const name = randomPortalName();
      // Not execFileSync: the server answers from this very process.
      const { stdout } = await promisify(execFile)(process.execPath, ['panel.mjs'], {
        cwd: project,
        encoding: 'utf8',
        env: { ...process.env, URL: server.baseUrl, KEY: server.machineKey, NAME: name },
      });
      assert.deepEqual(JSON.parse(stdout), { name, code: 'portalNameExist' });
    },
  );
});
