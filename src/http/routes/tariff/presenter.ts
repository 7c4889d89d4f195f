import type { PortalTariff } from '../../../domain/tariff/get-tariff.js';
import type { TariffPlan } from '../../../domain/tariff/tariff-plans.js';
import { presentTariff, presentTenant, presentUsage } from '../portal/presenter.js';

/** tariff/get and tariff/set: the portal, its tariff (state computed at `now`) and its reported usage. */
export function presentPortalTariff({ tenant, tariff, usage }: PortalTariff, now: Date, graceDays: number) {
  return { tenant: presentTenant(tenant), tariff: presentTariff(tariff, now, graceDays), usage: presentUsage(usage) };
}

/** One entry of tariff/all; countManager mirrors activeUsers as in tariff/get. */
export function presentPlan(plan: TariffPlan) {
  return {
    plan: plan.plan,
    activeUsers: plan.activeUsers,
    countManager: plan.activeUsers,
    maxFileSize: plan.maxFileSize,
    maxTotalSize: plan.maxTotalSize,
    features: plan.features,
    dueDays: plan.dueDays ?? null,
  };
}
