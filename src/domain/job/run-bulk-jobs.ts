import { setImmediate as nextTurn } from 'node:timers/promises';
import {
  claimJob,
  finishJob,
  markItem,
  pendingItems,
  releaseJob,
  renewJobLease,
  type JobRecord,
} from '../../store/repositories/bulk-jobs.js';
import type { Caller, ChangeScope } from '../actor.js';
import type { DomainContext } from '../context.js';
import { DomainError } from '../errors.js';
import { changePortalStatus, removePortal } from '../portal/change-portal-status.js';
import { setTariff } from '../tariff/set-tariff.js';
import { MINUTE_MS } from '../time.js';
import type { BulkAction, BulkParams } from './bulk-request.js';

/** Portals read per batch; the lease is renewed after each. */
export const JOB_BATCH = 100;
/** How long a claim on a job lasts unless renewed: a crashed runner's job is taken over after it. */
export const JOB_LEASE_MS = MINUTE_MS;

/** Tells a run when its instance is stopping (it then gives its job back before the next portal). */
export interface JobRunControl {
  readonly stopping: () => boolean;
}

/** A portal's change was refused by its job: cancelled meanwhile, or taken over by another instance. */
class JobInterrupted extends Error {
  constructor() {
    super('the bulk job was cancelled or taken over');
    this.name = 'JobInterrupted';
  }
}

/**
 * Works on the bulk jobs waiting (src/bulk-job-runner.ts calls it): claims one with a lease
 * (`holder` names this instance), changes its pending portals one by one, each in its own
 * transaction that also marks the portal done on the job — so a crash or a restart loses nothing
 * and repeats nothing — renews the lease after every batch, and ends the job done when no portal
 * is left. A portal a rule refuses (not found any more, protected…) is counted as failed with its
 * error code. Between portals it lets the requests waiting for the database go first: SQLite's
 * one connection goes to whoever asks first after it is freed, and a loop asking again at once
 * would keep it for the whole job. Resolves to how many portals it handled.
 */
export async function runBulkJobs(ctx: DomainContext, holder: string, control: JobRunControl): Promise<number> {
  let handled = 0;
  while (!control.stopping()) {
    const now = ctx.clock.now();
    const job = await claimJob(ctx.store.db, {
      now,
      leaseUntil: new Date(now.getTime() + JOB_LEASE_MS),
      leaseId: holder,
    });
    if (job === undefined) return handled;
    handled += await workOn(ctx, job, holder, control);
  }
  return handled;
}

async function workOn(ctx: DomainContext, job: JobRecord, holder: string, control: JobRunControl): Promise<number> {
  const caller = await callerOf(ctx, job);
  if (caller === undefined) {
    // The client that made it was removed or disabled: its job may not act for it any more.
    await finishJob(ctx.store.db, job.id, holder, 'failed', ctx.clock.now());
    return 0;
  }
  const params = JSON.parse(job.params) as BulkParams;
  const action = job.action as BulkAction;
  let handled = 0;
  for (;;) {
    const batch = await pendingItems(ctx.store.db, job.id, JOB_BATCH);
    if (batch.length === 0) {
      await finishJob(ctx.store.db, job.id, holder, 'done', ctx.clock.now());
      return handled;
    }
    for (const tenantId of batch) {
      if (control.stopping()) {
        await releaseJob(ctx.store.db, job.id, holder);
        return handled;
      }
      if (!(await applyTo(ctx, job, holder, caller, action, params, tenantId))) return handled;
      handled += 1;
      await nextTurn();
    }
    const now = ctx.clock.now();
    if (!(await renewJobLease(ctx.store.db, job.id, holder, new Date(now.getTime() + JOB_LEASE_MS)))) return handled;
  }
}

/** Changes one portal; false when the job stopped being this instance's (cancelled, taken over). */
async function applyTo(
  ctx: DomainContext,
  job: JobRecord,
  holder: string,
  caller: Caller,
  action: BulkAction,
  params: BulkParams,
  tenantId: number,
): Promise<boolean> {
  const item = { id: job.id, tenantId, leaseId: holder };
  const scope: ChangeScope = {
    caller,
    ip: job.actorIp,
    // Every record the job makes names it, as a request's records name the request.
    requestId: job.jobId,
    beforeCommit: async (tx) => {
      if (!(await markItem(tx, item, { failed: false }))) throw new JobInterrupted();
    },
  };
  const ref = { tenantId };
  try {
    switch (action) {
      case 'suspend':
        await changePortalStatus(ctx, scope, ref, 'Suspended', params.reason);
        break;
      case 'resume':
        await changePortalStatus(ctx, scope, ref, 'Active', params.reason);
        break;
      case 'tariff':
        await setTariff(ctx, scope, ref, params.change ?? {});
        break;
      case 'remove':
        await removePortal(ctx, scope, ref);
        break;
    }
    return true;
  } catch (error) {
    if (error instanceof JobInterrupted) return false;
    if (!(error instanceof DomainError)) throw error;
    // Refused by the rules (the portal is gone, protected, …): counted as failed, with the code.
    return ctx.store.transaction((tx) => markItem(tx, item, { failed: true, error: error.code }));
  }
}

/** The caller a job acts as: its operator, or its client while that client may still act. */
async function callerOf(ctx: DomainContext, job: JobRecord): Promise<Caller | undefined> {
  if (job.actorType === 'operator') return { kind: 'operator', id: job.actorId };
  if (job.actorType !== 'client' || job.clientId === null) return undefined;
  const client = await ctx.clients.find(job.clientId);
  if (client === undefined || client.removed !== null || client.disabled) return undefined;
  return {
    kind: 'client',
    client: { clientId: client.clientId, partnerId: client.partnerId, maxPortals: client.maxPortals },
  };
}
