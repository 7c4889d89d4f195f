/**
 * The operator console's views: pure functions from plain view models to HTML, one per page, and
 * the style sheet they link. The routes fill the models from the domain's answers.
 */
export { CONSOLE_CSS, CONSOLE_CSS_PATH } from './console-css.js';
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
export { signInPage, type SignInPageModel } from './sign-in-page.js';
export { overviewPage, type BacklogView, type OverviewPageModel, type PortalCountsView } from './overview-page.js';
export { portalsPage, type PortalFilters, type PortalRow, type PortalsPageModel } from './portals-page.js';
export { portalPage, type CreatedLinkView, type PortalPageLinks, type PortalPageModel } from './portal-page.js';
export { type TariffFormValues } from './portal-tariff-form.js';
export { confirmPage, type ConfirmPageModel } from './confirm-page.js';
export { clientsPage, type ClientRow, type ClientsPageModel } from './clients-page.js';
export { clientPage, type ClientPageLinks, type ClientPageModel, type NewClientSecretView } from './client-page.js';
export { CLIENT_SCOPES, DEFAULT_CLIENT_SCOPES, type ClientFormValues } from './client-form-fields.js';
export { webhooksPage, type WebhookRow, type WebhooksPageModel } from './webhooks-page.js';
export { webhookPage, type WebhookPageLinks, type WebhookPageModel } from './webhook-page.js';
export { WEBHOOK_EVENT_OPTIONS, type WebhookFormValues } from './webhook-form-fields.js';
export { AUDIT_ACTIONS, auditPage, type AuditFilters, type AuditPageModel } from './audit-page.js';
export { type AuditRow } from './audit-table.js';
export { type DeliveryRow } from './deliveries-table.js';
export { settingsPage, type SettingsPageModel } from './settings-page.js';
export { errorPage, type ErrorPageModel } from './error-page.js';
export { registrationsChart, type DailyCount } from './registrations-chart.js';
