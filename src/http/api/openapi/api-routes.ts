import type { FastifyInstance } from 'fastify';
import type { RouteSpec } from '../route-spec.js';

/** A route as Fastify registered it under the described prefix, with its declaration if it has one. */
export interface ApiRoute {
  /** GET, POST, PUT, DELETE… (Fastify's automatic HEAD routes are left out). */
  readonly method: string;
  /** The full path, prefix included: `/api/portal/get`. */
  readonly path: string;
  readonly spec: RouteSpec | undefined;
}

/**
 * Collects every route registered under `prefix` from now on, as Fastify registers it (the
 * `onRoute` hook), so the API description is built from the routes that really exist — never
 * from a list kept by hand. A route without a declaration is collected too: the description
 * names it as undocumented, and a test fails on it.
 */
export function collectApiRoutes(app: FastifyInstance, prefix: string): { readonly routes: readonly ApiRoute[] } {
  const routes: ApiRoute[] = [];
  const base = `${prefix}/`;
  app.addHook('onRoute', (route) => {
    const path = route.url ?? route.path;
    if (!path.startsWith(base)) return;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      // Fastify answers HEAD for every GET route by itself; the GET is what is described.
      if (method === 'HEAD') continue;
      routes.push({ method, path, spec: route.config?.spec });
    }
  });
  return { routes };
}
