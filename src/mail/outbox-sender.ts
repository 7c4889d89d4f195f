import type { BaseLogger } from 'pino';
import type { Clock } from '../domain/clock.js';
import { pollLoop, type PollLoop } from '../poll-loop.js';
import { claimDueMail, markMailFailed, markMailSent, type ClaimedMail } from '../store/repositories/outbox.js';
import type { Store } from '../store/store.js';
import { describeMailError, type MailTransport } from './transport.js';
import { HOUR_MS, MINUTE_MS } from '../domain/time.js';

/**
 * The background half of the outbox ("queue it, retry it, log failures"): a poll
 * that claims due rows, hands each to the transport, and records the outcome. Registration never
 * waits for it, so a slow or dead mail server costs a registration nothing, and since the row is
 * only marked sent after the server accepted it, a restart loses no message.
 */

/** How often and how hard the sender tries. Tests shrink these; production uses the defaults. */
export interface OutboxSenderTiming {
  /** Pause between polls when the outbox has nothing due. */
  readonly pollIntervalMs: number;
  /** Wait after the first failure; doubled after each further one. */
  readonly backoffBaseMs: number;
  /** Longest wait between two attempts. */
  readonly backoffMaxMs: number;
  /** Attempts before a message is given up (it stays in the table with its last_error). */
  readonly maxAttempts: number;
  /**
   * How long a claim is exclusive. Must exceed the time one batch can take (batchSize × the
   * SMTP timeouts), or another instance may take a row that is still being sent.
   */
  readonly leaseMs: number;
  /** Rows claimed per poll. */
  readonly batchSize: number;
}

/** Defaults: retries after 30 s, 1, 2, 4 … minutes, at most an hour apart; 10 attempts over about 3 hours. */
export const DEFAULT_SENDER_TIMING: OutboxSenderTiming = {
  pollIntervalMs: 5_000,
  backoffBaseMs: 30_000,
  backoffMaxMs: HOUR_MS,
  maxAttempts: 10,
  leaseMs: 10 * MINUTE_MS,
  batchSize: 5,
};

export interface OutboxSenderDeps {
  readonly store: Store;
  readonly transport: MailTransport;
  readonly clock: Clock;
  readonly logger: BaseLogger;
  readonly timing?: Partial<OutboxSenderTiming>;
}

/** The mail sender: runOnce() claims and sends what is due now, resolving to the number of rows sent. */
export type OutboxSender = PollLoop;

/** The wait before attempt `attempts + 1`, after `attempts` failures: exponential, capped. */
export function backoffDelay(
  attempts: number,
  timing: Pick<OutboxSenderTiming, 'backoffBaseMs' | 'backoffMaxMs'>,
): number {
  const exponent = Math.max(0, Math.min(attempts - 1, 30));
  return Math.min(timing.backoffBaseMs * 2 ** exponent, timing.backoffMaxMs);
}

/** Makes a sender over the store's outbox; call start() to begin polling. */
export function createOutboxSender(deps: OutboxSenderDeps): OutboxSender {
  const timing: OutboxSenderTiming = { ...DEFAULT_SENDER_TIMING, ...deps.timing };
  const { store, transport, clock, logger } = deps;

  const sendOne = async (mail: ClaimedMail): Promise<boolean> => {
    try {
      await transport.send({
        to: mail.recipient,
        subject: mail.subject,
        text: mail.textBody,
        html: mail.htmlBody,
        from: mail.sender ?? undefined,
        headers: mail.headers,
      });
    } catch (error) {
      const reason = describeMailError(error);
      const giveUp = mail.attempts >= timing.maxAttempts;
      const next = new Date(clock.now().getTime() + backoffDelay(mail.attempts, timing));
      await markMailFailed(store.db, mail, reason, next);
      // The recipient is the owner's address: logged by id only.
      if (giveUp)
        logger.error({ mailId: mail.id, attempts: mail.attempts, reason }, 'mail given up after the last attempt');
      else
        logger.warn(
          { mailId: mail.id, attempts: mail.attempts, retryAt: next.toISOString(), reason },
          'mail not sent; will retry',
        );
      return false;
    }
    if (!(await markMailSent(store.db, mail, clock.now()))) {
      logger.warn({ mailId: mail.id }, 'mail sent, but its claim had expired: raise leaseMs above the SMTP timeouts');
    }
    logger.info({ mailId: mail.id, attempts: mail.attempts }, 'mail sent');
    return true;
  };

  const runBatch = async (): Promise<number> => {
    const now = clock.now();
    const claimed = await claimDueMail(store.db, {
      now,
      leaseUntil: new Date(now.getTime() + timing.leaseMs),
      limit: timing.batchSize,
      maxAttempts: timing.maxAttempts,
    });
    let sent = 0;
    for (const mail of claimed) if (await sendOne(mail)) sent += 1;
    return sent;
  };

  return pollLoop({
    run: runBatch,
    intervalMs: timing.pollIntervalMs,
    onError: (error) => logger.error({ reason: describeMailError(error) }, 'outbox poll failed'),
  });
}
