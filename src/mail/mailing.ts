import type { BaseLogger } from 'pino';
import type { Config } from '../config/config.js';
import type { Clock } from '../domain/clock.js';
import type { BrandFor } from '../domain/brand/brand-for.js';
import type { DomainContext } from '../domain/context.js';
import type { RegistrationHook } from '../domain/portal/register-portal.js';
import type { Store } from '../store/store.js';
import type { ResetMailHook } from '../domain/owner/password-reset.js';
import type { DueReminderMailHook, UsageAlertMailHook } from '../domain/lifecycle/owner-notices.js';
import { queueActivationMail } from './activation-mail.js';
import { queueDueReminderMail } from './due-reminder-mail.js';
import { queueUsageAlertMail } from './usage-alert-mail.js';
import { queuePasswordResetMail } from './password-reset-mail.js';
import { createOutboxSender, type OutboxSender, type OutboxSenderTiming } from './outbox-sender.js';
import { smtpTransport, type MailTransport } from './transport.js';

/** Owner mail as the process runs it: the hook for registration and the background sender. */
export interface Mailing {
  /** Pass to buildApp as `onRegistered`; undefined when mail is off. */
  readonly onRegistered: RegistrationHook | undefined;
  /** Queues a password-reset mail; undefined when mail is off. */
  readonly onPasswordReset: ResetMailHook | undefined;
  /** Queues the owner's due-date reminder (the lifecycle policy); undefined when mail is off. */
  readonly onDueReminder: DueReminderMailHook | undefined;
  /** Queues the owner's usage alert; undefined when mail is off or USAGE_ALERT_MAIL is not set. */
  readonly onUsageAlert: UsageAlertMailHook | undefined;
  /** The running sender, when mail is on. */
  readonly sender: OutboxSender | undefined;
  /** Stops the sender (waiting for a send in progress) and closes the transport. */
  stop(): Promise<void>;
}

export interface MailingDeps {
  readonly config: Config;
  readonly store: Store;
  readonly clock: Clock;
  readonly logger: BaseLogger;
  /** The context the mails are rendered with (link options, clock). */
  readonly ctx: DomainContext;
  /** Where a portal's brand comes from (domain/brand/brand-for.ts; tests pass their own). */
  readonly brandFor: BrandFor;
  /** Overrides the SMTP transport built from SMTP_URL (and turns mail on without it). */
  readonly transport?: MailTransport;
  readonly timing?: Partial<OutboxSenderTiming>;
}

/**
 * Mail is on when SMTP_URL is set ("When SMTP_URL is set, the owner gets an
 * e-mail"). Without it nothing is queued: a server used only through a billing panel that mails
 * `reference` itself should not pile up messages it can never send, nor send weeks-old
 * activation links when SMTP is configured later.
 */
export function startMailing(deps: MailingDeps): Mailing {
  const { config } = deps;
  const smtpUrl = config.mail.smtpUrl;
  const transport = deps.transport ?? (smtpUrl === undefined ? undefined : smtpTransport(smtpUrl, config.mail.from));
  if (transport === undefined) {
    deps.logger.info('SMTP_URL is not set: owners get no activation e-mail (the link is still in the register answer)');
    return {
      onRegistered: undefined,
      onPasswordReset: undefined,
      onDueReminder: undefined,
      onUsageAlert: undefined,
      sender: undefined,
      stop: async () => undefined,
    };
  }
  const sender = createOutboxSender({
    store: deps.store,
    transport,
    clock: deps.clock,
    logger: deps.logger,
    timing: deps.timing,
  });
  sender.start();
  const owners = { ctx: deps.ctx, brandFor: deps.brandFor };
  return {
    onRegistered: queueActivationMail({ ...owners, activationTtlHours: config.activationTtlHours }),
    onPasswordReset: queuePasswordResetMail(owners),
    onDueReminder: queueDueReminderMail(owners),
    onUsageAlert: config.lifecycle.usageAlertMail ? queueUsageAlertMail(owners) : undefined,
    sender,
    stop: async () => {
      await sender.stop();
      transport.close();
    },
  };
}
