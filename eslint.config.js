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
 * first). Folders that do not exist yet (store/dialects/, webhooks/, cli/, client/) are listed so
 * the rules hold the day they appear. File descriptors rather than element descriptors: several
 * layers are single files (main.ts, server.ts, store/store.ts), and element patterns match folders.
 */
const LAYERS = [
  { category: 'main', pattern: 'src/main.ts' },
  { category: 'server', pattern: 'src/server.ts' },
  { category: 'app', pattern: 'src/app.ts' },
  { category: 'html', pattern: 'src/html.ts' },
  { category: 'domain', pattern: 'src/domain/**' },
  // What the domain may see of the store: the Store handle, the record types, the repositories.
  { category: 'store-api', pattern: ['src/store/store.ts', 'src/store/records.ts', 'src/store/repositories/**'] },
  { category: 'store-dialects', pattern: ['src/store/dialects.ts', 'src/store/dialects/**'] },
  { category: 'store-tables', pattern: 'src/store/tables/**' },
  { category: 'store-migrations', pattern: 'src/store/migrations/**' },
  { category: 'store-internal', pattern: 'src/store/**' },
  { category: 'http', pattern: 'src/http/**' },
  { category: 'config', pattern: 'src/config/**' },
  { category: 'mail', pattern: 'src/mail/**' },
  { category: 'protection', pattern: 'src/protection/**' },
  { category: 'webhooks', pattern: 'src/webhooks/**' },
  { category: 'cli', pattern: 'src/cli/**' },
  { category: 'client', pattern: 'src/client/**' },
  { category: 'i18n', pattern: 'src/i18n/**' },
  { category: 'src-other', pattern: 'src/**' },
  { category: 'test', pattern: 'test/**' },
  { category: 'bench', pattern: 'bench/**' },
  { category: 'scripts', pattern: 'scripts/**' },
];

const STORE = ['store-api', 'store-dialects', 'store-tables', 'store-migrations', 'store-internal'];

/** A selector for files in any of the given layers. */
const layer = (...categories) => ({ file: { categories: categories.flat() } });

/**
 * `boundaries/dependencies` policies. Every import is checked, type-only ones too; the last
 * policy that matches an import decides, and an import no policy matches is allowed.
 */
const POLICIES = [
  // domain/: the rules, framework-free. Among our files only other domain code, the store's
  // API and html.ts; any npm package or built-in except Fastify.
  {
    from: layer('domain'),
    disallow: { to: { module: { origin: 'local' } } },
    message: 'domain/ may import only domain/, store/store.ts, store/records.ts, store/repositories/ and html.ts',
  },
  {
    from: layer('domain'),
    allow: { to: layer('domain', 'store-api', 'html') },
  },
  {
    from: layer('domain'),
    disallow: { to: { module: { origin: 'external', source: ['fastify', 'fastify-*', '@fastify/*'] } } },
    message: 'domain/ is framework-free: no Fastify',
  },
  // store/: the bottom layer knows nothing above it.
  {
    from: layer(STORE),
    disallow: { to: layer('domain', 'http', 'config', 'mail', 'protection', 'webhooks', 'main', 'server', 'app') },
    message: 'store/ must not import {{to.file.categories}} (imports point downward: http → domain → store)',
  },
  // Migrations are frozen in time: other migration files and kysely, nothing else.
  {
    from: layer('store-migrations'),
    disallow: { to: { module: { origin: ['local', 'external', 'core'] } } },
    message: 'a migration may import only other migration files and kysely',
  },
  {
    from: layer('store-migrations'),
    allow: [{ to: layer('store-migrations') }, { to: { module: { origin: 'external', source: 'kysely' } } }],
  },
  // http/ reaches the store through the domain and the store's API, never its internals.
  {
    from: layer('http'),
    disallow: { to: layer('store-dialects', 'store-tables', 'store-migrations') },
    message: 'http/ must not import store internals ({{to.file.categories}})',
  },
  // config/ reads settings; it knows nothing of HTTP, the store or mail.
  {
    from: layer('config'),
    disallow: { to: layer('http', 'mail', STORE) },
    message: 'config/ must not import {{to.file.categories}}',
  },
  // i18n/: the owner's languages, used by the pages, the mail and later the console. A leaf: its
  // own files and node built-ins only, so using it never drags another layer or a package along.
  {
    from: layer('i18n'),
    disallow: { to: { module: { origin: ['local', 'external'] } } },
    message: 'i18n/ is a leaf: it may import only i18n/ and node built-ins',
  },
  {
    from: layer('i18n'),
    allow: { to: layer('i18n') },
  },
  // main.ts is the process: nothing imports it.
  {
    disallow: { to: layer('main') },
    message: 'nothing may import src/main.ts (it is the process, not a module)',
  },
  // server.ts is the composition root for the process, the CLI, benches and tests only.
  {
    disallow: { to: layer('server') },
    message: 'only src/main.ts, src/cli/, bench/, scripts/ and test/ may import src/server.ts',
  },
  {
    from: layer('main', 'cli', 'bench', 'scripts', 'test'),
    allow: { to: layer('server') },
  },
];

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
    rules: {
      // checkAllOrigins: imports of npm packages and built-ins go through the policies too (no
      // Fastify in the domain); checkUnknownLocals: so do local imports that reach no layer (a
      // path that does not resolve), which the domain's catch-all then refuses.
      'boundaries/dependencies': [
        'error',
        { default: 'allow', checkAllOrigins: true, checkUnknownLocals: true, policies: POLICIES },
      ],
    },
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
