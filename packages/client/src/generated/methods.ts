// Generated from the server's /openapi.json by `npm run generate:client`: do not edit by hand.

import type { CallOptions } from '../client.js';
import type { components, operations } from './openapi.js';

/** Every API method, by group and name: its HTTP verb, its path under the API prefix, and whether it takes parameters. */
export const METHODS = {
  audit: {
    list: { verb: 'GET', path: 'audit/list', params: true },
  },
  client: {
    create: { verb: 'POST', path: 'client/create', params: true },
    get: { verb: 'GET', path: 'client/get', params: true },
    list: { verb: 'GET', path: 'client/list', params: false },
    remove: { verb: 'DELETE', path: 'client/remove', params: true },
    rotate: { verb: 'POST', path: 'client/rotate', params: true },
    update: { verb: 'PUT', path: 'client/update', params: true },
  },
  job: {
    cancel: { verb: 'POST', path: 'job/cancel', params: true },
    get: { verb: 'GET', path: 'job/get', params: true },
    list: { verb: 'GET', path: 'job/list', params: true },
  },
  lifecycle: {
    upcoming: { verb: 'GET', path: 'lifecycle/upcoming', params: true },
  },
  people: {
    find: { verb: 'POST', path: 'people/find', params: true },
  },
  portal: {
    bulk: { verb: 'POST', path: 'portal/bulk', params: true },
    cancelremoval: { verb: 'POST', path: 'portal/cancelremoval', params: true },
    client: { verb: 'PUT', path: 'portal/client', params: true },
    get: { verb: 'GET', path: 'portal/get', params: true },
    loginlink: { verb: 'POST', path: 'portal/loginlink', params: true },
    protection: { verb: 'PUT', path: 'portal/protection', params: true },
    provision: { verb: 'POST', path: 'portal/provision', params: true },
    register: { verb: 'POST', path: 'portal/register', params: true },
    registerbyemail: { verb: 'POST', path: 'portal/registerbyemail', params: true },
    remove: { verb: 'DELETE', path: 'portal/remove', params: true },
    resendactivation: { verb: 'POST', path: 'portal/resendactivation', params: true },
    restore: { verb: 'POST', path: 'portal/restore', params: true },
    signin: { verb: 'POST', path: 'portal/signin', params: true },
    status: { verb: 'PUT', path: 'portal/status', params: true },
    test: { verb: 'GET', path: 'portal/test', params: false },
    usage: { verb: 'PUT', path: 'portal/usage', params: true },
    validateportalname: { verb: 'POST', path: 'portal/validateportalname', params: true },
  },
  settings: {
    checkdomain: { verb: 'POST', path: 'settings/checkdomain', params: true },
    get: { verb: 'GET', path: 'settings/get', params: true },
    save: { verb: 'POST', path: 'settings/save', params: true },
    test: { verb: 'GET', path: 'settings/test', params: false },
  },
  tariff: {
    all: { verb: 'GET', path: 'tariff/all', params: false },
    get: { verb: 'GET', path: 'tariff/get', params: true },
    set: { verb: 'PUT', path: 'tariff/set', params: true },
  },
  webhook: {
    create: { verb: 'POST', path: 'webhook/create', params: true },
    deliveries: { verb: 'GET', path: 'webhook/deliveries', params: true },
    get: { verb: 'GET', path: 'webhook/get', params: true },
    list: { verb: 'GET', path: 'webhook/list', params: false },
    redeliver: { verb: 'POST', path: 'webhook/redeliver', params: true },
    remove: { verb: 'DELETE', path: 'webhook/remove', params: true },
    rotate: { verb: 'POST', path: 'webhook/rotate', params: true },
    test: { verb: 'POST', path: 'webhook/test', params: true },
    update: { verb: 'PUT', path: 'webhook/update', params: true },
  },
} as const;

/** The typed methods: one per API method (`api.portal.register(params)`). */
export interface ApiMethods {
  readonly audit: {
    /** GET audit/list: Audit records, newest first, a page at a time (signed, scope `audit:read`). */
    list(params?: AuditListParams, options?: CallOptions): Promise<AuditListAnswer>;
  };
  readonly client: {
    /** POST client/create: Create an API client; its secret is shown only in this answer (operator). */
    create(params?: ClientCreateParams, options?: CallOptions): Promise<ClientCreateAnswer>;
    /** GET client/get: One API client (operator). */
    get(params?: ClientGetParams, options?: CallOptions): Promise<ClientGetAnswer>;
    /** GET client/list: Every API client, in creation order (operator). */
    list(options?: CallOptions): Promise<ClientListAnswer>;
    /** DELETE client/remove: Remove an API client (its portals stay; its id stays taken) (operator). */
    remove(params?: ClientRemoveParams, options?: CallOptions): Promise<ClientRemoveAnswer>;
    /** POST client/rotate: Give an API client a new secret (the old one stays valid for graceMinutes) (operator). */
    rotate(params?: ClientRotateParams, options?: CallOptions): Promise<ClientRotateAnswer>;
    /** PUT client/update: Change an API client (fields not sent keep their values) (operator). */
    update(params?: ClientUpdateParams, options?: CallOptions): Promise<ClientUpdateAnswer>;
  };
  readonly job: {
    /** POST job/cancel: Cancel a bulk job before its next portal (what is done stays done) (signed, scope `portals:write`). */
    cancel(params?: JobCancelParams, options?: CallOptions): Promise<JobCancelAnswer>;
    /** GET job/get: A bulk job and its progress (signed, scope `portals:read`). */
    get(params?: JobGetParams, options?: CallOptions): Promise<JobGetAnswer>;
    /** GET job/list: Bulk jobs, newest first, a page at a time (signed, scope `portals:read`). */
    list(params?: JobListParams, options?: CallOptions): Promise<JobListAnswer>;
  };
  readonly lifecycle: {
    /** GET lifecycle/upcoming: What the lifecycle policy will do in the next days (reminders, suspensions, removals) (signed, scope `portals:read`). */
    upcoming(params?: LifecycleUpcomingParams, options?: CallOptions): Promise<LifecycleUpcomingAnswer>;
  };
  readonly people: {
    /** POST people/find: Look up owners by id (signed, scope `portals:read`). */
    find(params?: PeopleFindParams, options?: CallOptions): Promise<PeopleFindAnswer>;
  };
  readonly portal: {
    /** POST portal/bulk: Suspend, resume, re-tariff or remove every portal a filter selects, in the background (signed, scope `portals:write`). */
    bulk(params?: PortalBulkParams, options?: CallOptions): Promise<PortalBulkAnswer>;
    /** POST portal/cancelremoval: Cancel a portal's scheduled removal (signed, scope `portals:write`). */
    cancelremoval(params?: PortalCancelremovalParams, options?: CallOptions): Promise<PortalCancelremovalAnswer>;
    /** PUT portal/client: Move a portal to another API client (operator). */
    client(params?: PortalClientParams, options?: CallOptions): Promise<PortalClientAnswer>;
    /** GET portal/get: List or find portals (signed, scope `portals:read`). */
    get(params?: PortalGetParams, options?: CallOptions): Promise<PortalGetAnswer>;
    /** POST portal/loginlink: A one-time link that signs the owner in on the portal (signed, scope `loginlink`). */
    loginlink(params?: PortalLoginlinkParams, options?: CallOptions): Promise<PortalLoginlinkAnswer>;
    /** PUT portal/protection: Protect a portal against removal, or lift the protection (signed, scope `portals:write`). */
    protection(params?: PortalProtectionParams, options?: CallOptions): Promise<PortalProtectionAnswer>;
    /** POST portal/provision: Register a portal whose owner signs in with an OAuth provider (a generated portal name) (signed, scope `portals:write`). */
    provision(params?: PortalProvisionParams, options?: CallOptions): Promise<PortalProvisionAnswer>;
    /** POST portal/register: Register a portal with its owner (signed, scope `portals:write`). */
    register(params?: PortalRegisterParams, options?: CallOptions): Promise<PortalRegisterAnswer>;
    /** POST portal/registerbyemail: Register a portal by e-mail alone (a generated portal name) (signed, scope `portals:write`). */
    registerbyemail(params?: PortalRegisterbyemailParams, options?: CallOptions): Promise<PortalRegisterbyemailAnswer>;
    /** DELETE portal/remove: Remove a portal (now, or at `at`: a scheduled removal) (signed, scope `portals:write`). */
    remove(params?: PortalRemoveParams, options?: CallOptions): Promise<PortalRemoveAnswer>;
    /** POST portal/resendactivation: A new activation link for an owner who has not activated yet (mailed again) (signed, scope `portals:write`). */
    resendactivation(params?: PortalResendactivationParams, options?: CallOptions): Promise<PortalResendactivationAnswer>;
    /** POST portal/restore: Bring a removed portal back (until it is purged), as it was (signed, scope `portals:write`). */
    restore(params?: PortalRestoreParams, options?: CallOptions): Promise<PortalRestoreAnswer>;
    /** POST portal/signin: The portals an owner can sign in to, with one-time links (open). */
    signin(params?: PortalSigninParams, options?: CallOptions): Promise<PortalSigninAnswer>;
    /** PUT portal/status: Suspend or resume a portal (signed, scope `portals:write`). */
    status(params?: PortalStatusParams, options?: CallOptions): Promise<PortalStatusAnswer>;
    /** GET portal/test: Liveness of the API (open). */
    test(options?: CallOptions): Promise<PortalTestAnswer>;
    /** PUT portal/usage: Report a portal's storage, users, rooms and AI agents (from the workspace) (signed, scope `usage`). */
    usage(params?: PortalUsageParams, options?: CallOptions): Promise<PortalUsageAnswer>;
    /** POST portal/validateportalname: Whether a portal name is valid and free (open). */
    validateportalname(params?: PortalValidateportalnameParams, options?: CallOptions): Promise<PortalValidateportalnameAnswer>;
  };
  readonly settings: {
    /** POST settings/checkdomain: Whether a host name points at this server (signed, scope `portals:read`). */
    checkdomain(params?: SettingsCheckdomainParams, options?: CallOptions): Promise<SettingsCheckdomainAnswer>;
    /** GET settings/get: Read a setting (of a portal, or global with tenantId -1; Brand.* keys: a brand) (signed, scope `portals:read`). */
    get(params?: SettingsGetParams, options?: CallOptions): Promise<SettingsGetAnswer>;
    /** POST settings/save: Write a setting (of a portal, or global with tenantId -1; Brand.* keys: a brand) (signed, scope `settings`). */
    save(params?: SettingsSaveParams, options?: CallOptions): Promise<SettingsSaveAnswer>;
    /** GET settings/test: Liveness of the settings methods (open). */
    test(options?: CallOptions): Promise<SettingsTestAnswer>;
  };
  readonly tariff: {
    /** GET tariff/all: The configured tariff plans (signed, scope `portals:read`). */
    all(options?: CallOptions): Promise<TariffAllAnswer>;
    /** GET tariff/get: A portal's tariff and reported usage (signed, scope `portals:read`). */
    get(params?: TariffGetParams, options?: CallOptions): Promise<TariffGetAnswer>;
    /** PUT tariff/set: Change a portal's tariff (fields not sent keep their values) (signed, scope `billing`). */
    set(params?: TariffSetParams, options?: CallOptions): Promise<TariffSetAnswer>;
  };
  readonly webhook: {
    /** POST webhook/create: Create a webhook endpoint; its signing secret is shown only in this answer (signed, scope `webhooks`). */
    create(params?: WebhookCreateParams, options?: CallOptions): Promise<WebhookCreateAnswer>;
    /** GET webhook/deliveries: An endpoint's deliveries, newest first (signed, scope `webhooks`). */
    deliveries(params?: WebhookDeliveriesParams, options?: CallOptions): Promise<WebhookDeliveriesAnswer>;
    /** GET webhook/get: One webhook endpoint (signed, scope `webhooks`). */
    get(params?: WebhookGetParams, options?: CallOptions): Promise<WebhookGetAnswer>;
    /** GET webhook/list: The webhook endpoints the caller may see (signed, scope `webhooks`). */
    list(options?: CallOptions): Promise<WebhookListAnswer>;
    /** POST webhook/redeliver: Queue a delivery again at once (the same webhook-id) (signed, scope `webhooks`). */
    redeliver(params?: WebhookRedeliverParams, options?: CallOptions): Promise<WebhookRedeliverAnswer>;
    /** DELETE webhook/remove: Remove a webhook endpoint and its deliveries (signed, scope `webhooks`). */
    remove(params?: WebhookRemoveParams, options?: CallOptions): Promise<WebhookRemoveAnswer>;
    /** POST webhook/rotate: Give an endpoint a new signing secret (deliveries carry both signatures for 24 h) (signed, scope `webhooks`). */
    rotate(params?: WebhookRotateParams, options?: CallOptions): Promise<WebhookRotateAnswer>;
    /** POST webhook/test: Queue a webhook.test event to this endpoint alone (signed, scope `webhooks`). */
    test(params?: WebhookTestParams, options?: CallOptions): Promise<WebhookTestAnswer>;
    /** PUT webhook/update: Change a webhook endpoint (fields not sent keep their values) (signed, scope `webhooks`). */
    update(params?: WebhookUpdateParams, options?: CallOptions): Promise<WebhookUpdateAnswer>;
  };
}

/** Parameters of audit/list. */
export type AuditListParams = NonNullable<operations['auditList']['parameters']['query']>;
/** Answer of audit/list. */
export type AuditListAnswer = operations['auditList']['responses'][200]['content']['application/json'];
/** Answer of client/create. */
export type ClientCreateAnswer = operations['clientCreate']['responses'][201]['content']['application/json'];
/** Parameters of client/get. */
export type ClientGetParams = NonNullable<operations['clientGet']['parameters']['query']>;
/** Answer of client/get. */
export type ClientGetAnswer = operations['clientGet']['responses'][200]['content']['application/json'];
/** Answer of client/list. */
export type ClientListAnswer = operations['clientList']['responses'][200]['content']['application/json'];
/** Parameters of client/remove. */
export type ClientRemoveParams = NonNullable<operations['clientRemove']['parameters']['query']>;
/** Answer of client/remove. */
export type ClientRemoveAnswer = operations['clientRemove']['responses'][200]['content']['application/json'];
/** Answer of client/rotate. */
export type ClientRotateAnswer = operations['clientRotate']['responses'][200]['content']['application/json'];
/** Answer of client/update. */
export type ClientUpdateAnswer = operations['clientUpdate']['responses'][200]['content']['application/json'];
/** Answer of job/cancel. */
export type JobCancelAnswer = operations['jobCancel']['responses'][200]['content']['application/json'];
/** Parameters of job/get. */
export type JobGetParams = NonNullable<operations['jobGet']['parameters']['query']>;
/** Answer of job/get. */
export type JobGetAnswer = operations['jobGet']['responses'][200]['content']['application/json'];
/** Parameters of job/list. */
export type JobListParams = NonNullable<operations['jobList']['parameters']['query']>;
/** Answer of job/list. */
export type JobListAnswer = operations['jobList']['responses'][200]['content']['application/json'];
/** Parameters of lifecycle/upcoming. */
export type LifecycleUpcomingParams = NonNullable<operations['lifecycleUpcoming']['parameters']['query']>;
/** Answer of lifecycle/upcoming. */
export type LifecycleUpcomingAnswer = operations['lifecycleUpcoming']['responses'][200]['content']['application/json'];
/** Answer of people/find. */
export type PeopleFindAnswer = operations['peopleFind']['responses'][200]['content']['application/json'];
/** Answer of portal/bulk. */
export type PortalBulkAnswer = operations['portalBulk']['responses'][202]['content']['application/json'];
/** Answer of portal/cancelremoval. */
export type PortalCancelremovalAnswer = operations['portalCancelremoval']['responses'][200]['content']['application/json'];
/** Answer of portal/client. */
export type PortalClientAnswer = operations['portalClient']['responses'][200]['content']['application/json'];
/** Parameters of portal/get. */
export type PortalGetParams = NonNullable<operations['portalGet']['parameters']['query']>;
/** Answer of portal/get. */
export type PortalGetAnswer = operations['portalGet']['responses'][200]['content']['application/json'];
/** Answer of portal/loginlink. */
export type PortalLoginlinkAnswer = operations['portalLoginlink']['responses'][200]['content']['application/json'];
/** Answer of portal/protection. */
export type PortalProtectionAnswer = operations['portalProtection']['responses'][200]['content']['application/json'];
/** Answer of portal/provision. */
export type PortalProvisionAnswer = operations['portalProvision']['responses'][201]['content']['application/json'];
/** Answer of portal/register. */
export type PortalRegisterAnswer = operations['portalRegister']['responses'][201]['content']['application/json'];
/** Answer of portal/registerbyemail. */
export type PortalRegisterbyemailAnswer = operations['portalRegisterbyemail']['responses'][201]['content']['application/json'];
/** Parameters of portal/remove. */
export type PortalRemoveParams = NonNullable<operations['portalRemove']['parameters']['query']>;
/** Answer of portal/remove. */
export type PortalRemoveAnswer = operations['portalRemove']['responses'][200]['content']['application/json'];
/** Parameters of portal/resendactivation. */
export type PortalResendactivationParams = components['schemas']['PortalCancelremovalParams'];
/** Answer of portal/resendactivation. */
export type PortalResendactivationAnswer = operations['portalResendactivation']['responses'][200]['content']['application/json'];
/** Answer of portal/restore. */
export type PortalRestoreAnswer = operations['portalRestore']['responses'][200]['content']['application/json'];
/** Answer of portal/signin. */
export type PortalSigninAnswer = operations['portalSignin']['responses'][200]['content']['application/json'];
/** Answer of portal/status. */
export type PortalStatusAnswer = operations['portalStatus']['responses'][200]['content']['application/json'];
/** Answer of portal/test. */
export type PortalTestAnswer = operations['portalTest']['responses'][200]['content']['application/json'];
/** Answer of portal/usage. */
export type PortalUsageAnswer = operations['portalUsage']['responses'][200]['content']['application/json'];
/** Answer of portal/validateportalname. */
export type PortalValidateportalnameAnswer = operations['portalValidateportalname']['responses'][200]['content']['application/json'];
/** Answer of settings/checkdomain. */
export type SettingsCheckdomainAnswer = operations['settingsCheckdomain']['responses'][200]['content']['application/json'];
/** Parameters of settings/get. */
export type SettingsGetParams = NonNullable<operations['settingsGet']['parameters']['query']>;
/** Answer of settings/get. */
export type SettingsGetAnswer = operations['settingsGet']['responses'][200]['content']['application/json'];
/** Answer of settings/save. */
export type SettingsSaveAnswer = operations['settingsSave']['responses'][200]['content']['application/json'];
/** Answer of settings/test. */
export type SettingsTestAnswer = operations['settingsTest']['responses'][200]['content']['application/json'];
/** Answer of tariff/all. */
export type TariffAllAnswer = operations['tariffAll']['responses'][200]['content']['application/json'];
/** Parameters of tariff/get. */
export type TariffGetParams = NonNullable<operations['tariffGet']['parameters']['query']>;
/** Answer of tariff/get. */
export type TariffGetAnswer = operations['tariffGet']['responses'][200]['content']['application/json'];
/** Answer of tariff/set. */
export type TariffSetAnswer = operations['tariffSet']['responses'][200]['content']['application/json'];
/** Answer of webhook/create. */
export type WebhookCreateAnswer = operations['webhookCreate']['responses'][201]['content']['application/json'];
/** Parameters of webhook/deliveries. */
export type WebhookDeliveriesParams = NonNullable<operations['webhookDeliveries']['parameters']['query']>;
/** Answer of webhook/deliveries. */
export type WebhookDeliveriesAnswer = operations['webhookDeliveries']['responses'][200]['content']['application/json'];
/** Parameters of webhook/get. */
export type WebhookGetParams = NonNullable<operations['webhookGet']['parameters']['query']>;
/** Answer of webhook/get. */
export type WebhookGetAnswer = operations['webhookGet']['responses'][200]['content']['application/json'];
/** Answer of webhook/list. */
export type WebhookListAnswer = operations['webhookList']['responses'][200]['content']['application/json'];
/** Answer of webhook/redeliver. */
export type WebhookRedeliverAnswer = operations['webhookRedeliver']['responses'][200]['content']['application/json'];
/** Parameters of webhook/remove. */
export type WebhookRemoveParams = NonNullable<operations['webhookRemove']['parameters']['query']>;
/** Answer of webhook/remove. */
export type WebhookRemoveAnswer = operations['webhookRemove']['responses'][200]['content']['application/json'];
/** Answer of webhook/rotate. */
export type WebhookRotateAnswer = operations['webhookRotate']['responses'][200]['content']['application/json'];
/** Parameters of webhook/test. */
export type WebhookTestParams = components['schemas']['WebhookRotateParams'];
/** Answer of webhook/test. */
export type WebhookTestAnswer = operations['webhookTest']['responses'][200]['content']['application/json'];
/** Answer of webhook/update. */
export type WebhookUpdateAnswer = operations['webhookUpdate']['responses'][200]['content']['application/json'];

/* The shared shapes of the API, by their names in the document. */
export type AuditEvent = components['schemas']['AuditEvent'];
export type Client = components['schemas']['Client'];
export type ClientCreateParams = components['schemas']['ClientCreateParams'];
export type ClientRotateParams = components['schemas']['ClientRotateParams'];
export type ClientUpdateParams = components['schemas']['ClientUpdateParams'];
export type ErrorBody = components['schemas']['ErrorBody'];
export type ErrorCode = components['schemas']['ErrorCode'];
export type Job = components['schemas']['Job'];
export type JobCancelParams = components['schemas']['JobCancelParams'];
export type LifecyclePolicy = components['schemas']['LifecyclePolicy'];
export type Owner = components['schemas']['Owner'];
export type PeopleFindParams = components['schemas']['PeopleFindParams'];
export type Person = components['schemas']['Person'];
export type PortalBulkParams = components['schemas']['PortalBulkParams'];
export type PortalCancelremovalParams = components['schemas']['PortalCancelremovalParams'];
export type PortalClientParams = components['schemas']['PortalClientParams'];
export type PortalListItem = components['schemas']['PortalListItem'];
export type PortalLoginlinkParams = components['schemas']['PortalLoginlinkParams'];
export type PortalProtectionParams = components['schemas']['PortalProtectionParams'];
export type PortalProvisionParams = components['schemas']['PortalProvisionParams'];
export type PortalRegisterParams = components['schemas']['PortalRegisterParams'];
export type PortalRegisterbyemailParams = components['schemas']['PortalRegisterbyemailParams'];
export type PortalRestoreParams = components['schemas']['PortalRestoreParams'];
export type PortalSigninParams = components['schemas']['PortalSigninParams'];
export type PortalStatusParams = components['schemas']['PortalStatusParams'];
export type PortalUsageParams = components['schemas']['PortalUsageParams'];
export type PortalValidateportalnameParams = components['schemas']['PortalValidateportalnameParams'];
export type QuotaUsage = components['schemas']['QuotaUsage'];
export type SettingsCheckdomainParams = components['schemas']['SettingsCheckdomainParams'];
export type SettingsSaveParams = components['schemas']['SettingsSaveParams'];
export type Tariff = components['schemas']['Tariff'];
export type TariffPlan = components['schemas']['TariffPlan'];
export type TariffSetParams = components['schemas']['TariffSetParams'];
export type Tenant = components['schemas']['Tenant'];
export type UpcomingAction = components['schemas']['UpcomingAction'];
export type Usage = components['schemas']['Usage'];
export type WebhookCreateParams = components['schemas']['WebhookCreateParams'];
export type WebhookRedeliverParams = components['schemas']['WebhookRedeliverParams'];
export type WebhookRotateParams = components['schemas']['WebhookRotateParams'];
export type WebhookUpdateParams = components['schemas']['WebhookUpdateParams'];
export type WizardSettings = components['schemas']['WizardSettings'];
