import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { fixedClock } from '../../src/domain/clock.js';
import { createOutboxSender, type OutboxSenderTiming } from '../../src/mail/outbox-sender.js';
import { describeMailError, type MailMessage, type MailTransport } from '../../src/mail/transport.js';
import { claimDueMail, enqueueMail, findMailTo } from '../../src/store/repositories/outbox.js';
import { openStore, type Store } from '../../src/store/store.js';
import { createTestDatabase, type TestDatabase } from '../helpers/test-database.js';

/** A transport that fails its first `failures` sends, then delivers; it records every try. */
function flakyTransport(
  failures: number,
  delayMs = 0,
): MailTransport & { tries: MailMessage[]; delivered: MailMessage[] } {
  const tries: MailMessage[] = [];
  const delivered: MailMessage[] = [];
  return {
    tries,
    delivered,
    send: async (message) => {
      tries.push(message);
      if (delayMs > 0) await new Promise((resolve) => setTimeout(resolve, delayMs));
      if (tries.length <= failures) {
        throw Object.assign(new Error('connect ECONNREFUSED smtp://mailer:s3cret@127.0.0.1:2525'), {
          code: 'ECONNREFUSED',
        });
      }
      delivered.push(message);
    },
    close: () => undefined,
  };
}

const TIMING: Partial<OutboxSenderTiming> = {
  backoffBaseMs: 1_000,
  backoffMaxMs: 4_000,
  maxAttempts: 5,
  leaseMs: 60_000,
};

describe('the outbox sender', () => {
  let database: TestDatabase;
  let store: Store;
  const logLines: string[] = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => void logLines.push(line) });

  before(async () => {
    database = await createTestDatabase();
    store = await openStore({ url: database.url, poolSize: 4 });
  });
  after(async () => {
    await store.close();
    await database.drop();
  });

  const queue = async (now: Date) => {
    const recipient = `owner-${randomBytes(4).toString('hex')}@example.com`;
    await enqueueMail(store.db, { recipient, subject: 'Hello', textBody: 'text', htmlBody: '<p>html</p>' }, now);
    return recipient;
  };
  const rowOf = async (recipient: string) => {
    const [row] = await findMailTo(store.db, recipient);
    assert.ok(row);
    return row;
  };

  it('retries a failing transport with exponential backoff, keeps last_error, and marks the row sent', async () => {
    const clock = fixedClock(new Date('2026-05-01T10:00:00Z'));
    const transport = flakyTransport(3);
    const sender = createOutboxSender({ store, transport, clock, logger, timing: TIMING });
    const recipient = await queue(clock.now());

    assert.equal(await sender.runOnce(), 0);
    let row = await rowOf(recipient);
    assert.equal(row.attempts, 1);
    assert.match(row.lastError ?? '', /ECONNREFUSED/);
    assert.doesNotMatch(row.lastError ?? '', /s3cret/, 'credentials never reach last_error');
    assert.equal(row.nextAttemptAt.getTime() - clock.now().getTime(), 1_000);
    assert.equal(row.lockedUntil, null);

    // Not due yet: nothing is tried.
    await sender.runOnce();
    assert.equal(transport.tries.length, 1);

    const waits: number[] = [];
    for (let attempt = 2; attempt <= 3; attempt += 1) {
      clock.set((await rowOf(recipient)).nextAttemptAt);
      await sender.runOnce();
      row = await rowOf(recipient);
      waits.push(row.nextAttemptAt.getTime() - clock.now().getTime());
    }
    assert.deepEqual(waits, [2_000, 4_000], 'the wait doubles after each failure');
    assert.equal(transport.tries.length, 3);

    clock.set(row.nextAttemptAt);
    assert.equal(await sender.runOnce(), 1);
    row = await rowOf(recipient);
    assert.equal(row.attempts, 4);
    assert.deepEqual(row.sentAt, clock.now());
    assert.equal(row.lastError, null);
    assert.equal(transport.delivered.length, 1);
    assert.equal(transport.delivered[0]?.to, recipient);

    // A sent row is never sent again.
    clock.advance(3_600_000);
    await sender.runOnce();
    assert.equal(transport.tries.length, 4);
    assert.ok(!logLines.some((line) => line.includes('s3cret')), 'credentials never reach the log');
    assert.ok(logLines.some((line) => line.includes('will retry')));
  });

  it('caps the backoff and gives up after maxAttempts, keeping the row and its last_error', async () => {
    const clock = fixedClock(new Date('2026-05-02T10:00:00Z'));
    const transport = flakyTransport(Number.POSITIVE_INFINITY);
    const sender = createOutboxSender({ store, transport, clock, logger, timing: TIMING });
    const recipient = await queue(clock.now());
    for (let i = 0; i < 10; i += 1) {
      await sender.runOnce();
      clock.advance(10_000);
    }
    const row = await rowOf(recipient);
    assert.equal(transport.tries.filter((m) => m.to === recipient).length, 5);
    assert.equal(row.attempts, 5);
    assert.equal(row.sentAt, null);
    assert.match(row.lastError ?? '', /ECONNREFUSED/);
    assert.ok(logLines.some((line) => line.includes('mail given up')));
  });

  it('two senders polling the same outbox send every row exactly once', async () => {
    const clock = fixedClock(new Date('2026-05-03T10:00:00Z'));
    const recipients = await Promise.all(Array.from({ length: 8 }, () => queue(clock.now())));
    const a = flakyTransport(0, 5);
    const b = flakyTransport(0, 5);
    const timing = { ...TIMING, batchSize: 8 };
    const senderA = createOutboxSender({ store, transport: a, clock, logger, timing });
    const senderB = createOutboxSender({ store, transport: b, clock, logger, timing });
    await Promise.all([senderA.runOnce(), senderB.runOnce(), senderA.runOnce(), senderB.runOnce()]);
    await Promise.all([senderA.runOnce(), senderB.runOnce()]);
    const delivered = [...a.delivered, ...b.delivered].map((m) => m.to).filter((to) => recipients.includes(to));
    assert.equal(delivered.length, recipients.length);
    assert.deepEqual(new Set(delivered), new Set(recipients));
  });

  it('a row claimed by a sender that died is left alone until its lease runs out', async () => {
    const clock = fixedClock(new Date('2026-05-04T10:00:00Z'));
    const recipient = await queue(clock.now());
    // A sender claims the row and dies before sending.
    const claimed = await claimDueMail(store.db, {
      now: clock.now(),
      leaseUntil: new Date(clock.now().getTime() + 60_000),
      limit: 100,
      maxAttempts: 5,
    });
    assert.ok(claimed.some((m) => m.recipient === recipient));
    const transport = flakyTransport(0);
    const sender = createOutboxSender({ store, transport, clock, logger, timing: TIMING });
    await sender.runOnce();
    assert.equal(transport.tries.filter((m) => m.to === recipient).length, 0);
    clock.advance(60_000);
    await sender.runOnce();
    assert.equal(transport.delivered.filter((m) => m.to === recipient).length, 1);
    assert.equal((await rowOf(recipient)).attempts, 2, 'the dead claim counted as an attempt');
  });

  it('start() polls on its own and stop() ends the polling', async () => {
    const clock = fixedClock(new Date('2026-05-05T10:00:00Z'));
    const transport = flakyTransport(0);
    const sender = createOutboxSender({ store, transport, clock, logger, timing: { ...TIMING, pollIntervalMs: 20 } });
    sender.start();
    const recipient = await queue(clock.now());
    for (let i = 0; i < 100 && transport.delivered.every((m) => m.to !== recipient); i += 1) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await sender.stop();
    assert.ok(transport.delivered.some((m) => m.to === recipient));
    const later = await queue(clock.now());
    await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(
      transport.tries.every((m) => m.to !== later),
      'a stopped sender sends nothing',
    );
  });
});

describe('describeMailError', () => {
  it('keeps the code and reply, and cuts credentials out', () => {
    const text = describeMailError(
      Object.assign(new Error('Invalid login for smtp://bob:hunter2@mail.example.com'), {
        code: 'EAUTH',
        responseCode: 535,
      }),
    );
    assert.equal(text, 'EAUTH 535 Invalid login for smtp://[redacted]@mail.example.com');
  });
});
