import type { BaseLogger } from 'pino';
import type { DomainContext } from './domain/context.js';
import { announceTariffStates } from './domain/maintenance/announce-tariff-states.js';
import { purgeExpired } from './domain/maintenance/purge-expired.js';
import { resealSecrets } from './domain/maintenance/reseal-secrets.js';
import { HOUR_MS, MINUTE_MS } from './domain/time.js';

/** The periodic work as the process runs it. */
export interface Maintenance {
  /** Waits for runs in progress, then stops the timers. */
  stop(): Promise<void>;
}

/** One periodic task: what it does, how often, and what its result says when it did something. */
interface Task {
  readonly name: string;
  readonly everyMs: number;
  run(): Promise<unknown>;
  /** True when the result is worth a log line. */
  worthLogging(result: unknown): boolean;
}

/**
 * Runs the maintenance tasks shortly after start and then each at its own pace: the purge of
 * expired records hourly, the tariff-state announcements (tariff.due / tariff.overdue) every ten
 * minutes, the re-sealing of secrets after a machine-key rotation hourly. Every task is safe to
 * run on several instances at once.
 */
export function startMaintenance(ctx: DomainContext, logger: BaseLogger): Maintenance {
  const tasks: Task[] = [
    {
      name: 'purge',
      everyMs: HOUR_MS,
      run: () => purgeExpired(ctx),
      worthLogging: (r) => Object.values(r as Record<string, number>).some((n) => n > 0),
    },
    {
      name: 'tariff announcements',
      everyMs: 10 * MINUTE_MS,
      run: () => announceTariffStates(ctx),
      worthLogging: (n) => (n as number) > 0,
    },
    {
      name: 'secret re-sealing',
      everyMs: HOUR_MS,
      run: () => resealSecrets(ctx),
      worthLogging: (n) => (n as number) > 0,
    },
  ];
  const running = new Map<string, Promise<void>>();
  const timers: NodeJS.Timeout[] = [];
  for (const task of tasks) {
    const run = () => {
      if (running.has(task.name)) return;
      const done = task
        .run()
        .then((result) => {
          if (task.worthLogging(result)) logger.info({ task: task.name, result }, 'maintenance task did work');
        })
        .catch((error: unknown) => logger.error({ err: error, task: task.name }, 'maintenance task failed; will retry'))
        .finally(() => running.delete(task.name));
      running.set(task.name, done);
    };
    // A first run soon after start, off the start-up path; unref: timers never keep the process alive.
    timers.push(setTimeout(run, 30_000), setInterval(run, task.everyMs));
  }
  for (const timer of timers) timer.unref();
  return {
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      await Promise.all(running.values());
    },
  };
}
