import { findTariffsToAnnounce, markTariffAnnounced } from '../../store/repositories/tariffs.js';
import { findTenantById } from '../../store/repositories/tenants.js';
import { SYSTEM_ACTOR } from '../actor.js';
import type { DomainContext } from '../context.js';
import { TariffState, tariffState } from '../tariff/tariff.js';

const BATCH = 500;

/**
 * States that change with time alone — a tariff past its due date (Delay, `tariff.due`) and past
 * its grace days (NotPaid, `tariff.overdue`) — found by the maintenance job and announced once per
 * change: the announced state is moved by a conditional update in the event's own transaction, so
 * of several instances running this at once exactly one sends each event. A new due date (tariff/set)
 * starts the announcements over. Returns how many events were queued.
 */
export async function announceTariffStates(ctx: DomainContext): Promise<number> {
  const now = ctx.clock.now();
  let announced = 0;
  let after = 0;
  for (;;) {
    const batch = await findTariffsToAnnounce(ctx.store.db, now, after, BATCH);
    for (const { tariff, notifiedState } of batch) {
      after = tariff.tenantId;
      const state = tariffState(tariff, now, ctx.options.tariff.graceDays);
      const type =
        state === TariffState.NotPaid ? 'tariff.overdue' : state === TariffState.Delay ? 'tariff.due' : undefined;
      if (type === undefined || state <= notifiedState) continue;
      const sent = await ctx.store.transaction(async (tx) => {
        if (!(await markTariffAnnounced(tx, tariff.tenantId, notifiedState, state))) return false;
        const tenant = await findTenantById(tx, tariff.tenantId);
        if (tenant === undefined) return false;
        await ctx.events.publish(tx, SYSTEM_ACTOR, { type, tenant, tariff });
        return true;
      });
      if (sent) announced += 1;
    }
    if (batch.length < BATCH) return announced;
  }
}
