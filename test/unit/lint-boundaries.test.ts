import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

/**
 * The import-boundary rule of eslint.config.js, on snippets linted as if they sat at a path in
 * the layered tree. The tree is a scratch copy of the layout (empty files at every layer, those
 * still to come included), so the rule is proved on the structure it describes, not on today's
 * files.
 */
const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RULE = 'boundaries/dependencies';

const LAYOUT = [
  'src/main.ts',
  'src/server.ts',
  'src/app.ts',
  'src/html.ts',
  'src/logger.ts',
  'src/poll-loop.ts',
  'src/domain/errors.ts',
  'src/domain/portal/register-portal.ts',
  'src/wire/portal.ts',
  'src/store/store.ts',
  'src/store/records.ts',
  'src/store/dialects/index.ts',
  'src/store/dialects/sqlite.ts',
  'src/store/tables/index.ts',
  'src/store/repositories/users.ts',
  'src/store/migrations/001_initial.ts',
  'src/store/migrations/column-types.ts',
  'src/http/request-host.ts',
  'src/http/api/errors.ts',
  'src/http/api/routes/portal/index.ts',
  'src/http/web/forms.ts',
  'src/http/pages/index.ts',
  'src/http/console/index.ts',
  'src/config/config.ts',
  'src/mail/transport.ts',
  'src/protection/client-key.ts',
  'src/webhook-delivery/delivery-sender.ts',
  'src/metrics/metrics.ts',
  'src/cli/index.ts',
  'src/i18n/index.ts',
  'src/i18n/locales/en.ts',
  'packages/client/src/index.ts',
];

const project = mkdtempSync(join(tmpdir(), 'hosted-api-lint-boundaries-'));
for (const file of LAYOUT) {
  mkdirSync(dirname(join(project, file)), { recursive: true });
  writeFileSync(join(project, file), 'export const x = 1;\n');
}
after(() => rmSync(project, { recursive: true, force: true }));

const eslint = new ESLint({
  cwd: project,
  overrideConfigFile: join(REPO, 'eslint.config.js'),
  overrideConfig: { settings: { 'boundaries/root-path': project } },
});

/** The boundary messages for `source` linted as the file at `path` in the scratch tree. */
async function boundaryErrors(path: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = [x];\n`, { filePath: join(project, path) });
  assert.ok(result, 'eslint returned no result');
  const fatal = result.messages.filter((m) => m.fatal);
  assert.deepEqual(fatal, [], `${path} did not parse`);
  return result.messages.filter((m) => m.ruleId === RULE).map((m) => m.message);
}

async function assertRefused(path: string, specifier: string, kind: 'value' | 'type' = 'value'): Promise<void> {
  const source = kind === 'type' ? `import type { x } from '${specifier}';` : `import { x } from '${specifier}';`;
  const errors = await boundaryErrors(path, source);
  assert.ok(errors.length > 0, `${path} importing ${specifier} was let through`);
}

async function assertAllowed(path: string, specifier: string): Promise<void> {
  assert.deepEqual(
    await boundaryErrors(path, `import { x } from '${specifier}';`),
    [],
    `${path} importing ${specifier}`,
  );
}

describe('the import-boundary rule (eslint.config.js): every import is refused unless its layer lists it', () => {
  it('refuses a domain file importing HTTP, the configuration, Fastify, SQL (kysely), store internals or the process', async () => {
    for (const target of [
      '../http/api/errors.js',
      '../http/request-host.js',
      '../wire/portal.js',
      '../app.js',
      '../server.js',
    ]) {
      await assertRefused('src/domain/register.ts', target);
    }
    await assertRefused('src/domain/register.ts', '../config/config.js', 'type');
    for (const specifier of ['fastify', '@fastify/cookie', 'kysely', 'pino'])
      await assertRefused('src/domain/register.ts', specifier);
    for (const target of ['dialects/sqlite.js', 'tables/index.js', 'migrations/001_initial.js']) {
      await assertRefused('src/domain/register.ts', `../store/${target}`);
    }
    for (const target of [
      'mail/transport.js',
      'protection/client-key.js',
      'webhook-delivery/delivery-sender.js',
      'cli/index.js',
    ]) {
      await assertRefused('src/domain/register.ts', `../${target}`);
    }
  });

  it('lets a domain file import the domain, the store API, html.ts, built-ins and zod', async () => {
    for (const specifier of [
      './errors.js',
      './portal/register-portal.js',
      '../store/store.js',
      '../store/records.js',
      '../store/repositories/users.js',
      '../html.js',
      'node:crypto',
      'zod',
    ]) {
      await assertAllowed('src/domain/register.ts', specifier);
    }
  });

  it('refuses the domain reading process.env, Date.now() or the system clock', async () => {
    for (const source of [
      'export const y = process.env.X;',
      'export const y = Date.now();',
      'export const y = new Date();',
    ]) {
      const [result] = await eslint.lintText(source, { filePath: join(project, 'src/domain/register.ts') });
      assert.ok(
        result?.messages.some((m) =>
          ['no-restricted-globals', 'no-restricted-properties', 'no-restricted-syntax'].includes(m.ruleId ?? ''),
        ),
        source,
      );
    }
    const [given] = await eslint.lintText('export const y = new Date(0);', {
      filePath: join(project, 'src/domain/register.ts'),
    });
    assert.deepEqual(
      given?.messages.filter((m) => m.ruleId?.startsWith('no-restricted')),
      [],
      'a given time is fine',
    );
  });

  it('refuses the store importing anything above it or html.ts, and allows its own parts', async () => {
    for (const target of [
      'domain/errors.js',
      'wire/portal.js',
      'http/api/errors.js',
      'config/config.js',
      'mail/transport.js',
      'protection/client-key.js',
      'webhook-delivery/delivery-sender.js',
      'html.js',
      'main.js',
      'server.js',
      'app.js',
    ]) {
      await assertRefused('src/store/repositories/tenants.ts', `../../${target}`);
    }
    await assertRefused('src/store/store.ts', '../domain/errors.js', 'type');
    await assertAllowed('src/store/repositories/tenants.ts', '../dialects/sqlite.js');
    await assertAllowed('src/store/repositories/tenants.ts', '../tables/index.js');
    await assertAllowed('src/store/store.ts', './migrations/001_initial.js');
  });

  it('lets a migration import only other migrations and kysely', async () => {
    await assertAllowed('src/store/migrations/002_webhooks.ts', './column-types.js');
    await assertAllowed('src/store/migrations/002_webhooks.ts', 'kysely');
    for (const specifier of ['../records.js', '../tables/index.js', '../dialects/sqlite.js', 'node:crypto', 'zod']) {
      await assertRefused('src/store/migrations/002_webhooks.ts', specifier);
    }
  });

  it('refuses the webhook sender, mail, protection and metrics importing HTTP, the app or store internals', async () => {
    for (const [from, up] of [
      ['src/webhook-delivery/delivery-sender.ts', '..'],
      ['src/mail/transport.ts', '..'],
      ['src/protection/client-key.ts', '..'],
      ['src/metrics/metrics.ts', '..'],
    ] as const) {
      for (const target of [
        'http/api/errors.js',
        'http/api/routes/portal/index.js',
        'http/request-host.js',
        'app.js',
        'server.js',
        'store/dialects/sqlite.js',
      ]) {
        await assertRefused(from, `${up}/${target}`);
      }
    }
    await assertRefused('src/mail/transport.ts', 'fastify');
    await assertAllowed('src/webhook-delivery/delivery-sender.ts', '../wire/portal.js');
    await assertAllowed('src/webhook-delivery/delivery-sender.ts', '../store/repositories/users.js');
  });

  it('keeps the HTTP surfaces apart: pages and the console share http/web, never each other', async () => {
    await assertRefused('src/http/pages/index.ts', '../console/index.js');
    await assertRefused('src/http/console/index.ts', '../pages/index.js');
    await assertRefused('src/http/web/forms.ts', '../pages/index.js');
    await assertRefused('src/http/api/errors.ts', '../web/forms.js');
    await assertRefused('src/http/api/errors.ts', '../../store/dialects/sqlite.js');
    await assertAllowed('src/http/console/index.ts', '../web/forms.js');
    await assertAllowed('src/http/pages/index.ts', '../web/forms.js');
    await assertAllowed('src/http/console/index.ts', '../api/errors.js');
    await assertAllowed('src/http/api/routes/portal/index.ts', '../../../../wire/portal.js');
  });

  it('refuses wire/ importing HTTP, and the request helpers importing a surface', async () => {
    await assertRefused('src/wire/portal.ts', '../http/api/errors.js');
    await assertRefused('src/wire/portal.ts', 'fastify');
    await assertRefused('src/http/request-host.ts', './api/errors.js');
    await assertAllowed('src/wire/portal.ts', '../domain/errors.js');
  });

  it('refuses every import of main.ts, and of server.ts outside main, cli/, bench/, scripts/ and test/', async () => {
    await assertRefused('src/server.ts', './main.js');
    await assertRefused('test/e2e/process.test.ts', '../../src/main.js');
    await assertRefused('src/http/api/errors.ts', '../../server.js');
    await assertRefused('src/app.ts', './server.js');
    await assertAllowed('src/main.ts', './server.js');
    await assertAllowed('src/cli/index.ts', '../server.js');
    await assertAllowed('test/helpers/test-server.ts', '../../src/server.js');
    await assertAllowed('bench/server-process.ts', '../src/server.js');
    await assertAllowed('scripts/generate-client.ts', '../src/server.js');
  });

  it('refuses config/ importing HTTP, the store, mail or the webhook sender', async () => {
    for (const target of [
      'http/api/errors.js',
      'store/store.js',
      'store/records.js',
      'store/repositories/users.js',
      'mail/transport.js',
      'webhook-delivery/delivery-sender.js',
    ]) {
      await assertRefused('src/config/schema.ts', `../${target}`);
    }
    await assertAllowed('src/config/schema.ts', 'zod');
    await assertAllowed('src/config/schema.ts', '../domain/errors.js');
  });

  it('keeps i18n/ a leaf: its own files and built-ins only; HTTP and mail may use it', async () => {
    for (const specifier of [
      '../domain/errors.js',
      '../http/api/errors.js',
      '../mail/transport.js',
      '../html.js',
      'zod',
    ]) {
      await assertRefused('src/i18n/translator.ts', specifier);
    }
    await assertRefused('src/i18n/translator.ts', '../store/records.js', 'type');
    await assertAllowed('src/i18n/translator.ts', './locales/en.js');
    await assertAllowed('src/i18n/locales/de.ts', '../index.js');
    await assertAllowed('src/i18n/format.ts', 'node:util');
    await assertAllowed('src/http/pages/views.ts', '../../i18n/index.js');
    await assertAllowed('src/mail/templates/en.ts', '../../i18n/index.js');
  });

  it('refuses everything to a folder no layer lists (a new folder must be given its imports first)', async () => {
    for (const specifier of ['../domain/errors.js', '../html.js', '../store/store.js']) {
      await assertRefused('src/newthing/feature.ts', specifier);
    }
  });
});

describe('the lifecycle and bulk job runners (src/lifecycle-runner.ts, src/bulk-job-runner.ts)', () => {
  it('import the domain, the poll loop, built-ins and pino, and nothing of HTTP, the store, mail or the app', async () => {
    for (const from of ['src/lifecycle-runner.ts', 'src/bulk-job-runner.ts']) {
      for (const specifier of ['./domain/errors.js', './poll-loop.js', 'node:crypto', 'pino'])
        await assertAllowed(from, specifier);
      for (const specifier of [
        './http/api/errors.js',
        './store/store.js',
        './mail/transport.js',
        './app.js',
        './server.js',
        'fastify',
      ])
        await assertRefused(from, specifier);
    }
  });
});
