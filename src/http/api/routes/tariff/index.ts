import type { FastifyInstance } from 'fastify';
import { getTariff } from '../../../../domain/tariff/get-tariff.js';
import { setTariff } from '../../../../domain/tariff/set-tariff.js';
import { actorOf, logAfter } from '../../actor.js';
import { answerChange } from '../../idempotency.js';
import { endpoint, signed } from '../../route-spec.js';
import type { RouteDeps } from '../deps.js';
import { setExamples } from './examples.js';
import { presentPortalTariff } from '../../../../wire/portal-tariff.js';
import { presentPlan } from '../../../../wire/tariff.js';
import { getInput, plansResponse, setInput, tariffResponse } from './schema.js';

const tag = 'tariff';

/** The tariff methods: get, set, all. */
export function tariffRoutes(app: FastifyInstance, { ctx }: RouteDeps): void {
  const grace = ctx.options.tariff.graceDays;

  app.get(
    '/tariff/get',
    ...endpoint(
      {
        tag,
        summary: "A portal's tariff and reported usage",
        access: signed('portals:read'),
        input: getInput,
        responses: { 200: tariffResponse },
      },
      async (input, request) => {
        return presentPortalTariff(await getTariff(ctx, actorOf(request), input), ctx.clock.now(), grace);
      },
    ),
  );

  app.put(
    '/tariff/set',
    ...endpoint(
      {
        tag,
        summary: "Change a portal's tariff (fields not sent keep their values)",
        access: signed('billing'),
        input: setInput,
        responses: { 200: tariffResponse },
        examples: setExamples,
      },
      async ({ portalName, tenantId, ...change }, request, reply) => {
        return answerChange(
          request,
          reply,
          200,
          (scope) =>
            setTariff(ctx, scope, { portalName, tenantId }, change).then(
              logAfter(request, 'tariff changed', (r) => ({
                tenantId: r.tenant.id,
                changed: Object.keys(change).filter((k) => change[k as keyof typeof change] !== undefined),
              })),
            ),
          (result) => presentPortalTariff(result, ctx.clock.now(), grace),
        );
      },
    ),
  );

  app.get(
    '/tariff/all',
    ...endpoint(
      {
        tag,
        summary: 'The configured tariff plans',
        access: signed('portals:read'),
        responses: { 200: plansResponse },
      },
      async () => ({
        tariffs: ctx.options.tariff.plans.map((plan) => presentPlan(plan, ctx.options.lifecycle)),
      }),
    ),
  );
}
