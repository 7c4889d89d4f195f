// @ts-check
import js from '@eslint/js';
import boundaries from 'eslint-plugin-boundaries';
import { defineConfig } from 'eslint/config';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';

/**
 * `npm run lint` (and a step of `npm test`): typescript-eslint's recommended rules, and the
 * import boundaries of docs/ARCHITECTURE.md ("imports point downward only: http → domain →
 * store") checked by eslint-plugin-boundaries. Not type-aware: the rules we want are syntactic,
 * and `tsc` already type-checks every file in `npm test`; typescript-eslint's type-checked
 * configs would build the program a second time (about three times the lint time here) and
 * need a tsconfig that covers test/ and bench/ for the project service.
 */

/** The repository root: the layer patterns below are relative to it, wherever eslint is started. */
const ROOT = dirname(fileURLToPath(import.meta.url));

/**
 * The layers, by path. Each file takes the first category whose pattern matches (most specific
 * first). File descriptors rather than element descriptors: several layers are single files
 * (main.ts, server.ts, app.ts), and element patterns match folders. A file in no layer is in
 * `unlisted`, which may import nothing of ours: a new folder must be given a layer and its
 * allowed imports here before it lints.
 */
const LAYERS = [
  { category: 'main', pattern: 'src/main.ts' },
  { category: 'server', pattern: 'src/server.ts' },
  { category: 'app', pattern: 'src/app.ts' },
  { category: 'html', pattern: 'src/html.ts' },
  { category: 'logger', pattern: 'src/logger.ts' },
  { category: 'maintenance', pattern: 'src/maintenance.ts' },
  { category: 'poll-loop', pattern: 'src/poll-loop.ts' },
  { category: 'lifecycle-runner', pattern: 'src/lifecycle-runner.ts' },
  { category: 'bulk-job-runner', pattern: 'src/bulk-job-runner.ts' },
  { category: 'domain', pattern: 'src/domain/**' },
  { category: 'wire', pattern: 'src/wire/**' },
  { category: 'i18n', pattern: 'src/i18n/**' },
  { category: 'store-migrations', pattern: 'src/store/migrations/**' },
  { category: 'store-dialects', pattern: 'src/store/dialects/**' },
  { category: 'store-tables', pattern: 'src/store/tables/**' },
  // What the rest of the server may see of the store: the handle, the records, the repositories.
  { category: 'store', pattern: 'src/store/**' },
  { category: 'http-api', pattern: 'src/http/api/**' },
  { category: 'http-web', pattern: 'src/http/web/**' },
  { category: 'http-pages', pattern: 'src/http/pages/**' },
  { category: 'http-console', pattern: 'src/http/console/**' },
  // What every HTTP surface reads of a request (its host, the client's address), and in-flight tracking.
  { category: 'http-shared', pattern: 'src/http/*.ts' },
  { category: 'config', pattern: 'src/config/**' },
  { category: 'mail', pattern: 'src/mail/**' },
  { category: 'protection', pattern: 'src/protection/**' },
  { category: 'webhook-delivery', pattern: 'src/webhook-delivery/**' },
  { category: 'metrics', pattern: 'src/metrics/**' },
  { category: 'cli', pattern: 'src/cli/**' },
  { category: 'unlisted', pattern: 'src/**' },
  // The typed API client (its own package): what the CLI is built on.
  { category: 'client-package', pattern: 'packages/client/**' },
  { category: 'test', pattern: 'test/**' },
  { category: 'bench', pattern: 'bench/**' },
  { category: 'scripts', pattern: 'scripts/**' },
];

/** A selector for files in any of the given layers. */
const layer = (...categories) => ({ file: { categories: categories.flat() } });
/** Node's built-in modules. */
const CORE = { module: { origin: 'core' } };
/** npm packages (all, or those named). */
const packages = (...names) => ({ module: { origin: 'external', ...(names.length > 0 ? { source: names } : {}) } });

/**
 * What each layer may import: anything not listed here is refused (the rule's default is
 * disallow). Imports point down: http → wire → domain → store; webhook-delivery, mail,
 * protection, metrics and config never import http, app or server.
 */
const ALLOWED = {
  main: [layer('server', 'config', 'domain', 'logger'), CORE, packages()],
  server: [
    layer('app', 'config', 'domain', 'store', 'logger', 'mail', 'maintenance', 'metrics', 'protection'),
    layer('lifecycle-runner', 'bulk-job-runner'),
    layer('webhook-delivery', 'http-shared', 'http-api'),
    CORE,
    packages(),
  ],
  app: [
    layer('config', 'domain', 'metrics', 'http-shared', 'http-api', 'http-web', 'http-pages', 'http-console'),
    CORE,
    packages(),
  ],
  html: [CORE],
  logger: [layer('domain'), packages('pino')],
  maintenance: [layer('domain'), packages('pino')],
  'poll-loop': [CORE],
  // The periodic lifecycle policy and the bulk job runner: the domain's use cases on a poll loop.
  'lifecycle-runner': [layer('domain', 'poll-loop'), CORE, packages('pino')],
  'bulk-job-runner': [layer('domain', 'poll-loop'), CORE, packages('pino')],
  // The rules: framework-free, no SQL (kysely), no HTTP; the store's API and node built-ins.
  domain: [layer('domain', 'store', 'html'), CORE, packages('zod')],
  // The vocabulary the outside world sees: the domain's records in the shapes of the API (and their compiled JSON).
  wire: [layer('wire', 'domain', 'store'), packages('zod', '@fastify/fast-json-stringify-compiler')],
  // A leaf: the owner's languages, used by the pages, the mail and the console.
  i18n: [layer('i18n'), CORE],
  'store-migrations': [layer('store-migrations'), packages('kysely')],
  'store-dialects': [layer('store-dialects'), CORE, packages()],
  'store-tables': [layer('store-tables'), packages('kysely')],
  store: [layer('store', 'store-dialects', 'store-tables', 'store-migrations'), CORE, packages()],
  'http-shared': [layer('http-shared', 'domain'), CORE, packages('fastify')],
  'http-api': [layer('http-api', 'http-shared', 'wire', 'domain', 'store', 'metrics'), CORE, packages()],
  'http-web': [layer('http-web', 'http-shared', 'http-api', 'domain', 'html', 'i18n'), CORE, packages()],
  'http-pages': [
    layer('http-pages', 'http-web', 'http-shared', 'http-api', 'wire', 'domain', 'store', 'html', 'i18n'),
    CORE,
    packages(),
  ],
  // The console previews the owner's mails with their own renderers (mail/render); pages come through app.ts.
  'http-console': [
    layer('http-console', 'http-web', 'http-shared', 'http-api', 'wire', 'domain', 'store', 'html', 'i18n'),
    layer('mail'),
    CORE,
    packages(),
  ],
  // Settings read once; they build the domain's options and know nothing of HTTP, the store or mail.
  config: [layer('config', 'domain'), CORE, packages('zod')],
  mail: [
    layer('mail', 'config', 'domain', 'store', 'html', 'i18n', 'wire', 'poll-loop'),
    CORE,
    packages('nodemailer', 'pino'),
  ],
  protection: [
    layer('protection', 'config', 'domain', 'store'),
    CORE,
    packages('pino', 'rate-limiter-flexible', 'ioredis'),
  ],
  'webhook-delivery': [
    layer('webhook-delivery', 'domain', 'store', 'wire', 'poll-loop'),
    CORE,
    packages('pino', 'standardwebhooks'),
  ],
  metrics: [layer('metrics', 'domain', 'store', 'mail'), CORE, packages('prom-client')],
  // The CLI's previews render an owner's mails and pages with the server's own renderers.
  cli: [
    layer('cli', 'client-package', 'server', 'config', 'domain', 'store', 'logger', 'wire', 'i18n', 'mail'),
    layer('http-pages'),
    CORE,
    packages(),
  ],
  'client-package': [layer('client-package'), CORE],
  unlisted: [],
  test: [],
  bench: [],
  scripts: [],
};
// Tests, benches and scripts exercise the whole server: they may import any of it.
const EVERYTHING = [layer(LAYERS.map((l) => l.category)), CORE, packages()];
for (const category of ['test', 'bench', 'scripts']) ALLOWED[category] = EVERYTHING;

/** Policies every layer is held to, beside its own list. */
const SHARED_POLICIES = [
  // main.ts is the process: nothing imports it.
  { disallow: { to: layer('main') }, message: 'nothing may import src/main.ts (it is the process, not a module)' },
  {
    from: layer(Object.keys(ALLOWED).filter((c) => !['main', 'cli', 'test', 'bench', 'scripts'].includes(c))),
    disallow: { to: layer('server') },
    message: 'only src/main.ts, src/cli/, bench/, scripts/ and test/ may import src/server.ts (the composition root)',
  },
];

/**
 * The rule, one configuration block per layer: a file is held to its own layer's policy (and the
 * shared ones) only. One block with every layer's policy gave the same verdicts, but the plugin
 * matched each import against all of them: three quarters of the lint's time. A block's files are
 * its pattern less every earlier (more specific) layer's, as the plugin's first match would have it.
 */
const BOUNDARY_BLOCKS = LAYERS.flatMap(({ category, pattern }, index) =>
  // The client package is linted as a package of its own; here it is only imported.
  pattern.startsWith('packages/')
    ? []
    : [
        {
          files: [pattern],
          ignores: LAYERS.slice(0, index).map((earlier) => earlier.pattern),
          rules: {
            'boundaries/dependencies': [
              'error',
              {
                default: 'disallow',
                checkAllOrigins: true,
                checkUnknownLocals: true,
                policies: [
                  { from: layer(category), allow: ALLOWED[category].map((to) => ({ to })) },
                  ...SHARED_POLICIES,
                ],
                message:
                  '{{from.file.categories}} may not import this ({{to.file.categories}}{{to.module.source}}): see the layers in eslint.config.js',
              },
            ],
          },
        },
      ],
);

export default defineConfig(
  { ignores: ['dist/', 'packages/*/dist/', 'coverage/', 'data/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    rules: {
      'no-console': 'off',
      // tsc (noUnusedLocals) accepts `const { secret: _omitted, ...rest } = x`, the way to drop a field.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Prettier wraps code at 120 columns but leaves comments alone: they wrap there too. Text
      // a user reads (strings, templates) stays whole, so it can be searched for.
      'max-len': [
        'error',
        { code: 120, ignoreUrls: true, ignoreStrings: true, ignoreTemplateLiterals: true, ignoreRegExpLiterals: true },
      ],
    },
  },
  {
    // eslint.config.js and the test reporter: plain JavaScript run by Node.
    files: ['**/*.js'],
    languageOptions: { globals: { process: 'readonly' } },
  },
  {
    files: ['src/**', 'test/**', 'bench/**', 'scripts/**'],
    plugins: { boundaries },
    settings: {
      'boundaries/files': LAYERS,
      'boundaries/files-single-match': true,
      'boundaries/root-path': ROOT,
      // Resolves `./x.js` to `./x.ts` as TypeScript does, so an import is classified by the file it reaches.
      'import/resolver': { typescript: { project: `${ROOT}/tsconfig.check.json` } },
    },
  },
  ...BOUNDARY_BLOCKS,
  {
    // No hidden inputs below the process: configuration and a clock are passed in, so tests can
    // set them. main.ts and the CLI are processes; the system clock is made in one place; the
    // attempt counters' sweep follows rate-limiter-flexible's own wall-clock expiry.
    files: ['src/**/*.ts'],
    ignores: ['src/main.ts', 'src/cli/**', 'src/domain/clock.ts', 'src/protection/attempt-counter.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'read settings from the Config passed in, not process' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'take the time from the Clock passed in' },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'take the time from the Clock passed in',
        },
      ],
    },
  },
  {
    // Written by npm run generate:client from /openapi.json: its lines are the document's.
    files: ['packages/client/src/generated/**'],
    rules: { 'max-len': 'off' },
  },
  {
    // Tests and benches read arbitrary JSON answers and assert what they just checked: `any` and
    // `!` are fine there; app code narrows `unknown` instead.
    files: ['test/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
