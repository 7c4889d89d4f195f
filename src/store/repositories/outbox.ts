import { fromDbTime } from '../dialects/values.js';
import type { Db } from '../store.js';

/**
 * The mail outbox: messages are written in the transaction of the event that causes
 * them and sent later by the outbox sender, which claims due rows with a lease so that several
 * server instances never send the same row at once.
 */

export interface NewOutboxMail {
  readonly recipient: string;
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  /** "Name <address>" (the brand's sender); undefined: MAIL_FROM. */
  readonly sender?: string | undefined;
  /** Extra headers (List-Unsubscribe on notices). */
  readonly headers?: Readonly<Record<string, string>> | undefined;
}

/** A row the sender holds: `attempts` is the value set by its claim and acts as a version. */
export interface ClaimedMail {
  readonly id: number;
  readonly recipient: string;
  readonly subject: string;
  readonly textBody: string;
  readonly htmlBody: string;
  /** "Name <address>"; null: MAIL_FROM. */
  readonly sender: string | null;
  readonly headers: Readonly<Record<string, string>>;
  readonly attempts: number;
}

/** One outbox row as stored (for tests and operators). */
export interface OutboxRecord extends ClaimedMail {
  readonly nextAttemptAt: Date;
  readonly lockedUntil: Date | null;
  readonly sentAt: Date | null;
  readonly lastError: string | null;
  readonly created: Date;
}

/** Queues a message, due at once. */
export async function enqueueMail(db: Db, mail: NewOutboxMail, now: Date): Promise<void> {
  await db
    .insertInto('mail_outbox')
    .values({
      recipient: mail.recipient,
      subject: mail.subject,
      text_body: mail.textBody,
      html_body: mail.htmlBody,
      attempts: 0,
      next_attempt_at: now,
      locked_until: null,
      sent_at: null,
      last_error: null,
      created_at: now,
      sender: mail.sender ?? null,
      headers:
        mail.headers === undefined || Object.keys(mail.headers).length === 0 ? null : JSON.stringify(mail.headers),
    })
    .execute();
}

/**
 * Claims up to `limit` due rows until `leaseUntil`. Each claim is a conditional UPDATE that only
 * succeeds while the row is still unsent, due, unleased (or its lease ran out) and at the
 * attempt count just read, so of two instances racing for a row exactly one wins: the loser's
 * UPDATE matches no row. The claim counts as an attempt, so a message that crashes the sender
 * cannot be retried forever.
 */
export async function claimDueMail(
  db: Db,
  options: { readonly now: Date; readonly leaseUntil: Date; readonly limit: number; readonly maxAttempts: number },
): Promise<ClaimedMail[]> {
  const { now, leaseUntil, limit, maxAttempts } = options;
  const candidates = await db
    .selectFrom('mail_outbox')
    .select(['id', 'attempts'])
    .where('sent_at', 'is', null)
    .where('next_attempt_at', '<=', now)
    .where('attempts', '<', maxAttempts)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();

  const claimed: ClaimedMail[] = [];
  for (const candidate of candidates) {
    const attempts = Number(candidate.attempts);
    const result = await db
      .updateTable('mail_outbox')
      .set({ locked_until: leaseUntil, attempts: attempts + 1 })
      .where('id', '=', candidate.id)
      .where('attempts', '=', attempts)
      .where('sent_at', 'is', null)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<=', now)]))
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue;
    const row = await db
      .selectFrom('mail_outbox')
      .select(['id', 'recipient', 'subject', 'text_body', 'html_body', 'sender', 'headers', 'attempts'])
      .where('id', '=', candidate.id)
      .executeTakeFirst();
    if (row) claimed.push(toClaimed(row));
  }
  return claimed;
}

/** Marks a claimed row sent; false if the claim was lost (the lease ran out and another took it). */
export async function markMailSent(db: Db, mail: ClaimedMail, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('mail_outbox')
    .set({ sent_at: at, locked_until: null, last_error: null })
    .where('id', '=', mail.id)
    .where('attempts', '=', mail.attempts)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Releases a claimed row after a failed attempt, due again at `nextAttemptAt`. */
export async function markMailFailed(db: Db, mail: ClaimedMail, error: string, nextAttemptAt: Date): Promise<void> {
  await db
    .updateTable('mail_outbox')
    .set({ locked_until: null, last_error: error.slice(0, 1024), next_attempt_at: nextAttemptAt })
    .where('id', '=', mail.id)
    .where('attempts', '=', mail.attempts)
    .where('sent_at', 'is', null)
    .execute();
}

/** Every outbox row for one recipient, oldest first. */
export async function findMailTo(db: Db, recipient: string): Promise<OutboxRecord[]> {
  const rows = await db
    .selectFrom('mail_outbox')
    .select([
      'id',
      'recipient',
      'subject',
      'text_body',
      'html_body',
      'sender',
      'headers',
      'attempts',
      'next_attempt_at',
      'locked_until',
      'sent_at',
      'last_error',
      'created_at',
    ])
    .where('recipient', '=', recipient)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    ...toClaimed(row),
    nextAttemptAt: fromDbTime(row.next_attempt_at),
    lockedUntil: row.locked_until === null ? null : fromDbTime(row.locked_until),
    sentAt: row.sent_at === null ? null : fromDbTime(row.sent_at),
    lastError: row.last_error,
    created: fromDbTime(row.created_at),
  }));
}

interface ClaimedRow {
  id: number;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  sender: string | null;
  headers: string | null;
  attempts: number;
}

function toClaimed(row: ClaimedRow): ClaimedMail {
  return {
    id: Number(row.id),
    recipient: row.recipient,
    subject: row.subject,
    textBody: row.text_body,
    htmlBody: row.html_body,
    sender: row.sender,
    headers: row.headers === null ? {} : (JSON.parse(row.headers) as Record<string, string>),
    attempts: Number(row.attempts),
  };
}

/** Deletes messages sent before `before` (the outbox is a queue, not an archive). */
export async function purgeSentMail(db: Db, before: Date): Promise<number> {
  const result = await db
    .deleteFrom('mail_outbox')
    .where('sent_at', 'is not', null)
    .where('sent_at', '<', before)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** How many messages wait to be sent (fewer than `maxAttempts` tries so far), and when the oldest was queued. */
export async function mailBacklog(
  db: Db,
  maxAttempts: number,
): Promise<{ readonly pending: number; readonly oldest: Date | null }> {
  const row = await db
    .selectFrom('mail_outbox')
    .select((eb) => [eb.fn.countAll<number | string>().as('n'), eb.fn.min('created_at').as('oldest')])
    .where('sent_at', 'is', null)
    .where('attempts', '<', maxAttempts)
    .executeTakeFirstOrThrow();
  return { pending: Number(row.n), oldest: row.oldest === null ? null : fromDbTime(row.oldest as Date | string) };
}
