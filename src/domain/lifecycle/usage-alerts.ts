import { recordUsageAlerts, type UsageAlerts } from '../../store/repositories/tariffs.js';
import { findUserById } from '../../store/repositories/users.js';
import type { TariffRecord, TenantRecord, UsageRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import type { Actor } from '../actor.js';
import type { DomainContext } from '../context.js';
import { policyFor } from './lifecycle-policy.js';
import type { UsageAlertMailHook } from './owner-notices.js';
import { crossThresholds, percentOf, type UsageMetric } from './usage-thresholds.js';

/**
 * Inside a usage report's transaction: compares storage (with the quota) and users (with the
 * users allowed) against the plan's usage thresholds, stores what is crossed now, and for each
 * figure that crossed a threshold upwards emits `portal.usage_threshold` (with the figure and the
 * limit) and, when `mail` is given, queues the owner's alert. Returns the thresholds crossed.
 */
export async function checkUsageThresholds(
  ctx: DomainContext,
  tx: Db,
  actor: Actor,
  portal: { readonly tenant: TenantRecord; readonly tariff: TariffRecord; readonly usage: UsageRecord },
  before: UsageAlerts,
  mail: UsageAlertMailHook | undefined,
): Promise<readonly { readonly metric: UsageMetric; readonly threshold: number }[]> {
  const { tenant, tariff, usage } = portal;
  const thresholds = policyFor(tariff.plan, ctx.options.tariff.plans, ctx.options.lifecycle).usageAlerts;
  const figures: Record<UsageMetric, { readonly figure: number; readonly limit: number; readonly level: number }> = {
    storage: { figure: usage.usedSize, limit: tariff.maxTotalSize, level: before.storageAlert },
    users: { figure: usage.usersCount, limit: tariff.activeUsers, level: before.usersAlert },
  };
  const storage = crossThresholds(
    figures.storage.level,
    percentOf(figures.storage.figure, figures.storage.limit),
    thresholds,
  );
  const users = crossThresholds(figures.users.level, percentOf(figures.users.figure, figures.users.limit), thresholds);
  if (storage.level !== before.storageAlert || users.level !== before.usersAlert)
    await recordUsageAlerts(tx, tenant.id, { storageAlert: storage.level, usersAlert: users.level });
  const crossed: { metric: UsageMetric; threshold: number }[] = [];
  if (storage.crossed !== undefined) crossed.push({ metric: 'storage', threshold: storage.crossed });
  if (users.crossed !== undefined) crossed.push({ metric: 'users', threshold: users.crossed });
  const owner = crossed.length > 0 && mail !== undefined ? await findUserById(tx, tenant.ownerId) : undefined;
  for (const { metric, threshold } of crossed) {
    const { figure, limit } = figures[metric];
    await ctx.events.publish(tx, actor, {
      type: 'portal.usage_threshold',
      tenant,
      details: { threshold: { metric, threshold, figure, limit } },
    });
    if (owner !== undefined && mail !== undefined) await mail(tx, { tenant, owner, metric, threshold, figure, limit });
  }
  return crossed;
}
