import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';
import { loadConfig } from '../src/config/config.js';
import { createServer } from '../src/server.js';

/**
 * `npm run generate:client`: writes the typed client's generated sources from the server's own
 * /openapi.json — packages/client/src/generated/openapi.ts (the types, by openapi-typescript)
 * and methods.ts (one method per API method). test/http/client-generated.test.ts fails when
 * running it again would change them.
 */

// The document is read field by field as openapi.test.ts checks it: any keeps this tool short.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = Record<string, any>;

/** Where the generated files live. */
export const GENERATED_DIR = fileURLToPath(new URL('../packages/client/src/generated/', import.meta.url));

const HEADER = "// Generated from the server's /openapi.json by `npm run generate:client`: do not edit by hand.\n";

/** The document the server serves, from a server built on a throwaway SQLite database (it never listens). */
export async function currentDocument(): Promise<Json> {
  const dir = mkdtempSync(join(tmpdir(), 'hosted-api-openapi-'));
  try {
    const config = loadConfig({
      DATA_DIR: dir,
      DATABASE_URL: `sqlite:${join(dir, 'describe.db')}`,
      MACHINE_KEY: 'describe',
      LOG_LEVEL: 'silent',
    });
    const server = await createServer(config, { maintenance: false });
    try {
      await server.app.ready();
      const res = await server.app.inject({ method: 'GET', url: '/openapi.json' });
      if (res.statusCode !== 200) throw new Error(`GET /openapi.json answered ${res.statusCode}`);
      return res.json();
    } finally {
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The generated files' contents, by file name. */
export async function clientSources(document: Json): Promise<Record<string, string>> {
  const types = astToString(await openapiTS(document as never));
  return { 'openapi.ts': HEADER + types, 'methods.ts': methodsSource(document) };
}

interface Method {
  readonly group: string;
  readonly name: string;
  readonly verb: string;
  readonly path: string;
  readonly id: string;
  readonly op: Json;
}

/** The method table and the typed interface over it. */
function methodsSource(document: Json): string {
  const methods: Method[] = [];
  for (const [fullPath, item] of Object.entries(document.paths as Json)) {
    for (const [verb, op] of Object.entries(item as Json)) {
      if (!['get', 'post', 'put', 'delete', 'patch'].includes(verb)) continue;
      const path = fullPath.replace(/^\/api\//, '');
      const [group = '', ...rest] = path.split('/');
      methods.push({ group, name: rest.join('_') || verb, verb: verb.toUpperCase(), path, id: op.operationId, op });
    }
  }
  methods.sort((a, b) => (a.group === b.group ? a.name.localeCompare(b.name) : a.group.localeCompare(b.group)));
  const groups = [...new Set(methods.map((m) => m.group))];
  const components = Object.keys((document.components?.schemas ?? {}) as Json).sort();
  const pascal = (id: string) => id.charAt(0).toUpperCase() + id.slice(1);

  const lines: string[] = [
    HEADER,
    "import type { CallOptions } from '../client.js';",
    "import type { components, operations } from './openapi.js';",
    '',
  ];
  lines.push(
    '/** Every API method, by group and name: its HTTP verb, its path under the API prefix, and whether it takes parameters. */',
    'export const METHODS = {',
  );
  for (const group of groups) {
    lines.push(`  ${group}: {`);
    for (const m of methods.filter((x) => x.group === group)) {
      lines.push(
        `    ${m.name}: { verb: '${m.verb}', path: '${m.path}', params: ${paramsOf(document, m) !== undefined} },`,
      );
    }
    lines.push('  },');
  }
  lines.push('} as const;', '');

  lines.push(
    '/** The typed methods: one per API method (`api.portal.register(params)`). */',
    'export interface ApiMethods {',
  );
  for (const group of groups) {
    lines.push(`  readonly ${group}: {`);
    for (const m of methods.filter((x) => x.group === group)) {
      const params = paramsOf(document, m);
      const access = m.op['x-access'] === 'signed' ? `signed, scope \`${m.op['x-scope']}\`` : m.op['x-access'];
      lines.push(`    /** ${m.verb} ${m.path}: ${m.op.summary} (${access}). */`);
      const argument = params === undefined ? '' : `params${params.required ? '' : '?'}: ${pascal(m.id)}Params, `;
      lines.push(`    ${m.name}(${argument}options?: CallOptions): Promise<${pascal(m.id)}Answer>;`);
    }
    lines.push('  };');
  }
  lines.push('}', '');

  for (const m of methods) {
    const params = paramsOf(document, m);
    if (params !== undefined && params.type !== undefined) {
      lines.push(`/** Parameters of ${m.path}. */`, `export type ${pascal(m.id)}Params = ${params.type};`);
    }
    const success = Object.keys(m.op.responses as Json).find((s) => /^2\d\d$/.test(s));
    lines.push(
      `/** Answer of ${m.path}. */`,
      `export type ${pascal(m.id)}Answer = operations['${m.id}']['responses'][${success}]['content']['application/json'];`,
    );
  }
  lines.push('');
  lines.push('/* The shared shapes of the API, by their names in the document. */');
  for (const name of components) lines.push(`export type ${name} = components['schemas']['${name}'];`);
  return `${lines.join('\n')}\n`;
}

/**
 * A method's parameter type: a body component's name (already exported with the components),
 * or the query parameters; undefined for a method without parameters.
 */
function paramsOf(document: Json, m: Method): { type: string | undefined; required: boolean } | undefined {
  const body = m.op.requestBody?.content?.['application/json']?.schema as Json | undefined;
  if (body !== undefined) {
    const name = String(body.$ref ?? '').replace('#/components/schemas/', '');
    const schema = document.components.schemas[name] as Json | undefined;
    if (schema === undefined) throw new Error(`${m.path}: the body is not a component`);
    const required = Array.isArray(schema.required) && schema.required.length > 0;
    // Usually named <Operation>Params already, and exported with the components; another
    // method's parameters (the same input) get an alias.
    const own = `${m.id.charAt(0).toUpperCase()}${m.id.slice(1)}Params`;
    return { type: name === own ? undefined : `components['schemas']['${name}']`, required };
  }
  const parameters = (m.op.parameters ?? []) as Json[];
  if (parameters.length === 0) return undefined;
  return {
    type: `NonNullable<operations['${m.id}']['parameters']['query']>`,
    required: parameters.some((p) => p.required === true),
  };
}

async function main(): Promise<void> {
  const sources = await clientSources(await currentDocument());
  for (const [file, text] of Object.entries(sources)) {
    writeFileSync(join(GENERATED_DIR, file), text);
    process.stdout.write(`wrote ${join('packages/client/src/generated', file)}\n`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
