/**
 * @hosted-solution-api/client: a typed client for the Hosted Solution API server.
 *
 *   const api = createHostedApi({ baseUrl: 'http://127.0.0.1:8092', machineKey: process.env.MACHINE_KEY });
 *   const { tenant } = await api.portal.register({
 *     portalName: 'acme', email: 'ada@example.com', firstName: 'Ada', lastName: 'Lovelace',
 *   });
 *
 * No dependencies beyond Node's fetch and crypto. The types and the method table are generated
 * from the server's /openapi.json (src/generated).
 */
export {
  createHostedApi,
  type CallOptions,
  type CallParams,
  type FetchLike,
  type HostedApi,
  type HostedApiOptions,
} from './client.js';
export { HostedApiError, type ErrorAnswer } from './errors.js';
export { ascDatetime, ascToken } from './token.js';
export * from './generated/methods.js';
export type { components, operations, paths } from './generated/openapi.js';
