import { createRequire } from 'node:module';

/**
 * The server's version, from its package.json (four folders up, from src/http/api/openapi as from
 * the compiled dist/http/openapi), for the API description's `info.version`.
 */
export const SERVER_VERSION: string = (
  createRequire(import.meta.url)('../../../../package.json') as { version: string }
).version;
