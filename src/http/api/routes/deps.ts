import type { DomainContext } from '../../../domain/context.js';
import type { UsageAlertMailHook } from '../../../domain/lifecycle/owner-notices.js';
import type { RegistrationHook } from '../../../domain/portal/register-portal.js';
import type { Defences } from '../../../domain/protection/defences.js';

/** What route modules are given by app.ts. */
export interface RouteDeps {
  readonly ctx: DomainContext;
  readonly protection: Defences;
  /** Runs inside the registration transaction (queues the owner's activation mail). */
  readonly onRegistered: RegistrationHook | undefined;
  /** Queues the owner's usage alert when a report crosses a threshold (USAGE_ALERT_MAIL); undefined when off. */
  readonly usageAlertMail?: UsageAlertMailHook | undefined;
  /** The server's largest request body (BODY_LIMIT), which a route may raise for itself only. */
  readonly bodyLimit?: number | undefined;
}
