import { insertLifecycleAction } from '../../store/repositories/lifecycle-actions.js';
import { findUnsuspendedOverdue } from '../../store/repositories/portal-lifecycle.js';
import { findTariff } from '../../store/repositories/tariffs.js';
import { findTenantById, updateTenantStatus } from '../../store/repositories/tenants.js';
import type { TenantRecord } from '../../store/records.js';
import { isUniqueViolation } from '../../store/store.js';
import { ruleActor } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { DAY_MS } from '../time.js';
import { anySuspension, isNotPaid, LIFECYCLE_RULES, NOT_PAID_REASON, policyFor } from './lifecycle-policy.js';
import { actOn, RULE_BATCH, type RuleFailure, type RuleOutcome } from './rule-outcome.js';

const RULE = LIFECYCLE_RULES.suspendNotPaid;

/**
 * SUSPEND_WHEN_NOT_PAID (or the plan's): an active portal whose tariff became NotPaid (past its
 * due date and the grace days) is suspended with the reason `not paid`, audited as the system
 * under `suspend-not-paid`, with the portal.suspended event. Once per portal and due date: a
 * portal an operator resumes while still unpaid stays resumed until its next due date passes;
 * the record of the suspension, written in its transaction, decides between instances.
 */
export async function suspendNotPaid(ctx: DomainContext): Promise<RuleOutcome> {
  const outcome = { done: 0, failures: [] as RuleFailure[] };
  const { plans, graceDays } = ctx.options.tariff;
  if (!anySuspension(plans, ctx.options.lifecycle)) return outcome;
  const now = ctx.clock.now();
  const dueBefore = new Date(now.getTime() - graceDays * DAY_MS);
  let after = 0;
  for (;;) {
    const batch = await findUnsuspendedOverdue(ctx.store.db, { dueBefore, rule: RULE }, after, RULE_BATCH);
    for (const { tenant, tariff } of batch) {
      after = tenant.id;
      if (!policyFor(tariff.plan, plans, ctx.options.lifecycle).suspendWhenNotPaid) continue;
      await actOn(RULE, tenant.id, () => suspend(ctx, tenant.id), outcome);
    }
    if (batch.length < RULE_BATCH) return outcome;
  }
}

/** Suspends one portal; false when it is no longer an active, unpaid portal or another instance did it. */
async function suspend(ctx: DomainContext, tenantId: number): Promise<boolean> {
  try {
    return await ctx.store.transaction(async (tx) => {
      const now = ctx.clock.now();
      const tenant = await findTenantById(tx, tenantId);
      const tariff = await findTariff(tx, tenantId);
      if (tenant?.status !== 'Active' || tariff?.dueDate == null) return false;
      if (!isNotPaid(tariff, now, ctx.options.tariff.graceDays)) return false;
      await insertLifecycleAction(tx, { tenantId, rule: RULE, dueDate: tariff.dueDate, daysBefore: 0 }, now);
      if (!(await updateTenantStatus(tx, tenantId, 'Suspended', NOT_PAID_REASON, now, true))) return false;
      const suspended: TenantRecord = {
        ...tenant,
        status: 'Suspended',
        statusReason: NOT_PAID_REASON,
        statusChanged: now,
        policySuspendedAt: now,
      };
      await recordChange(
        ctx,
        tx,
        ruleActor(RULE),
        {
          action: 'portal.status',
          tenant,
          changes: { status: ['Active', 'Suspended'], reason: [tenant.statusReason, NOT_PAID_REASON] },
        },
        { type: 'portal.suspended', tenant: suspended, tariff },
      );
      return true;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}
