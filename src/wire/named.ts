import { z } from 'zod';

/**
 * Shapes that several answers share, by name: the API description gives each one schema under
 * `components/schemas/<name>` (and the typed client one type) instead of a copy per method.
 * Fastify's serialisers do not see these names.
 */
export const namedSchemas = z.registry<{ id: string }>();

/** Names a shared shape (see namedSchemas); returns the schema itself. */
export function named<T extends z.ZodType>(id: string, schema: T): T {
  namedSchemas.add(schema, { id });
  return schema;
}
