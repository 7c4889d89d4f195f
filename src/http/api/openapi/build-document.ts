import type { z } from 'zod';
import { namedSchemas } from '../../../wire/named.js';
import type { RouteSpec } from '../route-spec.js';
import type { ApiRoute } from './api-routes.js';
import { errorResponseName, errorResponses, errorSchemas, errorStatusesOf, errorTable } from './error-responses.js';
import { convertSchemas, type ConvertedSchemas, type JsonSchema } from './json-schemas.js';
import { accessExtensions, accessSentence, securityOf, securitySchemes } from './security.js';

/** What the document is built from. */
export interface DocumentSource {
  /** The routes under `described` (see collectApiRoutes). */
  readonly routes: readonly ApiRoute[];
  /** The prefix the paths are written under, e.g. `/api`. */
  readonly described: string;
  /** Every prefix the same methods answer under, for the description. */
  readonly prefixes: readonly string[];
  /** The server's version (package.json). */
  readonly version: string;
}

/** Methods whose parameters are described as a request body (they read the query string too). */
const BODY_METHODS = new Set(['POST', 'PUT', 'PATCH']);

/** A line about each group of methods, for the tag list; groups not named here are listed without one. */
const TAG_DESCRIPTIONS: Readonly<Record<string, string>> = {
  portal: 'Portals (tenants) and their owners: register, find, suspend, resume, remove, sign in.',
  tariff: "Each portal's tariff: plan, users, sizes, features and due date.",
  settings: 'Text settings of one portal, or global ones (`tenantId=-1`, operator only).',
  people: 'Portal owners by id.',
  client: "API clients (operator only): a reseller's or a billing panel's own secret, scopes and quotas.",
  webhook: 'Signed HTTP callbacks (Standard Webhooks) when portals change.',
  audit: 'The audit log: every change, who made it and when.',
  lifecycle: 'What the server does by itself about due dates, non-payment and scheduled removals.',
  job: 'Bulk jobs (made by `portal/bulk`): their progress, and cancelling them.',
};

/** The OpenAPI 3.1 document of the routes' declarations. */
export function buildOpenApiDocument(source: DocumentSource): JsonSchema {
  const declared = source.routes.filter((r): r is ApiRoute & { spec: RouteSpec } => r.spec !== undefined);
  const schemas: z.ZodType[] = [];
  for (const { spec } of declared) {
    if (spec.input !== undefined) schemas.push(spec.input);
    schemas.push(...Object.values(spec.responses));
  }
  const converted = convertSchemas(schemas, namedSchemas);

  const paths: Record<string, Record<string, JsonSchema>> = {};
  const ids = new Set<string>();
  const bodies = new BodySchemas(converted);
  for (const route of sortRoutes(declared)) {
    const item = (paths[route.path] ??= {});
    item[route.method.toLowerCase()] = operation(route, converted, bodies, operationId(route, ids));
  }

  // The groups in the order a newcomer meets them; groups not listed in TAG_DESCRIPTIONS come last.
  const known = Object.keys(TAG_DESCRIPTIONS);
  const rank = (tag: string) => (known.includes(tag) ? known.indexOf(tag) : known.length);
  const used = [...new Set(sortRoutes(declared).map((r) => r.spec.tag))].sort(
    (a, b) => rank(a) - rank(b) || a.localeCompare(b),
  );
  const tags = used.map((name) => {
    const description = TAG_DESCRIPTIONS[name];
    return description === undefined ? { name } : { name, description };
  });

  const document: JsonSchema = {
    openapi: '3.1.0',
    info: {
      title: 'Hosted Solution API',
      version: source.version,
      description: infoDescription(source),
    },
    tags,
    paths,
    components: {
      schemas: { ...converted.components, ...bodies.components, ...errorSchemas() },
      responses: errorResponses(),
      securitySchemes: securitySchemes(),
    },
  };
  const undeclared = source.routes.filter((r) => r.spec === undefined).map((r) => `${r.method} ${r.path}`);
  // A route without a declaration is still served; the document says so (and a test fails on it).
  if (undeclared.length > 0) document['x-undeclared-routes'] = undeclared;
  return document;
}

/** One operation: summary, access, parameters or body, answers and the errors that apply. */
function operation(
  route: ApiRoute & { spec: RouteSpec },
  converted: ConvertedSchemas,
  bodies: BodySchemas,
  id: string,
): JsonSchema {
  const { spec } = route;
  const method = route.method.toUpperCase();
  const examples = spec.examples;
  const op: JsonSchema = {
    operationId: id,
    summary: spec.summary,
    description: [
      accessSentence(spec.access),
      BODY_METHODS.has(method)
        ? 'Parameters in a JSON or form body, or in the query string.'
        : 'Parameters in the query string (a JSON or form body is read too).',
    ].join(' '),
    tags: [spec.tag],
    security: securityOf(spec.access),
    ...accessExtensions(spec.access),
  };

  if (spec.input !== undefined) {
    if (BODY_METHODS.has(method)) {
      const schema = bodies.refTo(spec.input, `${id.charAt(0).toUpperCase()}${id.slice(1)}Params`);
      const media = (): JsonSchema =>
        examples?.request === undefined ? { schema } : { schema, example: examples.request };
      op.requestBody = {
        required: false,
        content: { 'application/json': media(), 'application/x-www-form-urlencoded': media() },
      };
    } else {
      op.parameters = queryParameters(inputSchema(converted.of(spec.input)), examples?.request);
    }
  }

  const responses: Record<string, JsonSchema> = {};
  for (const [status, schema] of Object.entries(spec.responses)) {
    const example = examples?.responses?.[Number(status)];
    const media: JsonSchema = { schema: converted.of(schema) };
    if (example !== undefined) media.example = example;
    responses[status] = { description: successDescription(Number(status)), content: { 'application/json': media } };
  }
  for (const status of errorStatusesOf(method))
    responses[String(status)] = { $ref: `#/components/responses/${errorResponseName(status)}` };
  op.responses = responses;
  return op;
}

/**
 * An input as a request body or query: unknown names are ignored, not refused (liberal reading),
 * and every field is optional as far as parsing goes — a missing required value gets its own
 * error code from the method (`portalNameEmpty`, `emailEmpty`, `params`…).
 */
function inputSchema(schema: JsonSchema): JsonSchema {
  const { additionalProperties: _strict, ...rest } = schema;
  return rest;
}

/**
 * The parameters of the methods that take a body, one component each (`PortalRegisterParams`),
 * which the JSON and the form body share (and the typed client names).
 */
class BodySchemas {
  readonly components: Record<string, JsonSchema> = {};
  private readonly names = new Map<z.ZodType, string>();

  constructor(private readonly converted: ConvertedSchemas) {}

  refTo(input: z.ZodObject, name: string): JsonSchema {
    let given = this.names.get(input);
    if (given === undefined) {
      given = name;
      this.names.set(input, given);
      this.components[given] = inputSchema(this.converted.of(input));
    }
    return { $ref: `#/components/schemas/${given}` };
  }
}

/** The query parameters of a GET or DELETE, one per input field. */
function queryParameters(input: JsonSchema, example: Readonly<Record<string, unknown>> | undefined): JsonSchema[] {
  const properties = (input.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set(Array.isArray(input.required) ? (input.required as string[]) : []);
  return Object.entries(properties).map(([name, schema]) => {
    const parameter: JsonSchema = { name, in: 'query', required: required.has(name), schema };
    if (typeof schema.description === 'string') parameter.description = schema.description;
    if (example?.[name] !== undefined) parameter.example = example[name];
    return parameter;
  });
}

function successDescription(status: number): string {
  if (status === 201) return 'Created';
  if (status === 202) return 'Accepted';
  if (status === 204) return 'No content';
  return 'OK';
}

/** `portal/register` → `portalRegister`; unique within the document (the method is added when a path has two). */
function operationId(route: ApiRoute, taken: Set<string>): string {
  const rest = route.path.split('/').filter(Boolean).slice(1);
  let id = rest
    .map((part, i) => (i === 0 ? part : part.charAt(0).toUpperCase() + part.slice(1)))
    .join('')
    .replace(/[^A-Za-z0-9]/g, '');
  if (taken.has(id)) id = `${id}${route.method.charAt(0)}${route.method.slice(1).toLowerCase()}`;
  taken.add(id);
  return id;
}

/** Routes in path order (then method), so the document does not depend on registration order. */
function sortRoutes<T extends ApiRoute>(routes: readonly T[]): T[] {
  return [...routes].sort((a, b) =>
    a.path === b.path ? a.method.localeCompare(b.method) : a.path.localeCompare(b.path),
  );
}

function infoDescription(source: DocumentSource): string {
  const others = source.prefixes.filter((p) => p !== source.described).map((p) => `\`${p}/\``);
  return [
    'A self-hostable, ONLYOFFICE-compatible **Hosted Solution API**: the control plane through which a billing panel registers office portals (tenants), lists, suspends, resumes and removes them, and sets their tariffs — plus API clients with their own keys and scopes, and an audit log.',
    '',
    `**Paths.** Every method is listed under \`${source.described}/\` and answers the same under ${others.join(' and ')}. Paths are case-insensitive; a trailing slash and a \`.json\` suffix are ignored.`,
    '',
    '**Parameters** are read liberally, the same way by every method: the query string, a JSON body and a form body are merged (the body wins), names match in any case, numbers and booleans may be sent as text (`"5"`; `true`/`false`, `1`/`0`, `yes`/`no`, `on`/`off`), an empty value counts as absent, and a list is a JSON array, repeated fields or one comma-separated text. Every method reads the query string; POST and PUT also read a body. The schemas give the canonical types; unknown parameters are ignored. Which parameters a method needs is decided by the method, which answers with its own error code (for example `portalNameEmpty`).',
    '',
    '**Authentication**: the `ASC` token in the `Authorization` header (see the security scheme). Each operation says whether it is open, needs a client scope (`x-scope`) or is operator only.',
    '',
    '**Errors** are JSON (`ErrorBody`): `{"error": "<code>", "message": "<text>" | ["<problem>", …]}`. A path that is no method answers 404 `notFound`; a method at a path that has another one, 405 `methodNotAllowed`. Every code:',
    '',
    errorTable(),
  ].join('\n');
}
