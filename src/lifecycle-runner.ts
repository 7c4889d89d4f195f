import { randomUUID } from 'node:crypto';
import type { BaseLogger } from 'pino';
import type { DomainContext } from './domain/context.js';
import { runLifecyclePolicy, type LifecycleHooks } from './domain/lifecycle/run-lifecycle-policy.js';
import { pollLoop, type PollLoop } from './poll-loop.js';

/**
 * The lifecycle policy as the process runs it: one look every LIFECYCLE_INTERVAL_SECONDS, so
 * every rule acts within one interval of becoming due. Instances take turns through a lease
 * (domain/lifecycle/run-lifecycle-policy.ts); each action is logged by the rules' audit records,
 * a run that did something by one line here.
 */
export function startLifecycle(ctx: DomainContext, hooks: LifecycleHooks, logger: BaseLogger): PollLoop {
  const holder = randomUUID();
  const loop = pollLoop({
    intervalMs: ctx.options.lifecycle.intervalMs,
    run: async () => {
      const result = await runLifecyclePolicy(ctx, hooks, holder);
      if (result === undefined) return 0;
      for (const failure of result.failures)
        logger.error(
          { err: failure.error, rule: failure.rule, tenantId: failure.tenantId },
          'a lifecycle rule failed on a portal; it is tried again next time',
        );
      const acted = result.reminders + result.suspended + result.removedSuspended + result.removedScheduled;
      if (acted > 0) {
        const { failures: _logged, ...counts } = result;
        logger.info({ task: 'lifecycle', result: counts }, 'the lifecycle policy acted');
      }
      return acted;
    },
    onError: (error) => logger.error({ err: error, task: 'lifecycle' }, 'the lifecycle policy run failed; will retry'),
  });
  loop.start();
  return loop;
}
