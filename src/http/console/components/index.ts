/**
 * The operator console's views: pure functions from plain view models to HTML, one per page, and
 * the style sheet they link. The routes fill the models from the domain's answers.
 */
export { CONSOLE_STYLESHEET } from './console-css.js';
export { CSRF_FIELD_NAME } from './post-form.js';
export {
  CONSOLE_SECTIONS,
  consoleLayout,
  type ConsoleChrome,
  type ConsoleNav,
  type ConsoleSection,
  type FlashMessage,
} from './layout.js';
export type * from './view-models.js';
export { signInPage, type SignInPageModel } from '../signin/signin-view.js';
export {
  overviewPage,
  type BacklogView,
  type OverviewPageModel,
  type PortalCountsView,
} from '../overview/overview-view.js';
export { portalsPage, type PortalFilters, type PortalRow, type PortalsPageModel } from '../portals/portals-view.js';
export {
  portalPage,
  type CreatedLinkView,
  type PortalPageLinks,
  type PortalPageModel,
} from '../portals/portal-view.js';
export { type TariffFormValues } from '../portals/portal-tariff-form.js';
export { confirmPage, type ConfirmPageModel } from './confirm-page.js';
export { clientsPage, type ClientRow, type ClientsPageModel } from '../clients/clients-view.js';
export {
  clientPage,
  type ClientPageLinks,
  type ClientPageModel,
  type NewClientSecretView,
} from '../clients/client-view.js';
export { CLIENT_SCOPES, DEFAULT_CLIENT_SCOPES, type ClientFormValues } from '../clients/client-form-fields.js';
export { webhooksPage, type WebhookRow, type WebhooksPageModel } from '../webhooks/webhooks-view.js';
export { webhookPage, type WebhookPageLinks, type WebhookPageModel } from '../webhooks/webhook-view.js';
export { WEBHOOK_EVENT_OPTIONS, type WebhookFormValues } from '../webhooks/webhook-form-fields.js';
export { auditPage, type AuditFilters, type AuditPageModel } from '../audit/audit-view.js';
export { type AuditRow } from '../audit/audit-table.js';
export { type DeliveryRow } from '../webhooks/deliveries-table.js';
export { settingsPage, type SettingsPageModel } from '../settings/settings-view.js';
export { errorPage, type ErrorPageModel } from './error-page.js';
export { registrationsChart, type DailyCount } from '../overview/registrations-chart.js';
