import { html, type SafeHtml } from '../../../html.js';
import { checkboxGroup, selectField, textField } from '../components/form-fields.js';
import { dataTable } from '../components/data-table.js';
import { formatNumber, timeTag } from '../components/format.js';
import { panel } from '../components/panel.js';
import { postForm } from '../components/post-form.js';
import { safeHref } from '../components/safe-href.js';
import type { FieldErrors, SelectOption } from '../components/view-models.js';
import { jobStateBadge, type JobView } from './job-view.js';

/** The bulk action under the portals list: applied to every portal the list's filters select. */
export interface BulkFormModel {
  /** POST target; fields `action`, `reason`, `plan`, `confirm`, and the list's filters (hidden). */
  readonly action: string;
  readonly csrfToken: string;
  /** The list's filters as hidden fields; null when they cannot be used for a bulk job (a name search). */
  readonly filters: Readonly<Record<string, string>> | null;
  /** The filters in words ("status Suspended, plan business"), or "every active portal". */
  readonly description: string;
  readonly planOptions: readonly SelectOption[];
  /** The values of a refused post. */
  readonly values: { readonly action: string; readonly reason: string; readonly plan: string };
  readonly errors: FieldErrors;
  /** The latest jobs, with their pages. */
  readonly recentJobs: readonly (JobView & { readonly href: string })[];
}

const ACTIONS: readonly SelectOption[] = [
  { value: 'suspend', label: 'Suspend' },
  { value: 'resume', label: 'Resume' },
  { value: 'tariff', label: 'Change the plan' },
  { value: 'remove', label: 'Remove' },
];

/** A panel with the bulk action form and the latest bulk jobs. */
export function bulkActionPanel(model: BulkFormModel): SafeHtml {
  const form =
    model.filters === null
      ? html`<p class="muted">A bulk action applies to the status, client, plan and usage filters, and to a search by owner e-mail or domain; a search by name cannot select portals for it. Clear the search to use it.</p>`
      : postForm({
          action: model.action,
          csrfToken: model.csrfToken,
          id: 'bulk-form',
          hidden: model.filters,
          noValidate: true,
          body: html`<p>Applies to <strong>${model.description}</strong>, in the background: each portal is changed, audited and announced as if done alone, and the job can be cancelled.</p>
<div class="form-grid">
${selectField({ id: 'bulk-form-action', name: 'action', label: 'Action', value: model.values.action, options: ACTIONS, error: model.errors.action, width: 'medium' })}
${selectField({ id: 'bulk-form-plan', name: 'plan', label: 'New plan', value: model.values.plan, options: [{ value: '', label: 'Choose a plan' }, ...model.planOptions], error: model.errors.plan, hint: 'For “Change the plan”.', optional: true, width: 'medium' })}
${textField({ id: 'bulk-form-reason', name: 'reason', label: 'Reason', value: model.values.reason, error: model.errors.reason, hint: 'For suspend and resume: stored with the status.', optional: true })}
</div>
${checkboxGroup({ id: 'bulk-form-confirm', name: 'confirm', legend: 'Confirm', options: [{ value: 'yes', label: 'I understand this changes every matching portal' }], checked: [], error: model.errors.confirm })}
<div class="form-actions"><button type="submit" class="button button-warning">Start bulk job</button></div>`,
        });
  const jobs =
    model.recentJobs.length === 0
      ? html``
      : dataTable({
          id: 'bulk-jobs',
          caption: 'Latest bulk jobs',
          rows: model.recentJobs,
          empty: html``,
          columns: [
            {
              header: 'Job',
              rowHeader: true,
              cell: (job) => html`<a href="${safeHref(job.href)}" class="code">${job.jobId}</a>`,
            },
            { header: 'State', cell: (job) => jobStateBadge(job.state), nowrap: true },
            { header: 'Action', cell: (job) => job.action },
            {
              header: 'Handled',
              cell: (job) => `${formatNumber(job.done + job.failed)} of ${formatNumber(job.total)}`,
              align: 'end',
              nowrap: true,
            },
            { header: 'Created', cell: (job) => timeTag(job.created), nowrap: true, align: 'end' },
          ],
        });
  return panel({
    id: 'bulk',
    title: 'Bulk action',
    description: 'Suspend, resume, change the plan of, or remove every portal these filters select.',
    body: html`${form}
${jobs}`,
  });
}
