import { readFileSync } from 'node:fs';
import { DomainError } from '../domain/errors.js';
import type { DomainOptions } from '../domain/options.js';
import { BUILT_IN_PLANS, findPlan, parseTariffPlans, type TariffPlan } from '../domain/tariff/tariff-plans.js';
import { ConfigError, type Config } from './config.js';

/**
 * The domain's settings from the configuration: the rules get what they need and nothing else.
 * Reads the tariff plans file once; a bad file or an unknown default plan stops the start like
 * any bad setting (ConfigError).
 */
export function domainOptionsFrom(config: Config): DomainOptions {
  const plans = resolveTariffPlans(config);
  const defaultPlan = findPlan(plans, config.tariff.defaultPlan);
  if (defaultPlan === undefined) {
    throw new ConfigError([
      `TARIFF_DEFAULT_PLAN: no plan named "${config.tariff.defaultPlan}" among ${plans.map((p) => p.plan).join(', ')}`,
    ]);
  }
  return Object.freeze({
    baseDomain: config.baseDomain,
    links: Object.freeze({
      scheme: config.publicScheme,
      port: config.publicPort,
      activationTtlHours: config.activationTtlHours,
      signinLinkTtlMinutes: config.signinLinkTtlMinutes,
    }),
    portalName: config.portalName,
    verifyAnonymousEmail: config.auth.registerVerifyEmail,
    generatedNames: Object.freeze({
      prefix: config.registerNamePrefix,
      randomLength: config.registerNameRandomLength,
      forRegister: config.registerGenerateName,
    }),
    loginProviders: config.loginProviders,
    password: config.password,
    tariff: Object.freeze({ graceDays: config.tariff.graceDays, plans, defaultPlan }),
    maxPortals: config.maxPortals,
    removeRetentionDays: config.removeRetentionDays,
    auditRetentionDays: config.auditRetentionDays,
    idempotencyTtlHours: config.idempotencyTtlHours,
    consoleSessionMaxHours: config.console.sessionMaxHours,
    lifecycle: Object.freeze({
      dueReminderDays: Object.freeze([...config.lifecycle.dueReminderDays]),
      suspendWhenNotPaid: config.lifecycle.suspendWhenNotPaid,
      removeSuspendedAfterDays: config.lifecycle.removeSuspendedAfterDays ?? null,
      usageAlerts: Object.freeze([...config.lifecycle.usageAlerts]),
      intervalMs: config.lifecycle.intervalSeconds * 1000,
    }),
    webhooks: Object.freeze({
      allowPrivate: config.webhooks.allowPrivate,
      maxEndpoints: config.webhooks.maxEndpoints,
      maxPending: config.webhooks.maxPending,
    }),
  });
}

/**
 * The tariff plans in force: TARIFF_PLANS (inline JSON) or TARIFF_PLANS_FILE, else the built-in
 * ones.
 */
function resolveTariffPlans(config: Config): readonly TariffPlan[] {
  let plans: readonly TariffPlan[] = BUILT_IN_PLANS;
  try {
    if (config.tariff.plansJson !== undefined) plans = parseTariffPlans(config.tariff.plansJson, 'TARIFF_PLANS');
    else if (config.tariff.plansFile !== undefined) {
      let json: string;
      try {
        json = readFileSync(config.tariff.plansFile, 'utf8');
      } catch (error) {
        throw new ConfigError([
          `TARIFF_PLANS_FILE: cannot read ${config.tariff.plansFile} (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
        ]);
      }
      plans = parseTariffPlans(json, 'TARIFF_PLANS_FILE');
    }
  } catch (error) {
    if (error instanceof DomainError)
      throw new ConfigError(Array.isArray(error.detail) ? [...error.detail] : [error.message]);
    throw error;
  }
  return Object.freeze(plans.map((p) => Object.freeze({ ...p })));
}
