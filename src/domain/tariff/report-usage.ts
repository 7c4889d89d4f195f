import { findTariff, findUsageForUpdate, insertTariff, recordUsage } from '../../store/repositories/tariffs.js';
import { findTenantById } from '../../store/repositories/tenants.js';
import type { TenantRecord, UsageRecord } from '../../store/records.js';
import type { ChangeScope } from '../actor.js';
import type { DomainContext } from '../context.js';
import { paramsError } from '../errors.js';
import type { UsageAlertMailHook } from '../lifecycle/owner-notices.js';
import { checkUsageThresholds } from '../lifecycle/usage-alerts.js';
import { findPortal, type PortalRef } from '../portal/find-portal.js';
import { defaultTariff, NO_USAGE } from './get-tariff.js';

/** A usage report from the provider's workspace: any of its figures. */
export interface UsageReport {
  /** Storage used, in bytes. */
  readonly usedSize?: number | undefined;
  readonly usersCount?: number | undefined;
  readonly roomAdminCount?: number | undefined;
  readonly roomsCount?: number | undefined;
  readonly aiAgentsCount?: number | undefined;
}

/** The figures a report may carry, in the order an error names them. */
const FIGURES = ['usedSize', 'usersCount', 'roomAdminCount', 'roomsCount', 'aiAgentsCount'] as const;

/** A portal after a usage report, and whether this report took it over its quota. */
export interface ReportedUsage {
  readonly tenant: TenantRecord;
  readonly usage: UsageRecord;
  /** True when the portal was within its quota before this report and is over it now. */
  readonly crossedQuota: boolean;
}

/**
 * PUT portal/usage: the workspace that runs the portal reports what it uses (the server cannot
 * measure it). A report over the quota is stored as sent: the server records, the provider
 * enforces. Figures not sent keep their last values. A figure crossing one of the plan's usage
 * thresholds is announced (and mailed to the owner with `alertMail`).
 */
export async function reportUsage(
  ctx: DomainContext,
  scope: ChangeScope,
  ref: PortalRef,
  report: UsageReport,
  alertMail?: UsageAlertMailHook,
): Promise<ReportedUsage> {
  if (FIGURES.every((figure) => report[figure] === undefined))
    throw paramsError(`at least one of ${FIGURES.join(', ')} is required`);
  return ctx.store.transaction(async (tx) => {
    const found = await findPortal(ctx, tx, scope, ref);
    const now = ctx.clock.now();
    let before = await findUsageForUpdate(tx, found.id);
    if (before === undefined) {
      // No tariff row (see defaultTariff): the report lands on the default plan's row.
      await insertTariff(tx, defaultTariff(ctx, found.id), now);
      before = { ...NO_USAGE, overQuota: false, storageAlert: 0, usersAlert: 0 };
    }
    await recordUsage(tx, found.id, report, now);
    const tenant = await findTenantById(tx, found.id);
    if (tenant === undefined) throw new Error(`tenant ${found.id} vanished inside its transaction`);
    const usage: UsageRecord = {
      usedSize: report.usedSize ?? before.usedSize,
      usersCount: report.usersCount ?? before.usersCount,
      roomAdminCount: report.roomAdminCount ?? before.roomAdminCount,
      roomsCount: report.roomsCount ?? before.roomsCount,
      aiAgentsCount: report.aiAgentsCount ?? before.aiAgentsCount,
      reported: now,
    };
    const overQuota = tenant.quota !== null && usage.usedSize > tenant.quota;
    const result: ReportedUsage = { tenant, usage, crossedQuota: overQuota && !before.overQuota };
    if (result.crossedQuota) {
      await ctx.events.publish(tx, scope, {
        type: 'portal.overquota',
        tenant,
        changes: { usedSize: [before.usedSize, usage.usedSize] },
      });
    }
    // The plan's usage thresholds (USAGE_ALERTS): portal.usage_threshold once per crossing.
    const tariff = await findTariff(tx, found.id);
    if (tariff !== undefined) await checkUsageThresholds(ctx, tx, scope, { tenant, tariff, usage }, before, alertMail);
    await scope.beforeCommit?.(tx, result);
    return result;
  });
}
