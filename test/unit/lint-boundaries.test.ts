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
  'src/domain/errors.ts',
  'src/domain/portal/register-portal.ts',
  'src/store/store.ts',
  'src/store/records.ts',
  'src/store/dialects.ts',
  'src/store/dialects/sqlite.ts',
  'src/store/tables/tenants.ts',
  'src/store/repositories/users.ts',
  'src/store/migrations/001_initial.ts',
  'src/store/migrations/column-types.ts',
  'src/http/errors.ts',
  'src/config/config.ts',
  'src/mail/transport.ts',
  'src/protection/client-key.ts',
  'src/webhooks/sender.ts',
  'src/cli/index.ts',
  'src/i18n/index.ts',
  'src/i18n/locales/en.ts',
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

describe('the import-boundary rule (eslint.config.js)', () => {
  it('refuses a domain file importing http/errors.js, a type from config/, or Fastify', async () => {
    await assertRefused('src/domain/register.ts', '../http/errors.js');
    await assertRefused('src/domain/portal/register-portal.ts', '../../http/errors.js');
    await assertRefused('src/domain/register.ts', '../config/config.js', 'type');
    await assertRefused('src/domain/register.ts', 'fastify');
    await assertRefused('src/domain/register.ts', 'fastify', 'type');
    await assertRefused('src/domain/register.ts', '@fastify/cookie');
  });

  it('refuses a domain file importing store internals, mail, protection, main, server or app', async () => {
    for (const target of [
      'store/dialects.js',
      'store/dialects/sqlite.js',
      'store/tables/tenants.js',
      'store/migrations/001_initial.js',
      'mail/transport.js',
      'protection/client-key.js',
      'main.js',
      'server.js',
      'app.js',
      'cli/index.js',
    ]) {
      await assertRefused('src/domain/register.ts', `../${target}`);
    }
  });

  it('lets a domain file import the domain, the store API, html.ts, built-ins and npm packages', async () => {
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

  it('refuses the store importing a layer above it, and allows its own parts', async () => {
    for (const target of [
      'domain/errors.js',
      'http/errors.js',
      'config/config.js',
      'mail/transport.js',
      'protection/client-key.js',
      'webhooks/sender.js',
      'main.js',
      'server.js',
      'app.js',
    ]) {
      await assertRefused('src/store/repositories/tenants.ts', `../../${target}`);
    }
    await assertRefused('src/store/store.ts', '../domain/errors.js', 'type');
    await assertAllowed('src/store/repositories/tenants.ts', '../dialects/sqlite.js');
    await assertAllowed('src/store/repositories/tenants.ts', '../tables/tenants.js');
    await assertAllowed('src/store/store.ts', '../store/migrations/001_initial.js');
  });

  it('lets a migration import only other migrations and kysely', async () => {
    await assertAllowed('src/store/migrations/002_webhooks.ts', './column-types.js');
    await assertAllowed('src/store/migrations/002_webhooks.ts', 'kysely');
    for (const specifier of ['../records.js', '../tables/tenants.js', '../dialects/sqlite.js', 'node:crypto', 'zod']) {
      await assertRefused('src/store/migrations/002_webhooks.ts', specifier);
    }
  });

  it('refuses http/ importing store dialects, tables or migrations, and allows the store API and the domain', async () => {
    const route = 'src/http/routes/portal/index.ts';
    for (const target of [
      'store/dialects.js',
      'store/dialects/sqlite.js',
      'store/tables/tenants.js',
      'store/migrations/001_initial.js',
    ]) {
      await assertRefused(route, `../../../${target}`);
    }
    await assertAllowed(route, '../../../store/repositories/users.js');
    await assertAllowed(route, '../../../domain/errors.js');
    await assertAllowed(route, 'fastify');
  });

  it('refuses every import of main.ts, and of server.ts outside main, cli/, bench/, scripts/ and test/', async () => {
    await assertRefused('src/server.ts', './main.js');
    await assertRefused('test/e2e/process.test.ts', '../../src/main.js');
    await assertRefused('src/http/errors.ts', '../server.js');
    await assertRefused('src/app.ts', './server.js');
    await assertAllowed('src/main.ts', './server.js');
    await assertAllowed('src/cli/index.ts', '../server.js');
    await assertAllowed('test/helpers/test-server.ts', '../../src/server.js');
    await assertAllowed('bench/server-process.ts', '../src/server.js');
    await assertAllowed('scripts/generate-client.ts', '../src/server.js');
  });

  it('refuses config/ importing http/, the store or mail/', async () => {
    for (const target of [
      'http/errors.js',
      'store/store.js',
      'store/records.js',
      'store/repositories/users.js',
      'mail/transport.js',
    ]) {
      await assertRefused('src/config/schema.ts', `../${target}`);
    }
    await assertAllowed('src/config/schema.ts', 'zod');
  });

  it('keeps i18n/ a leaf: its own files and built-ins only; http/ and mail/ may use it', async () => {
    for (const specifier of ['../domain/errors.js', '../http/errors.js', '../mail/transport.js', '../html.js', 'zod']) {
      await assertRefused('src/i18n/translator.ts', specifier);
    }
    await assertRefused('src/i18n/translator.ts', '../store/records.js', 'type');
    await assertAllowed('src/i18n/translator.ts', './locales/en.js');
    await assertAllowed('src/i18n/locales/de.ts', '../index.js');
    await assertAllowed('src/i18n/format.ts', 'node:util');
    await assertAllowed('src/http/pages/views.ts', '../../i18n/index.js');
    await assertAllowed('src/mail/templates/en.ts', '../../i18n/index.js');
  });
});
