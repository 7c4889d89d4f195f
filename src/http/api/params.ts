import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { paramsError } from '../../domain/errors.js';
import { INT32_MAX, INT32_MIN } from '../../store/records.js';

/**
 * Liberal request reading, in one place for every route: query string, form body
 * and JSON body merged (the body wins), names matched case-insensitively, numbers and booleans
 * taken as text where text is expected, empty strings treated as absent.
 */

/** The merged parameters, keyed by lower-cased name; a bare JSON array body is kept aside. */
export interface RawParams {
  readonly fields: ReadonlyMap<string, unknown>;
  readonly bareArray: readonly unknown[] | undefined;
}

/** Merges query and body into one case-insensitive map. */
export function readParams(request: FastifyRequest): RawParams {
  const fields = new Map<string, unknown>();
  checkFieldLimits(request.query, true);
  addAll(fields, request.query);
  const body = request.body;
  if (Array.isArray(body)) return { fields, bareArray: body };
  // A JSON body is parsed in linear time whatever its lists; only its field count is capped here
  // (a form's repeats were capped while it was parsed, and each list field has its own limit).
  checkFieldLimits(body, false);
  addAll(fields, body);
  return { fields, bareArray: undefined };
}

function addAll(into: Map<string, unknown>, source: unknown): void {
  if (source === null || typeof source !== 'object') return;
  for (const [name, value] of Object.entries(source)) into.set(name.toLowerCase(), value);
}

/**
 * Reads a route's input: each key of `schema` is looked up case-insensitively and validated;
 * every problem is reported at once as a `params` error (message = array of strings).
 */
export function parseInput<S extends z.ZodObject>(schema: S, raw: RawParams): z.output<S> {
  const reader = readerOf(schema);
  const picked: Record<string, unknown> = {};
  let sent = '';
  for (const [key, lowered] of reader.fields) {
    const value = raw.fields.get(lowered);
    if (value === undefined) continue;
    picked[key] = value;
    sent += `${key},`;
  }
  // The same answer and the same issues as the whole schema gives (see absentFieldsCountForNothing).
  const checked = reader.bySent === undefined ? schema : schemaOfSent(schema, reader.bySent, sent);
  const result = checked.safeParse(picked);
  if (result.success) return result.data as z.output<S>;
  throw paramsError(
    ...result.error.issues.map((issue) =>
      issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    ),
  );
}

/** How parseInput reads one input schema, worked out on its first call. */
interface InputReader {
  /** The schema's fields: each name, and its lower-case form (how raw fields are keyed). */
  readonly fields: readonly (readonly [string, string])[];
  /**
   * The schema narrowed to the fields a call sent, by those names; undefined where a field left
   * out would still count (a required one, or a check on the whole object).
   */
  readonly bySent: Map<string, z.ZodObject> | undefined;
}

const readers = new WeakMap<z.ZodObject, InputReader>();

/** Narrowed schemas kept per input schema: beyond these combinations, the whole one checks. */
const MAX_NARROWED = 32;

function readerOf(schema: z.ZodObject): InputReader {
  let reader = readers.get(schema);
  if (reader === undefined) {
    const names = Object.keys(schema.shape);
    reader = {
      fields: names.map((name) => [name, name.toLowerCase()] as const),
      bySent: absentFieldsCountForNothing(schema) ? new Map() : undefined,
    };
    readers.set(schema, reader);
  }
  return reader;
}

/**
 * Whether a field a call leaves out adds nothing to the parse, neither a value nor an issue:
 * zod's rule for a field optional both in and out, when no check runs on the whole object.
 * Zod still runs every field's schema on `undefined`, and for a method with a dozen optional
 * parameters (portal/get) of which a call sends one, that was most of reading its input.
 */
function absentFieldsCountForNothing(schema: z.ZodObject): boolean {
  if ((schema._zod.def.checks?.length ?? 0) > 0 || schema._zod.def.catchall !== undefined) return false;
  return Object.values(schema.shape).every(
    (field: z.core.$ZodType) => field._zod.optin === 'optional' && field._zod.optout === 'optional',
  );
}

/** `schema` with only the fields named in `sent` ("a,b,"), in the schema's order; cached. */
function schemaOfSent(schema: z.ZodObject, cache: Map<string, z.ZodObject>, sent: string): z.ZodObject {
  let narrowed = cache.get(sent);
  if (narrowed === undefined) {
    if (cache.size >= MAX_NARROWED) return schema;
    const mask: Record<string, true> = {};
    for (const name of sent.split(',')) if (name !== '') mask[name] = true;
    narrowed = schema.pick(mask) as z.ZodObject;
    cache.set(sent, narrowed);
  }
  return narrowed;
}

const absent = (value: unknown) => value === '' || value === null;

/**
 * Text as every database can store it: PostgreSQL refuses a NUL character outright (a 500 if it
 * reached the query), so it is a client mistake here (wrong input → `params`).
 */
const storableString = () =>
  z
    .string({ error: 'must be text' })
    .refine((s) => !s.includes('\u0000'), { error: 'must not contain a NUL character' });

/** Optional text: numbers and booleans become their text, "" is absent. */
export const text = () =>
  z.preprocess(
    (v) => (absent(v) ? undefined : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v),
    storableString().optional(),
  );

/**
 * Optional text where an empty string is a value, not "not given" (settings/save's value: an
 * empty Brand.* value removes that setting); numbers and booleans become their text.
 */
export const textOrEmpty = () =>
  z.preprocess(
    (v) => (v === null ? undefined : typeof v === 'number' || typeof v === 'boolean' ? String(v) : v),
    storableString().optional(),
  );

/**
 * Optional text of at most `max` characters (Unicode code points, as PostgreSQL and MySQL count
 * a varchar's length): longer values are a `params` error, not a database failure.
 */
export const textUpTo = (max: number) =>
  text().pipe(
    z
      .string()
      .refine((s) => [...s].length <= max, { error: `must be at most ${max} characters` })
      .optional(),
  );

/** Optional whole number, from a JSON number or its text. */
export const integer = () =>
  z.preprocess(
    (v) => (absent(v) ? undefined : typeof v === 'string' && /^\s*-?\d+\s*$/.test(v) ? Number(v) : v),
    z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).optional(),
  );

/** Optional whole number that fits a 32-bit integer column. */
export const integer32 = () =>
  integer().pipe(
    z
      .number()
      .int()
      .min(INT32_MIN, { error: `must be at least ${INT32_MIN}` })
      .max(INT32_MAX, { error: `must be at most ${INT32_MAX}` })
      .optional(),
  );

/** Optional boolean, from true/false, 1/0, yes/no, on/off (any case) or a JSON boolean. */
export const flag = () =>
  z.preprocess(
    (v) => {
      if (absent(v)) return undefined;
      if (typeof v === 'boolean') return v;
      const t = String(v).trim().toLowerCase();
      if (['true', '1', 'yes', 'on'].includes(t)) return true;
      if (['false', '0', 'no', 'off'].includes(t)) return false;
      return v;
    },
    z.boolean({ error: 'must be true or false' }).optional(),
  );

/** Optional list of text: a JSON array, repeated form fields, or one comma-separated value. */
export const textList = () =>
  z.preprocess(
    (v) => {
      if (absent(v)) return undefined;
      if (typeof v === 'string')
        return v
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
      return v;
    },
    z.array(storableString(), { error: 'must be a list' }).optional(),
  );

/**
 * An optional object of named fields (portal/provision's `provider`): a JSON object, or its JSON
 * text (a form field holding JSON). Its field names match in any case, like the top-level ones;
 * names it does not know are ignored. Form and query callers may send its fields one by one as
 * `provider[name]` or `provider.name` instead (see withNestedFields).
 */
export const nested = <S extends z.ZodObject>(schema: S) =>
  z.preprocess(
    (v) => {
      if (absent(v)) return undefined;
      let value = v;
      if (typeof value === 'string' && /^\s*\{/.test(value)) {
        try {
          value = JSON.parse(value);
        } catch {
          return v;
        }
      }
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
      const names = new Map(Object.keys(schema.shape).map((name) => [name.toLowerCase(), name]));
      const picked: Record<string, unknown> = {};
      for (const [name, inner] of Object.entries(value)) {
        const known = names.get(name.toLowerCase());
        if (known !== undefined) picked[known] = inner;
      }
      return picked;
    },
    z.object(schema.shape, { error: 'must be an object' }).optional(),
  );

/**
 * The raw parameters with the fields `<name>[field]` and `<name>.field` (a form's or a query's way
 * of sending an object) gathered into one object under `<name>`, unless `<name>` itself was sent.
 */
export function withNestedFields(raw: RawParams, name: string): RawParams {
  const key = name.toLowerCase();
  if (raw.fields.has(key)) return raw;
  const gathered = Object.create(null) as Record<string, unknown>;
  let found = false;
  for (const [field, value] of raw.fields) {
    const match = /^([^.[\]]+)(?:\.([^.[\]]+)|\[([^[\]]+)\])$/.exec(field);
    const inner = match?.[2] ?? match?.[3];
    if (match?.[1] !== key || inner === undefined) continue;
    gathered[inner] = value;
    found = true;
  }
  return found ? { ...raw, fields: new Map([...raw.fields, [key, gathered]]) } : raw;
}

/**
 * Body parsers that never crash on what clients really send: JSON (empty allowed), forms, and
 * anything else read as JSON when it looks like JSON, else as a form.
 */
export function installBodyParsers(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  // An empty Content-Type header is as good as none; Fastify would refuse it.
  // Synchronous (with `done`): every request runs it, and an async hook costs a promise and a tick.
  app.addHook('onRequest', (request, _reply, done) => {
    if (request.headers['content-type']?.trim() === '') delete request.headers['content-type'];
    done();
  });
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    try {
      done(null, parseJson(String(body)));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (_request, body, done) => {
    done(null, parseForm(String(body)));
  });
  app.addContentTypeParser('*', { parseAs: 'string' }, (_request, body, done) => {
    const textBody = String(body);
    try {
      done(null, /^\s*[[{]/.test(textBody) ? parseJson(textBody) : parseForm(textBody));
    } catch (error) {
      done(error as Error, undefined);
    }
  });
}

function parseJson(body: string): unknown {
  if (body.trim() === '') return undefined;
  try {
    return JSON.parse(body);
  } catch {
    throw paramsError('The request body is not valid JSON');
  }
}

/**
 * The most fields a form may carry, and the most values one name may repeat. A 64 KiB body of
 * `a=&a=&…` is some 21,000 values; far more than any real caller sends (people/find's userIds
 * is the longest list), and refused before it costs anything.
 */
export const FORM_LIMITS = { fields: 256, repeats: 1000 } as const;

/**
 * A form body; repeated names become arrays (userIds=a&userIds=b). Linear in the body: each
 * repeat is appended in place, never copied into a new array. A null-prototype object, so a
 * field named `__proto__` is just a field.
 */
function parseForm(body: string): Record<string, unknown> {
  const out = Object.create(null) as Record<string, string | string[]>;
  let fields = 0;
  for (const [name, value] of new URLSearchParams(body)) {
    const existing = out[name];
    if (existing === undefined) {
      if (++fields > FORM_LIMITS.fields) throw tooManyFields();
      out[name] = value;
    } else if (Array.isArray(existing)) {
      if (existing.length >= FORM_LIMITS.repeats) throw tooManyRepeats(name);
      existing.push(value);
    } else out[name] = [existing, value];
  }
  return out;
}

/**
 * The same limits on the query string (Fastify parses it, bounded by the header size), and the
 * field count on a JSON body's top level.
 */
function checkFieldLimits(source: unknown, repeats: boolean): void {
  if (source === null || typeof source !== 'object') return;
  const entries = Object.entries(source);
  if (entries.length > FORM_LIMITS.fields) throw tooManyFields();
  if (!repeats) return;
  for (const [name, value] of entries) {
    if (Array.isArray(value) && value.length > FORM_LIMITS.repeats) throw tooManyRepeats(name);
  }
}

function tooManyFields() {
  return paramsError(`The request has more than ${FORM_LIMITS.fields} fields`);
}

function tooManyRepeats(name: string) {
  return paramsError(
    `The field ${JSON.stringify(name.slice(0, 64))} is repeated more than ${FORM_LIMITS.repeats} times`,
  );
}
