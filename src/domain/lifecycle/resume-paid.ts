import { updateTenantStatus } from '../../store/repositories/tenants.js';
import type { TariffRecord, TenantRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import { ruleActor } from '../actor.js';
import { recordChange } from '../audit/record-change.js';
import type { DomainContext } from '../context.js';
import { LIFECYCLE_RULES } from './lifecycle-policy.js';

/**
 * Inside a tariff change that names a due date or a plan (the panel says the portal is paid for),
 * resumes the portal if the policy suspended it for non-payment — never one that an operator or a
 * client suspended. Audited as the system under `resume-paid`, with the portal.resumed event, in
 * the tariff change's own transaction. Returns the portal as it is afterwards.
 */
export async function resumeIfSuspendedForNonPayment(
  ctx: DomainContext,
  tx: Db,
  tenant: TenantRecord,
  tariff: TariffRecord,
): Promise<TenantRecord> {
  if (tenant.status !== 'Suspended' || tenant.policySuspendedAt === null) return tenant;
  const now = ctx.clock.now();
  if (!(await updateTenantStatus(tx, tenant.id, 'Active', null, now))) return tenant;
  const resumed: TenantRecord = {
    ...tenant,
    status: 'Active',
    statusReason: null,
    statusChanged: now,
    policySuspendedAt: null,
  };
  await recordChange(
    ctx,
    tx,
    ruleActor(LIFECYCLE_RULES.resumePaid),
    {
      action: 'portal.status',
      tenant,
      changes: { status: ['Suspended', 'Active'], reason: [tenant.statusReason, null] },
    },
    { type: 'portal.resumed', tenant: resumed, tariff },
  );
  return resumed;
}
