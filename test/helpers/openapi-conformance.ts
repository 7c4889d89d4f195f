import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';

/**
 * Checks answers of the API against the server's own /openapi.json: the status must be declared
 * for that path and method, and the body must match its schema (errors: ErrorBody). The HTTP
 * tests run every answer through this (test/helpers/test-server.ts), so the description cannot
 * drift from what the server does. Pages, /health, /docs and everything else outside the API
 * prefixes are not described, and not checked.
 */

/** One answer as the test saw it. */
export interface Answer {
  readonly method: string;
  readonly url: URL;
  readonly status: number;
  readonly contentType: string | null;
  /** The parsed JSON body, or undefined when the body was empty or not JSON. */
  readonly body: unknown;
  readonly text: string;
}

export interface Conformance {
  /** Throws an Error naming the mismatch when the answer does not conform to the document. */
  check(answer: Answer): void;
}

type Json = { [key: string]: unknown };

/** The prefixes every method is served under, longest first; the document lists /api. */
const PREFIXES = ['/apisystem/api', '/apisystem', '/api'];
const DOCUMENT_ID = 'https://hosted-solution-api.test/openapi.json';
const METHODS = ['get', 'post', 'put', 'delete', 'patch'];

/** Compiled once per document text: every test server of a test file serves the same one. */
const cache = new Map<string, Conformance>();

/** The checker for the document the server at `baseUrl` serves. */
export async function conformanceOf(baseUrl: string): Promise<Conformance> {
  const response = await fetch(new URL('/openapi.json', baseUrl));
  const text = await response.text();
  if (response.status !== 200) throw new Error(`GET /openapi.json answered ${response.status}: ${text.slice(0, 200)}`);
  let checker = cache.get(text);
  if (checker === undefined) {
    checker = compile(JSON.parse(text) as Json);
    cache.set(text, checker);
  }
  return checker;
}

function compile(document: Json): Conformance {
  const ajv = new Ajv2020({ strict: false, validateFormats: false, allErrors: true });
  ajv.addSchema({ ...document, $id: DOCUMENT_ID });
  const paths = new Map<string, { original: string; item: Json }>();
  for (const [path, item] of Object.entries((document.paths ?? {}) as Record<string, Json>))
    paths.set(path.toLowerCase(), { original: path, item });
  const validators = new Map<string, ValidateFunction>();
  const validatorAt = (pointer: string): ValidateFunction => {
    let validate = validators.get(pointer);
    if (validate === undefined) {
      validate = ajv.compile({ $ref: `${DOCUMENT_ID}#${pointer}` });
      validators.set(pointer, validate);
    }
    return validate;
  };
  const errorBody = () => validatorAt('/components/schemas/ErrorBody');

  return {
    check(answer) {
      const path = operationPath(answer.url);
      const method = answer.method.toLowerCase();
      // Outside the API (pages, /health, /docs…), and HEAD (Fastify answers it for every GET, without a body).
      if (path === undefined || method === 'head') return;
      const where = `${answer.method.toUpperCase()} ${answer.url.pathname} (${path} in /openapi.json) answered ${answer.status}`;
      const found = paths.get(path);
      const operation =
        found !== undefined && METHODS.includes(method) ? (found.item[method] as Json | undefined) : undefined;

      if (found === undefined || operation === undefined) {
        const expected = found === undefined ? 404 : 405;
        if (answer.status !== expected) {
          fail(
            `${where}, but ${found === undefined ? 'the path is not in the document' : 'the document has no such method at this path'}: only ${expected} is expected there`,
            answer,
          );
        }
        validateBody(where, answer, errorBody());
        return;
      }

      const responses = (operation.responses ?? {}) as Record<string, Json>;
      const declared = responses[String(answer.status)];
      if (declared === undefined)
        fail(`${where}, which the document does not declare (declared: ${Object.keys(responses).join(', ')})`, answer);
      let pointer = `/paths/${escape(found.original)}/${method}/responses/${answer.status}`;
      let response = declared;
      const ref = declared.$ref;
      if (typeof ref === 'string') {
        pointer = ref.replace(/^#/, '');
        response = resolve(document, pointer);
      }
      const content = response.content as Record<string, unknown> | undefined;
      if (content?.['application/json'] === undefined) {
        if (answer.text !== '') fail(`${where} with a body, which the document does not describe`, answer);
        return;
      }
      validateBody(where, answer, validatorAt(`${pointer}/content/application~1json/schema`));
    },
  };
}

function validateBody(where: string, answer: Answer, validate: ValidateFunction): void {
  if (!(answer.contentType ?? '').toLowerCase().startsWith('application/json'))
    fail(`${where} with Content-Type ${answer.contentType}, not JSON`, answer);
  if (answer.body === undefined) fail(`${where} with a body that is not JSON`, answer);
  if (validate(answer.body)) return;
  const problems = (validate.errors ?? [])
    .slice(0, 8)
    .map(
      (e) =>
        `  ${e.instancePath || '(body)'} ${e.message ?? ''}${e.params && Object.keys(e.params).length > 0 ? ` ${JSON.stringify(e.params)}` : ''}`,
    );
  fail(`${where} with a body that does not match the document:\n${problems.join('\n')}`, answer);
}

function fail(message: string, answer: Answer): never {
  throw new Error(`answer does not conform to /openapi.json: ${message}\nbody: ${answer.text.slice(0, 600)}`);
}

/** The described path of a request URL, as the router matches it; undefined outside the API prefixes. */
export function operationPath(url: URL): string | undefined {
  let path = url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
  path = path.replace(/\.json\/?$/, '').replace(/\/+$/, '');
  for (const prefix of PREFIXES) {
    if (path === prefix || path.startsWith(`${prefix}/`)) return `/api${path.slice(prefix.length)}`;
  }
  return undefined;
}

/** A path as a JSON pointer token (RFC 6901). */
function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

function resolve(document: Json, pointer: string): Json {
  let node: unknown = document;
  for (const raw of pointer.split('/').slice(1)) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    node = (node as Json | undefined)?.[token];
  }
  if (node === undefined || node === null || typeof node !== 'object')
    throw new Error(`the document has nothing at ${pointer}`);
  return node as Json;
}
