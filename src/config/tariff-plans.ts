import { readFileSync } from 'node:fs';
import { BUILT_IN_PLANS, findPlan, parseTariffPlans, type TariffPlan } from '../domain/tariff/tariff-plans.js';
import { DomainError } from '../domain/errors.js';
import { ConfigError, type Config } from './config.js';

/**
 * The tariff plans in force: TARIFF_PLANS (inline JSON) or TARIFF_PLANS_FILE, else the built-in
 * ones. Read once at start; a bad file stops the start like any bad setting.
 */
export function resolveTariffPlans(config: Config): readonly TariffPlan[] {
  let plans: readonly TariffPlan[] = BUILT_IN_PLANS;
  try {
    if (config.tariff.plansJson !== undefined) plans = parseTariffPlans(config.tariff.plansJson, 'TARIFF_PLANS');
    else if (config.tariff.plansFile !== undefined) {
      let json: string;
      try {
        json = readFileSync(config.tariff.plansFile, 'utf8');
      } catch (error) {
        throw new ConfigError([`TARIFF_PLANS_FILE: cannot read ${config.tariff.plansFile} (${(error as NodeJS.ErrnoException).code ?? 'error'})`]);
      }
      plans = parseTariffPlans(json, 'TARIFF_PLANS_FILE');
    }
  } catch (error) {
    if (error instanceof DomainError) throw new ConfigError(Array.isArray(error.detail) ? [...error.detail] : [error.message]);
    throw error;
  }
  if (findPlan(plans, config.tariff.defaultPlan) === undefined) {
    throw new ConfigError([`TARIFF_DEFAULT_PLAN: no plan named "${config.tariff.defaultPlan}" among ${plans.map((p) => p.plan).join(', ')}`]);
  }
  return Object.freeze(plans.map((p) => Object.freeze({ ...p })));
}
