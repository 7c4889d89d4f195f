import { z } from 'zod';

/** A JSON Schema (2020-12, the dialect of OpenAPI 3.1) as plain JSON. */
export type JsonSchema = { [keyword: string]: unknown };

/** The zod schemas of every operation as JSON Schema: shared shapes by reference, the rest inline. */
export interface ConvertedSchemas {
  /** The named shapes (see `named` in ../route-spec.ts), for `components/schemas`. */
  readonly components: Readonly<Record<string, JsonSchema>>;
  /** One schema of an operation: a `$ref` when it is a named shape, else its JSON Schema. */
  of(schema: z.ZodType): JsonSchema;
}

const COMPONENTS = '#/components/schemas/';
/** Ids given to an operation's own schemas while converting; they never reach the document. */
const INLINE_PREFIX = '__inline';

/**
 * Converts the given schemas in one pass, so a shape named in `named` becomes one component that
 * every schema refers to. Schemas are described as they leave parsing (`io: 'output'`): the
 * canonical types. Inputs are read liberally (numbers as text, "yes" for true…), which their
 * z.preprocess steps do before validating; the document describes what those steps produce.
 */
export function convertSchemas(
  schemas: Iterable<z.ZodType>,
  named: z.core.$ZodRegistry<{ id: string }>,
): ConvertedSchemas {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of named._idmap) registry.add(schema, { id });
  const ids = new Map<z.ZodType, string>();
  for (const schema of schemas) {
    if (named.has(schema) || ids.has(schema)) continue;
    const id = `${INLINE_PREFIX}${ids.size}`;
    ids.set(schema, id);
    registry.add(schema, { id });
  }

  const converted = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    uri: (id) => `${COMPONENTS}${id}`,
  }).schemas as Record<string, JsonSchema>;
  // Zod puts schemas carrying a global `.meta({ id })` under "__shared": name shapes with `named` instead.
  if ('__shared' in converted)
    throw new Error('a schema has a global meta id: name shared shapes with named() from route-spec.ts');
  const cleaned: Record<string, JsonSchema> = {};
  for (const [id, schema] of Object.entries(converted)) cleaned[id] = tidy(schema);

  const inline = (id: string, seen: readonly string[]): JsonSchema => {
    if (seen.includes(id)) throw new Error(`schema ${id} contains itself`);
    return replaceInlineRefs(cleaned[id] ?? {}, (ref) => inline(ref, [...seen, id]));
  };
  const components: Record<string, JsonSchema> = {};
  for (const id of [...named._idmap.keys()].sort()) components[id] = inline(id, []);

  return {
    components,
    of(schema) {
      const id = named.get(schema)?.id;
      if (id !== undefined) return { $ref: `${COMPONENTS}${id}` };
      const own = ids.get(schema);
      if (own === undefined) throw new Error('schema was not converted');
      return inline(own, []);
    },
  };
}

/**
 * Drops what a reader does not need: the dialect and id zod writes on every component, and the
 * safe-integer range it adds to every whole number (every JSON number a client sends is in it).
 */
function tidy(schema: JsonSchema): JsonSchema {
  return mapSchema(schema, (node) => {
    const { $schema: _dialect, $id: _id, ...rest } = node;
    if (rest.type === 'integer' && rest.minimum === Number.MIN_SAFE_INTEGER) delete rest.minimum;
    if (rest.type === 'integer' && rest.maximum === Number.MAX_SAFE_INTEGER) delete rest.maximum;
    return rest;
  });
}

/** Replaces every `$ref` to an operation's own (inline) schema by that schema. */
function replaceInlineRefs(schema: JsonSchema, resolve: (id: string) => JsonSchema): JsonSchema {
  return mapSchema(schema, (node) => {
    const ref = node.$ref;
    if (typeof ref === 'string' && ref.startsWith(`${COMPONENTS}${INLINE_PREFIX}`)) {
      const { $ref: _ref, ...rest } = node;
      return { ...resolve(ref.slice(COMPONENTS.length)), ...rest };
    }
    return node;
  });
}

/** Applies `change` to every object in a JSON value, innermost first; returns a copy. */
function mapSchema(value: JsonSchema, change: (node: JsonSchema) => JsonSchema): JsonSchema {
  const walk = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(walk);
    if (node === null || typeof node !== 'object') return node;
    const copy: JsonSchema = {};
    for (const [key, inner] of Object.entries(node)) copy[key] = walk(inner);
    return change(copy);
  };
  return walk(value) as JsonSchema;
}
