import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { runLifecyclePolicy, type LifecycleRunResult } from '../../src/domain/lifecycle/run-lifecycle-policy.js';
import { BUILT_IN_PLANS } from '../../src/domain/tariff/tariff-plans.js';
import type { MailMessage, MailTransport } from '../../src/mail/transport.js';
import { TENANT_STATUSES, type TenantStatus } from '../../src/store/records.js';
import type { Store } from '../../src/store/store.js';
import type { TestServer } from './test-server.js';

/** One run of a test server's lifecycle policy, as its runner would make it (mail as the server sends it). */
export function runPolicy(server: TestServer, holder?: string): Promise<LifecycleRunResult | undefined> {
  return runLifecyclePolicy(server.ctx, { reminderMail: server.mailing.onDueReminder }, holder);
}

/** A mail transport that keeps every message (turns a test server's mail on without SMTP). */
export function recordingTransport(): MailTransport & { readonly sent: MailMessage[] } {
  const sent: MailMessage[] = [];
  return {
    sent,
    send: async (message) => {
      sent.push(message);
    },
    close: () => undefined,
  };
}

/**
 * The mail queued for a recipient from now on (the activation mail of a registration before it
 * left out), oldest first: what the owner is sent.
 */
export async function mailbox(
  store: Store,
  recipient: string,
): Promise<() => Promise<Array<{ readonly subject: string; readonly text: string }>>> {
  const skip = (await mailTo(store, recipient)).length;
  return async () => (await mailTo(store, recipient)).slice(skip);
}

/** The mail queued for a recipient, oldest first: what the owner is sent. */
export async function mailTo(
  store: Store,
  recipient: string,
): Promise<Array<{ readonly subject: string; readonly text: string }>> {
  const rows = await store.db
    .selectFrom('mail_outbox')
    .select(['subject', 'text_body'])
    .where('recipient', '=', recipient)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ subject: r.subject, text: r.text_body }));
}

/** Polls `check` until it holds (or throws after `timeoutMs`); resolves to its last value. */
export async function eventually<T>(
  check: () => Promise<T>,
  holds: (value: T) => boolean,
  timeoutMs = 60_000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (holds(value)) return value;
    if (Date.now() > until) throw new Error(`condition not met within ${timeoutMs} ms: ${JSON.stringify(value)}`);
    await sleep(50);
  }
}

/** What seeded portals are given. */
export interface SeedOptions {
  readonly prefix?: string;
  readonly status?: TenantStatus;
  readonly clientId?: string | null;
  readonly plan?: string;
  readonly created?: Date;
}

/**
 * Inserts `count` portals (tenant, owner, default-plan tariff) in batched multi-row inserts, as
 * bench/seed.ts does: thousands in seconds instead of thousands of registrations. Resolves to
 * their ids, in order.
 */
export async function seedPortals(store: Store, count: number, options: SeedOptions = {}): Promise<number[]> {
  const prefix = options.prefix ?? `seed${randomBytes(3).toString('hex')}`;
  const created = options.created ?? new Date();
  const status = TENANT_STATUSES.indexOf(options.status ?? 'Active');
  const plan = BUILT_IN_PLANS.find((p) => p.plan === (options.plan ?? 'default')) ?? BUILT_IN_PLANS[0];
  if (plan === undefined) throw new Error('no built-in plan');
  const ids: number[] = [];
  const BATCH = 500;
  for (let start = 0; start < count; start += BATCH) {
    const size = Math.min(BATCH, count - start);
    const names = Array.from({ length: size }, (_, i) => `${prefix}-${String(start + i).padStart(6, '0')}`);
    const owners = names.map(() => randomUUID());
    await store.transaction(async (tx) => {
      await tx
        .insertInto('tenants')
        .values(
          names.map((alias, i) => ({
            alias,
            alias_key: options.status === 'RemovePending' ? null : alias,
            name: alias,
            domain: `${alias}.localhost`,
            status,
            status_reason: null,
            created_at: created,
            status_changed_at: created,
            language: 'en-US',
            time_zone: 'UTC',
            owner_id: owners[i] ?? '',
            industry: 0,
            partner_id: null,
            affiliate_id: null,
            campaign: null,
            region: null,
            client_id: options.clientId ?? null,
          })),
        )
        .execute();
      const rows = await tx.selectFrom('tenants').select(['id', 'alias']).where('alias', 'in', names).execute();
      const idOf = new Map(rows.map((r) => [r.alias, Number(r.id)]));
      const batchIds = names.map((n) => idOf.get(n) ?? 0);
      await tx
        .insertInto('users')
        .values(
          names.map((alias, i) => ({
            id: owners[i] ?? '',
            tenant_id: batchIds[i] ?? 0,
            email: `owner@${alias}.example`,
            first_name: 'Seed',
            last_name: 'Owner',
            phone: null,
            password_hash: null,
            activated: 0,
            created_at: created,
          })),
        )
        .execute();
      await tx
        .insertInto('tariffs')
        .values(
          batchIds.map((id) => ({
            tenant_id: id,
            plan: plan.plan,
            active_users: plan.activeUsers,
            max_file_size: plan.maxFileSize,
            max_total_size: plan.maxTotalSize,
            features: plan.features,
            due_date: null,
            updated_at: created,
          })),
        )
        .execute();
      ids.push(...batchIds);
    });
  }
  return ids;
}
