import type { FastifyInstance, FastifyRequest } from 'fastify';
import {
  upcomingActions,
  type UpcomingAction,
  type UpcomingActions,
} from '../../../domain/lifecycle/upcoming-actions.js';
import { serviceOverview, type ServiceOverview } from '../../../domain/operator/service-overview.js';
import { MINUTE_MS } from '../../../domain/time.js';
import type { ConsoleDeps } from '../console-deps.js';
import { noticeOf } from '../console-notices.js';
import { consolePaths, withQuery } from '../console-paths.js';
import { overviewPage, type BacklogView } from '../components/index.js';
import type { UpcomingView } from './upcoming-panel.js';

/** Mail waiting longer than this means the sender is stuck (it retries within minutes). */
const MAIL_STUCK_MS = 15 * MINUTE_MS;
/** A delivery waiting longer than this means an endpoint keeps failing (retries space out over hours). */
const WEBHOOK_STUCK_MS = 60 * MINUTE_MS;

/**
 * How long one reading of the overview is shown. Counting a million portals by status and by day
 * takes about a tenth of a second, and on SQLite every other query waits meanwhile: each instance
 * reads it at most this often, however many operators look (the page says when it was read).
 */
const OVERVIEW_MAX_AGE_MS = 30_000;

/** How far ahead the overview looks for lifecycle actions. */
const UPCOMING_DAYS = 7;

/**
 * GET /console: portals by status, registrations per day for 30 days, the mail and webhook
 * backlogs, and what the lifecycle policy will do in the next days.
 */
export function overviewPageRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { ctx } = deps;
  let reading: { readonly at: number; readonly overview: Promise<ServiceOverview> } | undefined;
  // What the lifecycle policy will do is read as often as the rest of the overview.
  let upcomingReading: { readonly at: number; readonly upcoming: Promise<UpcomingActions> } | undefined;
  const readUpcoming = (request: FastifyRequest): Promise<UpcomingActions> => {
    const now = ctx.clock.now().getTime();
    if (upcomingReading === undefined || now - upcomingReading.at >= OVERVIEW_MAX_AGE_MS) {
      const upcoming = upcomingActions(ctx, deps.actor(request), UPCOMING_DAYS);
      upcoming.catch(() => {
        if (upcomingReading?.upcoming === upcoming) upcomingReading = undefined;
      });
      upcomingReading = { at: now, upcoming };
    }
    return upcomingReading.upcoming;
  };
  const read = (): Promise<ServiceOverview> => {
    const now = ctx.clock.now().getTime();
    if (reading === undefined || now - reading.at >= OVERVIEW_MAX_AGE_MS) {
      const overview = serviceOverview(ctx, { mailMaxAttempts: deps.mailMaxAttempts });
      // A failed reading is not kept: the next view tries again.
      overview.catch(() => {
        if (reading?.overview === overview) reading = undefined;
      });
      reading = { at: now, overview };
    }
    return reading.overview;
  };

  app.get('/', async (request, reply) => {
    const overview = await read();
    const upcoming = await readUpcoming(request);
    const now = overview.asOf.getTime();
    const backlog = (
      pending: number,
      oldest: Date | null,
      failed: number | null,
      stuckMs: number,
      href: string | null,
    ): BacklogView => {
      const age = oldest === null ? null : Math.max(0, Math.round((now - oldest.getTime()) / 1000));
      return { pending, oldestAgeSeconds: age, failed, attention: age !== null && age * 1000 > stuckMs, href };
    };
    const byStatus = (status: string) => withQuery(consolePaths.portals, { status });
    return deps.send(
      reply,
      200,
      overviewPage({
        chrome: deps.chrome(request, 'overview', noticeOf(request)),
        asOf: overview.asOf.toISOString(),
        portals: {
          active: overview.portals.Active,
          suspended: overview.portals.Suspended,
          removePending: overview.portals.RemovePending,
          activeHref: byStatus('Active'),
          suspendedHref: byStatus('Suspended'),
          removePendingHref: byStatus('RemovePending'),
        },
        registrations: overview.registrations,
        mail: backlog(overview.mail.pending, overview.mail.oldest, null, MAIL_STUCK_MS, null),
        webhooks: backlog(
          overview.webhooks.pending,
          overview.webhooks.oldest,
          overview.webhooks.failed,
          WEBHOOK_STUCK_MS,
          consolePaths.webhooks,
        ),
        upcoming: upcomingView(upcoming),
      }),
    );
  });
}

/** The lifecycle actions the overview lists (the rest are a lifecycle/upcoming call away). */
const UPCOMING_ROWS = 10;

/** The overview's panel of what the lifecycle policy will do in the next UPCOMING_DAYS days. */
function upcomingView(upcoming: UpcomingActions): UpcomingView {
  const count = (action: UpcomingAction['action']) => upcoming.actions.filter((a) => a.action === action).length;
  return {
    days: UPCOMING_DAYS,
    reminders: count('reminder'),
    suspensions: count('suspend'),
    removals: count('remove'),
    truncated: upcoming.truncated,
    rows: upcoming.actions.slice(0, UPCOMING_ROWS).map((a) => ({
      at: a.at.toISOString(),
      action: a.action,
      rule: a.rule,
      portalName: a.tenant.alias,
      href: consolePaths.portal(a.tenant.id),
      daysBefore: a.daysBefore,
    })),
  };
}
