import { html, type SafeHtml } from '../../../html.js';
import type { z } from 'zod';
import type { jobSchema } from '../../../wire/job.js';
import { detailsList } from '../components/details-list.js';
import { formatNumber, timeTag } from '../components/format.js';
import { consoleLayout, type ConsoleChrome } from '../components/layout.js';
import { pageHeading } from '../components/page-heading.js';
import { panel } from '../components/panel.js';
import { postForm } from '../components/post-form.js';
import { safeHref } from '../components/safe-href.js';
import { badge, type BadgeTone } from '../components/status-badge.js';

/** A bulk job, as job/get shows it. */
export type JobView = z.output<typeof jobSchema>;

/** One bulk job's page. */
export interface JobPageModel {
  readonly chrome: ConsoleChrome;
  readonly job: JobView;
  /** This page (reload it to see the progress). */
  readonly selfHref: string;
  /** POST: cancel the job (while it is queued or running). */
  readonly cancelAction: string;
  readonly listHref: string;
}

const ACTION_LABELS: Readonly<Record<JobView['action'], string>> = {
  suspend: 'Suspend',
  resume: 'Resume',
  tariff: 'Change the tariff',
  remove: 'Remove',
};

const STATES: Readonly<Record<JobView['state'], { readonly label: string; readonly tone: BadgeTone }>> = {
  queued: { label: 'Queued', tone: 'info' },
  running: { label: 'Running', tone: 'info' },
  done: { label: 'Done', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'neutral' },
  failed: { label: 'Failed', tone: 'danger' },
};

/** A job's state as a badge. */
export function jobStateBadge(state: JobView['state']): SafeHtml {
  return badge(STATES[state].label, STATES[state].tone);
}

/** The job: its progress bar, counts and times, and Cancel while it runs. */
export function jobPage(model: JobPageModel): string {
  const { job } = model;
  const handled = job.done + job.failed;
  const percent = job.total === 0 ? 100 : Math.floor((handled * 100) / job.total);
  const open = job.state === 'queued' || job.state === 'running';
  const progress = html`<p><label for="job-progress">${formatNumber(handled)} of ${formatNumber(job.total)} portals handled (${percent}%)</label></p>
<progress id="job-progress" class="progress" max="${Math.max(job.total, 1)}" value="${job.total === 0 ? 1 : handled}">${percent}%</progress>
${detailsList([
  { term: 'Action', value: ACTION_LABELS[job.action] },
  { term: 'Done', value: formatNumber(job.done) },
  {
    term: 'Failed',
    value: job.failed === 0 ? '0' : html`<span class="badge badge-danger">${formatNumber(job.failed)}</span>`,
  },
  { term: 'Created', value: timeTag(job.created) },
  { term: 'Finished', value: timeTag(job.finished) },
])}
${open ? html`<p><a class="button button-secondary" href="${safeHref(model.selfHref)}">Refresh</a></p>` : html``}`;
  return consoleLayout(model.chrome, {
    title: `Bulk job ${job.jobId}`,
    body: html`${pageHeading({
      title: `Bulk job`,
      meta: jobStateBadge(job.state),
      description: html`<span class="code">${job.jobId}</span>`,
      breadcrumbs: [{ label: 'Portals', href: model.listHref }],
    })}
${panel({ id: 'job-progress-panel', title: 'Progress', body: progress })}
${
  open
    ? panel({
        id: 'job-cancel',
        title: 'Cancel the job',
        tone: 'danger',
        body: html`<p>The job stops before its next portal; the portals already changed stay changed.</p>
${postForm({ action: model.cancelAction, csrfToken: model.chrome.csrfToken, body: html`<button type="submit" class="button button-danger-outline">Cancel job</button>` })}`,
      })
    : html``
}`,
  });
}
