import type { Compilable, CompiledQuery, DialectAdapter, QueryResult } from 'kysely';
import type { Db } from './store.js';

/**
 * Queries whose SQL is the same on every call, built and compiled by Kysely once per database and
 * then run with each call's values. Building and compiling the same query afresh on every request
 * was a sixth of a simple lookup's CPU (bench/: Kysely's reference parsers, freeze, visitNode).
 *
 * The builder runs once with placeholders where the values go — an argument that is a plain
 * object (a row to insert) gets one placeholder per property — and the compiled parameters are
 * then those placeholders, in SQL order; each call swaps in its own values by place. A builder
 * must therefore put every value in a parameter (no `sql.lit`, no list whose length varies), and
 * an object argument must have the same properties on every call: what is inlined is fixed for good.
 */

/** Where one of the call's values goes: an argument, or a property of an object argument. */
class Placeholder {
  constructor(
    readonly position: number,
    readonly property?: string,
  ) {}
}

interface Template {
  readonly query: CompiledQuery;
  /** For each compiled parameter: where the call's value that fills it is. */
  readonly slots: readonly Placeholder[];
}

/**
 * A prepared query: `build(db, ...values)` describes it with `values` standing for the call's
 * values; the result runs it on `db` (the pool or an open transaction) with real ones.
 */
export function prepared<V extends readonly unknown[], R>(
  build: (db: Db, ...values: V) => Compilable<R>,
): (db: Db, ...values: V) => Promise<QueryResult<R>> {
  // One template per dialect (SQL differs between databases); the adapter names the dialect.
  const templates = new WeakMap<DialectAdapter, Template>();
  return async (db, ...values) => {
    const adapter = db.getExecutor().adapter;
    let template = templates.get(adapter);
    if (template === undefined) {
      const placeholders = values.map((value, position) =>
        isRow(value)
          ? Object.fromEntries(Object.keys(value).map((property) => [property, new Placeholder(position, property)]))
          : new Placeholder(position),
      ) as unknown as V;
      const query = build(db, ...placeholders).compile();
      const slots = query.parameters.map((parameter) => {
        if (!(parameter instanceof Placeholder)) throw new Error(`prepared query with an inlined value: ${query.sql}`);
        return parameter;
      });
      template = { query, slots };
      templates.set(adapter, template);
    }
    const parameters = template.slots.map(({ position, property }) => {
      const value = values[position];
      return property === undefined ? value : (value as Readonly<Record<string, unknown>>)[property];
    });
    return db.executeQuery<R>({ ...template.query, parameters } as CompiledQuery<R>);
  };
}

/** A plain object (a row of values), not a Date, an array or a Buffer. */
function isRow(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && Object.getPrototypeOf(value) === Object.prototype;
}
