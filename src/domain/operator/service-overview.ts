import { mailBacklog } from '../../store/repositories/outbox.js';
import { countRegistrationsBetween } from '../../store/repositories/registration-counts.js';
import { countTenantsByStatus } from '../../store/repositories/tenants.js';
import { countFailedDeliveries } from '../../store/repositories/webhook-deliveries.js';
import { webhookBacklog } from '../../store/repositories/webhook-events.js';
import type { TenantStatus } from '../../store/records.js';
import type { DomainContext } from '../context.js';
import { DAY_MS } from '../time.js';

/** The console's overview: portals by status, registrations per day, and what waits to be sent. */
export interface ServiceOverview {
  readonly asOf: Date;
  readonly portals: Readonly<Record<TenantStatus, number>>;
  /** The last REGISTRATION_DAYS days (UTC), oldest first, today last (so far). */
  readonly registrations: ReadonlyArray<{ readonly day: string; readonly count: number }>;
  readonly mail: { readonly pending: number; readonly oldest: Date | null };
  readonly webhooks: { readonly pending: number; readonly oldest: Date | null; readonly failed: number };
}

export const REGISTRATION_DAYS = 30;

/**
 * Reads the overview. `mailMaxAttempts` is the mail sender's retry limit: mail past it is no
 * longer waiting. Each number is an index range or a grouped count over an index.
 */
export async function serviceOverview(
  ctx: DomainContext,
  options: { readonly mailMaxAttempts: number },
): Promise<ServiceOverview> {
  const db = ctx.store.db;
  const now = ctx.clock.now();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const bounds = Array.from(
    { length: REGISTRATION_DAYS + 1 },
    (_, i) => new Date(today - (REGISTRATION_DAYS - 1 - i) * DAY_MS),
  );
  const counts = await countRegistrationsBetween(db, bounds);
  const webhooks = await webhookBacklog(db);
  return {
    asOf: now,
    portals: await countTenantsByStatus(db),
    registrations: counts.map((count, i) => ({ day: (bounds[i] ?? now).toISOString().slice(0, 10), count })),
    mail: await mailBacklog(db, options.mailMaxAttempts),
    webhooks: { ...webhooks, failed: await countFailedDeliveries(db) },
  };
}
