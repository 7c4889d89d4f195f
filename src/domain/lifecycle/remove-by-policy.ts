import { findPolicySuspended, findScheduledRemovals } from '../../store/repositories/portal-lifecycle.js';
import { findTenantById, updateTenantStatus } from '../../store/repositories/tenants.js';
import type { TenantRecord } from '../../store/records.js';
import { ruleActor } from '../actor.js';
import type { Changes } from '../audit/audit-actions.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DAY_MS } from '../time.js';
import {
  anyRemovalOfSuspended,
  LIFECYCLE_RULES,
  policyFor,
  removalAfterSuspension,
  type LifecycleRule,
} from './lifecycle-policy.js';
import { actOn, RULE_BATCH, type RuleFailure, type RuleOutcome } from './rule-outcome.js';

/**
 * REMOVE_SUSPENDED_AFTER_DAYS (or the plan's): a portal the policy suspended for non-payment that
 * many days ago is removed (a tombstone, as portal/remove makes), audited as the system under
 * `remove-suspended`, with the portal.removed event. A protected portal is left alone.
 */
export async function removeLongSuspended(ctx: DomainContext): Promise<RuleOutcome> {
  const outcome = { done: 0, failures: [] as RuleFailure[] };
  const server = ctx.options.lifecycle;
  const { plans } = ctx.options.tariff;
  if (!anyRemovalOfSuspended(plans, server)) return outcome;
  const now = ctx.clock.now();
  const shortest = Math.min(
    ...[server.removeSuspendedAfterDays, ...plans.map((p) => p.removeSuspendedAfterDays)].filter(
      (d): d is number => typeof d === 'number',
    ),
  );
  const suspendedBy = new Date(now.getTime() - shortest * DAY_MS);
  const rule = LIFECYCLE_RULES.removeSuspended;
  let after = 0;
  for (;;) {
    const batch = await findPolicySuspended(ctx.store.db, { suspendedBy }, after, RULE_BATCH);
    for (const { tenant, tariff } of batch) {
      after = tenant.id;
      const days = policyFor(tariff.plan, plans, server).removeSuspendedAfterDays;
      const at = tenant.policySuspendedAt === null ? null : removalAfterSuspension(tenant.policySuspendedAt, days);
      if (at === null || at.getTime() > now.getTime() || tenant.isProtected) continue;
      await actOn(
        rule,
        tenant.id,
        () =>
          removeByRule(ctx, tenant.id, rule, (t) =>
            t.status === 'Suspended' && t.policySuspendedAt?.getTime() === tenant.policySuspendedAt?.getTime()
              ? {}
              : undefined,
          ),
        outcome,
      );
    }
    if (batch.length < RULE_BATCH) return outcome;
  }
}

/**
 * Removals scheduled with DELETE portal/remove `at`: carried out once their moment has come,
 * audited as the system under `scheduled-removal`, with the portal.removed event.
 */
export async function carryOutScheduledRemovals(ctx: DomainContext): Promise<RuleOutcome> {
  const outcome = { done: 0, failures: [] as RuleFailure[] };
  const now = ctx.clock.now();
  const rule = LIFECYCLE_RULES.scheduledRemoval;
  let after = 0;
  for (;;) {
    const batch = await findScheduledRemovals(ctx.store.db, { by: now }, after, RULE_BATCH);
    for (const tenant of batch) {
      after = tenant.id;
      await actOn(
        rule,
        tenant.id,
        () =>
          removeByRule(ctx, tenant.id, rule, (t) =>
            t.removalScheduledAt !== null && t.removalScheduledAt.getTime() <= ctx.clock.now().getTime()
              ? { removalScheduledAt: [t.removalScheduledAt.toISOString(), null] }
              : undefined,
          ),
        outcome,
      );
    }
    if (batch.length < RULE_BATCH) return outcome;
  }
}

/**
 * Removes one portal under `rule`, if `still` (reading it again inside the transaction) says
 * the rule still applies — it answers the extra changes to record, or undefined. False when it
 * no longer applies, the portal is protected, or another instance removed it first (the status
 * update is conditional).
 */
async function removeByRule(
  ctx: DomainContext,
  tenantId: number,
  rule: LifecycleRule,
  still: (tenant: TenantRecord) => Changes | undefined,
): Promise<boolean> {
  return ctx.store.transaction(async (tx) => {
    const tenant = await findTenantById(tx, tenantId);
    if (tenant === undefined || tenant.status === 'RemovePending' || tenant.isProtected) return false;
    const extra = still(tenant);
    if (extra === undefined) return false;
    const now = ctx.clock.now();
    if (!(await updateTenantStatus(tx, tenantId, 'RemovePending', tenant.statusReason, now))) return false;
    const removed: TenantRecord = { ...tenant, status: 'RemovePending', statusChanged: now, removalScheduledAt: null };
    await recordChange(
      ctx,
      tx,
      ruleActor(rule),
      { action: 'portal.remove', tenant, changes: { status: [tenant.status, 'RemovePending'], ...extra } },
      { type: 'portal.removed', tenant: removed },
    );
    return true;
  });
}
