import type { PortalTariff } from '../domain/tariff/get-tariff.js';
import { presentTenant } from './portal.js';
import { presentTariff, presentUsage } from './tariff.js';

/** tariff/get and tariff/set: the portal, its tariff (state computed at `now`) and its reported usage. */
export function presentPortalTariff({ tenant, tariff, usage }: PortalTariff, now: Date, graceDays: number) {
  return { tenant: presentTenant(tenant), tariff: presentTariff(tariff, now, graceDays), usage: presentUsage(usage) };
}
