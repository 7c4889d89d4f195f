import type { BaseLogger } from 'pino';
import type { DomainContext } from './domain/context.js';
import { purgeExpired } from './domain/maintenance/purge-expired.js';
import { HOUR_MS } from './domain/time.js';

/** The periodic clean-up as the process runs it. */
export interface Maintenance {
  /** Waits for a run in progress, then stops the timer. */
  stop(): Promise<void>;
}

/** Runs purgeExpired shortly after start and then every `intervalMs` (default hourly). */
export function startMaintenance(ctx: DomainContext, logger: BaseLogger, intervalMs = HOUR_MS): Maintenance {
  let running: Promise<void> | undefined;
  const run = () => {
    if (running) return;
    running = purgeExpired(ctx)
      .then((result) => {
        if (result.tenants + result.usedLinks + result.sentMail + result.auditRecords > 0) logger.info({ purged: result }, 'expired records purged');
      })
      .catch((error: unknown) => logger.error({ err: error }, 'purging expired records failed; will retry'))
      .finally(() => {
        running = undefined;
      });
  };
  // A first run soon after start, off the start-up path; unref: the timers never keep the process alive.
  const first = setTimeout(run, 30_000);
  const timer = setInterval(run, intervalMs);
  first.unref();
  timer.unref();
  return {
    stop: async () => {
      clearTimeout(first);
      clearInterval(timer);
      await running;
    },
  };
}
