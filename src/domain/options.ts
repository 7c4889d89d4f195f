import type { LifecycleOptions } from './lifecycle/lifecycle-policy.js';
import type { PasswordRules } from './owner/password.js';
import type { PortalNameRules } from './portal/portal-name.js';
import type { TariffPlan } from './tariff/tariff-plans.js';

/**
 * The settings the rules depend on, built once from the configuration (src/config/) and frozen.
 * Only what the domain needs: it never sees SMTP, Redis or CAPTCHA secrets, ports or pools.
 */
export interface DomainOptions {
  /** Portals live at `<portalName>.<baseDomain>` unless the global BaseDomain setting says otherwise. */
  readonly baseDomain: string;
  readonly links: LinkOptions;
  readonly portalName: PortalNameRules;
  /**
   * An anonymous registrant gets the portal's address without the activation key, which goes
   * only by mail; the owner cannot sign in until the mailed link is used (REGISTER_VERIFY_EMAIL).
   */
  readonly verifyAnonymousEmail: boolean;
  /** How generated portal names are made, and whether portal/register makes one when none is given. */
  readonly generatedNames: GeneratedNameOptions;
  /** The OAuth providers portal/provision accepts, lower-case. */
  readonly loginProviders: readonly string[];
  readonly password: PasswordRules;
  readonly tariff: TariffOptions;
  /** Portals that are not removed, at most (0 = unlimited). */
  readonly maxPortals: number;
  /** Removed portals are purged after this many days. */
  readonly removeRetentionDays: number;
  /** Audit records are purged after this many days. */
  readonly auditRetentionDays: number;
  /** How long the answer to a request with an Idempotency-Key is replayed, in hours. */
  readonly idempotencyTtlHours: number;
  readonly webhooks: WebhookOptions;
  /** A console session ends this many hours after sign-in, however busy. */
  readonly consoleSessionMaxHours: number;
  /** What the server does by itself about due dates, non-payment and usage (a plan may override it). */
  readonly lifecycle: LifecycleOptions;
}

/** Generated portal names: `<prefix>-<random>` (portal/registerbyemail, portal/provision). */
export interface GeneratedNameOptions {
  readonly prefix: string;
  /** Random letters and digits after the prefix. */
  readonly randomLength: number;
  /** portal/register without a portalName generates one (else portalNameEmpty). */
  readonly forRegister: boolean;
}

export interface WebhookOptions {
  /** Endpoints on loopback or private addresses are allowed (development and tests). */
  readonly allowPrivate: boolean;
  /** The most endpoints one owner (each client, and the operator) may have. */
  readonly maxEndpoints: number;
  /** The most deliveries one endpoint may have waiting. */
  readonly maxPending: number;
}

/** How links to a portal are written and how long the owner's links stay valid. */
export interface LinkOptions {
  readonly scheme: 'http' | 'https';
  /** undefined: the scheme's default port, left out of links. */
  readonly port: number | undefined;
  readonly activationTtlHours: number;
  readonly signinLinkTtlMinutes: number;
}

export interface TariffOptions {
  /** Days after the due date during which a tariff is in Delay, not NotPaid. */
  readonly graceDays: number;
  /** Every configured plan, in the order tariff/all lists them. */
  readonly plans: readonly TariffPlan[];
  /** The plan a new portal gets (one of `plans`). */
  readonly defaultPlan: TariffPlan;
}
