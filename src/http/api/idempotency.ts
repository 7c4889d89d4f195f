import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ChangeScope } from '../../domain/actor.js';
import type { DomainContext } from '../../domain/context.js';
import type { Defences } from '../../domain/protection/defences.js';
import {
  beginIdempotentRequest,
  checkIdempotencyKey,
  completeIdempotentRequest,
  releaseIdempotentRequest,
  requestFingerprint,
} from '../../domain/idempotency/idempotent-requests.js';
import type { Db } from '../../store/store.js';
import { changeScope } from './actor.js';
import { clientAddress } from '../client-address.js';
import { withoutApiPrefix } from './api-paths.js';
import { readParams } from './params.js';

/** A request that holds an Idempotency-Key: how to store its answer, and whether it was stored. */
interface HeldKey {
  /** Stores the answer (inside the change's transaction, when there is one). */
  complete(tx: Db, statusCode: number, body: string): Promise<void>;
  /** Frees the key of a request that was refused or failed. */
  release(): Promise<void>;
  stored: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Set while the request holds an Idempotency-Key (POST, PUT and DELETE only). */
    idempotency: HeldKey | null;
  }
}

const METHODS = new Set(['POST', 'PUT', 'DELETE']);

/**
 * `Idempotency-Key` on every POST, PUT and DELETE of an API group: looked up before the handler
 * and its protections run (a replay spends no attempt and no CAPTCHA token) and replayed with
 * `Idempotent-Replayed: true`; a 2xx answer is stored (in the change's transaction, see
 * answerChange; after the answer for methods that change nothing), anything else frees the key.
 * Keys are per caller: the operator per token pkey, a client per id, anonymous per client IP.
 */
export function useIdempotency(
  api: FastifyInstance,
  ctx: DomainContext,
  protection: Pick<Defences, 'countIdempotencyKey'>,
): void {
  api.decorateRequest('idempotency', null);
  const begin = async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers['idempotency-key'];
    if (!METHODS.has(request.method) || header === undefined) return;
    const key = checkIdempotencyKey(Array.isArray(header) ? header.join(',') : header);
    const path = request.routeOptions.url ?? request.url;
    const params = readParams(request);
    // A bare JSON array body (people/find) is a parameter too: under a name no field can have.
    const fields = params.bareArray === undefined ? params.fields : new Map([...params.fields, ['', params.bareArray]]);
    // An anonymous caller's new keys count against the attempt limit (each is a row kept a day).
    const onNewKey =
      request.caller.kind === 'anonymous' ? () => protection.countIdempotencyKey(clientAddress(request)) : undefined;
    const begun = await beginIdempotentRequest(
      ctx,
      callerKeyOf(request),
      key,
      requestFingerprint(request.method, withoutApiPrefix(path), fields),
      onNewKey,
    );
    if (begun.kind === 'replay') {
      return reply
        .code(begun.statusCode)
        .header('idempotent-replayed', 'true')
        .type('application/json; charset=utf-8')
        .send(begun.body);
    }
    request.idempotency = {
      stored: false,
      complete: (tx, statusCode, body) => completeIdempotentRequest(ctx, tx, begun.id, statusCode, body),
      release: () => releaseIdempotentRequest(ctx, begun.id),
    };
    return undefined;
  };
  const finish = async (request: FastifyRequest, reply: FastifyReply, payload: unknown) => {
    const held = request.idempotency;
    if (held === null || held.stored) return payload;
    if (reply.statusCode >= 200 && reply.statusCode < 300 && typeof payload === 'string') {
      // A method that changes nothing (validateportalname, signin…): its answer is stored now.
      await held.complete(ctx.store.db, reply.statusCode, payload);
      held.stored = true;
      return payload;
    }
    // Refused or failed: the key is freed once the handler has answered and before the answer
    // leaves, so an immediate retry runs again. Never when the client merely hung up: a panel
    // whose call timed out retries while the first may still commit, and must get its answer.
    request.idempotency = null;
    await held
      .release()
      .catch((error: unknown) =>
        request.log.warn({ err: error }, 'an idempotency key could not be released; it lapses on its own'),
      );
    return payload;
  };
  // Only on the routes that can hold a key: a read (GET) or an open method (validateportalname,
  // signin: they change nothing, there is no answer worth storing, and storing one per anonymous
  // call would let anyone grow the table at will) never runs these hooks at all.
  api.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    if (!methods.some((method) => METHODS.has(method)) || route.config?.spec?.access.kind === 'open') return;
    route.preHandler = [...hooksOf(route.preHandler), begin];
    route.onSend = [...hooksOf(route.onSend), finish];
  });
}

function hooksOf<T>(hooks: T | T[] | undefined): T[] {
  if (hooks === undefined) return [];
  return Array.isArray(hooks) ? hooks : [hooks];
}

/**
 * Runs a change and answers `present(result)` with `statusCode`. When the request holds an
 * Idempotency-Key, the answer is serialised and stored inside the change's own transaction: a
 * crash can never leave a change without its stored answer, and a replay sends the same bytes.
 */
export async function answerChange<T>(
  request: FastifyRequest,
  reply: FastifyReply,
  statusCode: number,
  run: (scope: ChangeScope) => Promise<T>,
  present: (result: T) => unknown,
): Promise<FastifyReply> {
  reply.code(statusCode);
  const held = request.idempotency;
  let serialized: string | undefined;
  const store =
    held === null
      ? undefined
      : async (tx: Db, result: unknown) => {
          // The use case hands beforeCommit the value it is about to return: `run`'s result.
          serialized = String(reply.serialize(present(result as T)));
          await held.complete(tx, statusCode, serialized);
        };
  const result = await run(changeScope(request, store));
  if (held !== null && serialized !== undefined) {
    held.stored = true;
    return reply.type('application/json; charset=utf-8').send(serialized);
  }
  return reply.send(present(result));
}

/** Whose key space a request is in. */
function callerKeyOf(request: FastifyRequest): string {
  const caller = request.caller;
  switch (caller.kind) {
    case 'operator':
      return `operator:${caller.id ?? ''}`;
    case 'client':
      return `client:${caller.client.clientId}`;
    default:
      return `ip:${clientAddress(request)}`;
  }
}
