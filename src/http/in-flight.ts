import type { FastifyInstance, RouteHandlerMethod } from 'fastify';

/**
 * The route handlers still running, so that a shutdown lets them finish before the database
 * closes. Closing the HTTP server waits for open connections only: a caller that hung up (a
 * timeout on its side, a load balancer giving up) leaves its handler running with no
 * connection to wait for, and closing the store under it turned a registration that was about
 * to commit into a "pool is closed" error in the log and a rolled-back transaction.
 */
export interface InFlightHandlers {
  /** Wraps every route added from now on, so its handler's promise is followed. */
  follow(app: FastifyInstance): void;
  /** Resolves once every handler running now has settled, or after `timeoutMs`: false then. */
  settled(timeoutMs: number): Promise<boolean>;
}

export function inFlightHandlers(): InFlightHandlers {
  const running = new Set<PromiseLike<unknown>>();
  return {
    follow(app) {
      app.addHook('onRoute', (route) => {
        const handler = route.handler as RouteHandlerMethod;
        route.handler = function followed(this: FastifyInstance, request, reply) {
          const result: unknown = handler.call(this, request, reply);
          if (isThenable(result)) {
            running.add(result);
            const done = () => running.delete(result);
            result.then(done, done);
          }
          return result;
        } as RouteHandlerMethod;
      });
    },
    async settled(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const timedOut = new Promise<false>((resolve) => {
        timer = setTimeout(() => resolve(false), timeoutMs);
        timer.unref();
      });
      try {
        // Handlers that start while these settle (there should be none: the server is closed)
        // are waited for too.
        while (running.size > 0) {
          const all = Promise.allSettled([...running]).then(() => true as const);
          if (!(await Promise.race([all, timedOut]))) return false;
        }
        return true;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}

function isThenable(value: unknown): value is PromiseLike<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}
