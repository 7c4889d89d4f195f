import { z } from 'zod';
import { policyFor, type LifecyclePolicy } from '../domain/lifecycle/lifecycle-policy.js';
import { tariffState } from '../domain/tariff/tariff.js';
import type { TariffPlan } from '../domain/tariff/tariff-plans.js';
import type { TariffRecord, UsageRecord } from '../store/records.js';
import { isoTime } from './iso-time.js';
import { named } from './named.js';

/** A portal's tariff (sizes in bytes; `countManager` mirrors `activeUsers` for DocSpace clients). */
export const tariffSchema = named(
  'Tariff',
  z.object({
    activeUsers: z.number().int(),
    countManager: z.number().int(),
    dueDate: z.string().nullable(),
    features: z.string(),
    maxFileSize: z.number().int(),
    maxTotalSize: z.number().int(),
    state: z.number().int(),
    plan: z.string(),
  }),
);

/** What the provider's systems last reported of a portal's use. */
export const usageSchema = named(
  'Usage',
  z.object({
    usedSize: z.number().int(),
    usersCount: z.number().int(),
    roomAdminCount: z.number().int(),
    roomsCount: z.number().int(),
    aiAgentsCount: z.number().int(),
    reported: z.string().nullable(),
  }),
);

/** One configured plan, as tariff/all lists it. */
export const planSchema = named(
  'TariffPlan',
  z.object({
    plan: z.string(),
    activeUsers: z.number().int(),
    countManager: z.number().int(),
    maxFileSize: z.number().int(),
    maxTotalSize: z.number().int(),
    features: z.string(),
    dueDays: z.number().int().nullable(),
    policy: named(
      'LifecyclePolicy',
      z.object({
        dueReminderDays: z.array(z.number().int()),
        suspendWhenNotPaid: z.boolean(),
        removeSuspendedAfterDays: z.number().int().nullable(),
        usageAlerts: z.array(z.number().int()),
      }),
    ),
  }),
);

/** The tariff object, its state computed at `now`. */
export function presentTariff(tariff: TariffRecord, now: Date, graceDays: number): z.output<typeof tariffSchema> {
  return {
    activeUsers: tariff.activeUsers,
    countManager: tariff.activeUsers,
    dueDate: tariff.dueDate === null ? null : isoTime(tariff.dueDate),
    features: tariff.features,
    maxFileSize: tariff.maxFileSize,
    maxTotalSize: tariff.maxTotalSize,
    state: tariffState(tariff, now, graceDays),
    plan: tariff.plan,
  };
}

/** The usage last reported for a portal. */
export function presentUsage(usage: UsageRecord): z.output<typeof usageSchema> {
  return {
    usedSize: usage.usedSize,
    usersCount: usage.usersCount,
    roomAdminCount: usage.roomAdminCount,
    roomsCount: usage.roomsCount,
    aiAgentsCount: usage.aiAgentsCount,
    reported: usage.reported === null ? null : isoTime(usage.reported),
  };
}

/**
 * One entry of tariff/all, with the lifecycle policy in force for the plan's portals (its own
 * fields over `server`'s).
 */
export function presentPlan(plan: TariffPlan, server: LifecyclePolicy): z.output<typeof planSchema> {
  return {
    plan: plan.plan,
    activeUsers: plan.activeUsers,
    countManager: plan.activeUsers,
    maxFileSize: plan.maxFileSize,
    maxTotalSize: plan.maxTotalSize,
    features: plan.features,
    dueDays: plan.dueDays ?? null,
    policy: presentPolicy(policyFor(plan.plan, [plan], server)),
  };
}

/** A lifecycle policy as tariff/all shows it. */
function presentPolicy(policy: LifecyclePolicy): z.output<typeof planSchema>['policy'] {
  return {
    dueReminderDays: [...policy.dueReminderDays],
    suspendWhenNotPaid: policy.suspendWhenNotPaid,
    removeSuspendedAfterDays: policy.removeSuspendedAfterDays,
    usageAlerts: [...policy.usageAlerts],
  };
}
