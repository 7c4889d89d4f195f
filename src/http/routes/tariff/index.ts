import type { FastifyInstance } from 'fastify';
import { getTariff } from '../../../domain/tariff/get-tariff.js';
import { setTariff } from '../../../domain/tariff/set-tariff.js';
import { parseInput, readParams } from '../../params.js';
import type { RouteDeps } from '../deps.js';
import { presentPlan, presentPortalTariff } from './presenter.js';
import { getInput, plansResponse, setInput, tariffResponse } from './schema.js';

/** Signed tariff routes: get, set, all. */
export function tariffSignedRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  const grace = ctx.options.tariff.graceDays;

  app.get('/tariff/get', { schema: { response: tariffResponse } }, async (request) => {
    const input = parseInput(getInput, readParams(request));
    return presentPortalTariff(await getTariff(ctx, input), ctx.clock.now(), grace);
  });

  app.put('/tariff/set', { schema: { response: tariffResponse } }, async (request) => {
    const { portalName, tenantId, ...change } = parseInput(setInput, readParams(request));
    const result = await setTariff(ctx, { portalName, tenantId }, change);
    request.log.info({ tenantId: result.tenant.id, changed: Object.keys(change).filter((k) => change[k as keyof typeof change] !== undefined) }, 'tariff changed');
    return presentPortalTariff(result, ctx.clock.now(), grace);
  });

  app.get('/tariff/all', { schema: { response: plansResponse } }, async () => ({ tariffs: ctx.options.tariff.plans.map(presentPlan) }));
}
