import { auditPage } from '../../src/http/console/audit/audit-view.js';
import { clientPage } from '../../src/http/console/clients/client-view.js';
import { clientsPage } from '../../src/http/console/clients/clients-view.js';
import { confirmPage } from '../../src/http/console/components/confirm-page.js';
import { errorPage } from '../../src/http/console/components/error-page.js';
import { overviewPage } from '../../src/http/console/overview/overview-view.js';
import { jobPage } from '../../src/http/console/portals/job-view.js';
import { portalPage } from '../../src/http/console/portals/portal-view.js';
import { portalsPage } from '../../src/http/console/portals/portals-view.js';
import { settingsPage } from '../../src/http/console/settings/settings-view.js';
import { signInPage } from '../../src/http/console/signin/signin-view.js';
import { webhookPage } from '../../src/http/console/webhooks/webhook-view.js';
import { webhooksPage } from '../../src/http/console/webhooks/webhooks-view.js';
import * as s from './console-samples.js';

/** One rendered sample page: a file-friendly name, whether its data is the empty case, the HTML. */
export interface SamplePage {
  readonly name: string;
  readonly empty: boolean;
  readonly html: string;
}

/** Every console page in every state worth looking at, rendered from the samples. */
export function renderSamplePages(t: s.Taint = (text) => text): SamplePage[] {
  const page = (name: string, empty: boolean, html: string): SamplePage => ({ name, empty, html });
  return [
    page('signin', true, signInPage(s.signInSample('blank', t))),
    page('signin-error', false, signInPage(s.signInSample('error', t))),
    page('signin-limited', false, signInPage(s.signInSample('limited', t))),
    page('overview', false, overviewPage(s.overviewSample(false, t))),
    page('overview-empty', true, overviewPage(s.overviewSample(true, t))),
    page('portals', false, portalsPage(s.portalsSample('typical', t))),
    page('portals-empty', true, portalsPage(s.portalsSample('empty', t))),
    page('portals-no-match', true, portalsPage(s.portalsSample('no-match', t))),
    page('job-running', false, jobPage(s.jobSample('running', t))),
    page('job-done', false, jobPage(s.jobSample('done', t))),
    page('portal', false, portalPage(s.portalSample('typical', t))),
    page('portal-tariff-error', false, portalPage(s.portalSample('tariff-error', t))),
    page('portal-new', true, portalPage(s.portalSample('new', t))),
    page('portal-suspended', false, portalPage(s.portalSample('suspended', t))),
    page('portal-removed', false, portalPage(s.portalSample('removed', t))),
    page('portal-remove-confirm', false, confirmPage(s.removeConfirmSample(false, t))),
    page('portal-remove-confirm-error', false, confirmPage(s.removeConfirmSample(true, t))),
    page('clients', false, clientsPage(s.clientsSample('typical', t))),
    page('clients-empty', true, clientsPage(s.clientsSample('empty', t))),
    page('clients-errors', false, clientsPage(s.clientsSample('errors', t))),
    page('client-rotated', false, clientPage(s.clientSample('rotated', t))),
    page('client', false, clientPage(s.clientSample('plain', t))),
    page('client-disabled', false, clientPage(s.clientSample('disabled', t))),
    page('webhooks', false, webhooksPage(s.webhooksSample('typical', t))),
    page('webhooks-empty', true, webhooksPage(s.webhooksSample('empty', t))),
    page('webhooks-errors', false, webhooksPage(s.webhooksSample('errors', t))),
    page('webhook-created', false, webhookPage(s.webhookSample('created', t))),
    page('webhook-empty', true, webhookPage(s.webhookSample('empty', t))),
    page('webhook-filtered', false, webhookPage(s.webhookSample('filtered', t))),
    page('audit', false, auditPage(s.auditSample('typical', t))),
    page('audit-empty', true, auditPage(s.auditSample('empty', t))),
    page('audit-no-match', true, auditPage(s.auditSample('no-match', t))),
    page('settings', false, settingsPage(s.settingsSample(false, t))),
    page('settings-error', false, settingsPage(s.settingsSample(true, t))),
    page('error', false, errorPage(s.errorSample(true, t))),
    page('error-signed-out', false, errorPage(s.errorSample(false, t))),
  ];
}
