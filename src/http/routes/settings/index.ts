import type { FastifyInstance } from 'fastify';
import { checkDomain } from '../../../domain/hosts/check-domain.js';
import { readSetting, writeSetting } from '../../../domain/settings/settings.js';
import { parseInput, readParams } from '../../params.js';
import type { RouteDeps } from '../deps.js';
import { presentSetting } from './presenter.js';
import { checkDomainInput, checkDomainResponse, getInput, saveInput, settingsResponse } from './schema.js';

/** Signed settings routes: get, save, checkdomain. */
export function settingsSignedRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  app.get('/settings/get', { schema: { response: settingsResponse } }, async (request) => {
    const { key, ...ref } = parseInput(getInput, readParams(request));
    return presentSetting(await readSetting(ctx, ref, key));
  });

  app.post('/settings/save', { schema: { response: settingsResponse } }, async (request) => {
    const { key, value, ...ref } = parseInput(saveInput, readParams(request));
    const stored = await writeSetting(ctx, ref, key, value);
    // The key is logged, never the value: settings may hold secrets.
    request.log.info({ tenantId: ref.tenantId, portalName: ref.portalName, key }, 'setting saved');
    return presentSetting(stored);
  });

  app.post('/settings/checkdomain', { schema: { response: checkDomainResponse } }, async (request) => {
    const input = parseInput(checkDomainInput, readParams(request));
    return { value: await checkDomain(input.hostName) };
  });
}
