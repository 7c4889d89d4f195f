import type { FastifyReply, FastifyRequest, RouteHandlerMethod, RouteShorthandOptions } from 'fastify';
import { z } from 'zod';
import type { ScopeName } from '../../domain/client/scopes.js';
import { responseJsonSchema } from '../../wire/compiled-json.js';
import { parseInput, readParams, type RawParams } from './params.js';

/**
 * What every API route declares about itself, in one place: who may call it (checked once, by
 * http/auth.ts, never by a handler), what it reads and what it answers. The same declaration
 * gives Fastify its response serialisers and the API description its operations, so neither
 * can drift from the code.
 */

/**
 * Who may call a route:
 * - `open`: anyone (a token, when sent, must still be valid);
 * - `signed`: a token — the operator, or a client holding `scope`; `openedBy` names the switch
 *   that lets anonymous callers in too (part of the ONLYOFFICE surface), or `never`;
 * - `operator`: the machine key only, whatever a client's scopes, never opened by a switch.
 */
export type Access =
  | { readonly kind: 'open' }
  | { readonly kind: 'signed'; readonly scope: ScopeName; readonly openedBy: 'default' | 'register' | 'never' }
  | { readonly kind: 'operator' };

/** A route's declaration. */
export interface RouteSpec<S extends z.ZodObject | undefined = z.ZodObject | undefined> {
  /** One line for the API description. */
  readonly summary: string;
  /** Grouping in the API description (the resource: portal, tariff, client…). */
  readonly tag: string;
  readonly access: Access;
  /** The parameters, as read liberally from query, form and JSON (the canonical types are described). */
  readonly input?: S;
  /** Reads the input from the raw parameters where the usual reading is not enough (people/find's bare array). */
  readonly readInput?: ((raw: RawParams) => InputOf<S>) | undefined;
  /** Answers by status: the shapes the serialiser writes (fields outside them never leave). */
  readonly responses: Readonly<Record<number, z.ZodType>>;
  /** Counted by the metrics as this kind of business event, by outcome. */
  readonly countsAs?: 'registration' | undefined;
  /** Sample parameters and answers for the API description (checked against the schemas by a test). */
  readonly examples?: RouteExamples | undefined;
  /** This route's largest request body, in bytes, when it must differ from the server's BODY_LIMIT. */
  readonly bodyLimit?: number | undefined;
}

/** A sample call: its parameters (by name, as in the input schema) and its answers by status. */
export interface RouteExamples {
  readonly request?: Readonly<Record<string, unknown>>;
  readonly responses?: Readonly<Record<number, unknown>>;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The route's declaration (see http/route-spec.ts); absent on pages and health. */
    spec?: RouteSpec;
  }
}

/** Route options from a declaration: the response serialisers and the declaration itself. */
export function route<S extends z.ZodObject | undefined>(spec: RouteSpec<S>): RouteShorthandOptions {
  const response: Record<number, unknown> = {};
  for (const [status, schema] of Object.entries(spec.responses)) response[Number(status)] = responseJsonSchema(schema);
  return {
    schema: { response },
    config: { spec },
    ...(spec.bodyLimit === undefined ? {} : { bodyLimit: spec.bodyLimit }),
  };
}

/** What a route's handler is given: its input, parsed from the request before the handler runs. */
export type InputOf<S extends z.ZodObject | undefined> = S extends z.ZodObject ? z.output<S> : undefined;

/**
 * A route: its declaration (see `route`) and its handler, which gets the input read and checked
 * (once, here) from the request's parameters, so no handler names its input schema a second
 * time. Spread into Fastify's route shorthand: `app.post('/x', ...endpoint(spec, handler))`.
 */
export function endpoint<S extends z.ZodObject | undefined = undefined>(
  spec: RouteSpec<S>,
  handler: (input: InputOf<S>, request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
): [RouteShorthandOptions, RouteHandlerMethod] {
  const read = (request: FastifyRequest): InputOf<S> => {
    if (spec.readInput !== undefined) return spec.readInput(readParams(request));
    return (spec.input === undefined ? undefined : parseInput(spec.input, readParams(request))) as InputOf<S>;
  };
  return [route(spec), async (request, reply) => handler(read(request), request, reply)];
}

/** Shorthands for the common declarations. */
export const OPEN: Access = { kind: 'open' };
export const OPERATOR: Access = { kind: 'operator' };

/** A signed ONLYOFFICE method: anonymous callers too when AUTH_ALLOW_SKIP_DEFAULT is on. */
export function signed(scope: ScopeName): Access {
  return { kind: 'signed', scope, openedBy: 'default' };
}

/** A signed method of the integration API: never opened by the AUTH_ALLOW_SKIP_* switches. */
export function alwaysSigned(scope: ScopeName): Access {
  return { kind: 'signed', scope, openedBy: 'never' };
}
