import type { FastifyRequest } from 'fastify';
import type { Actor, ChangeScope } from '../../domain/actor.js';
import { clientAddress } from '../client-address.js';

/** The caller of a request with where it came from: what read-only use cases take. */
export function actorOf(request: FastifyRequest): Actor {
  return { caller: request.caller, ip: clientAddress(request), requestId: request.id };
}

/** Logs `message` with `fields(result)` once a change committed, and hands the result on. */
export function logAfter<T>(request: FastifyRequest, message: string, fields: (result: T) => object): (result: T) => T {
  return (result) => {
    request.log.info(fields(result), message);
    return result;
  };
}

/**
 * The scope a change runs in: the actor, and the work the request adds to the change's
 * transaction (its stored idempotent answer, when it carries an Idempotency-Key).
 */
export function changeScope(request: FastifyRequest, beforeCommit?: ChangeScope['beforeCommit']): ChangeScope {
  return { ...actorOf(request), beforeCommit };
}
