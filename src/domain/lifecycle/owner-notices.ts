import type { TenantRecord, UserRecord } from '../../store/records.js';
import type { Db } from '../../store/store.js';
import type { UsageMetric } from './usage-thresholds.js';

/**
 * The owner's mails the lifecycle sends, queued (src/mail) in the transaction of the action that
 * causes them: a mail exists exactly when its action committed. Absent when mail is off.
 */

/** Queues the due-date reminder. */
export type DueReminderMailHook = (
  db: Db,
  reminder: {
    readonly tenant: TenantRecord;
    readonly owner: UserRecord;
    /** The tariff's plan. */
    readonly plan: string;
    readonly dueDate: Date;
    /** Whole days left until the due date. */
    readonly daysLeft: number;
  },
) => Promise<void>;

/** Queues the usage alert (only with USAGE_ALERT_MAIL). */
export type UsageAlertMailHook = (
  db: Db,
  alert: {
    readonly tenant: TenantRecord;
    readonly owner: UserRecord;
    readonly metric: UsageMetric;
    /** The threshold crossed, in percent. */
    readonly threshold: number;
    /** Bytes used (storage) or users (users). */
    readonly figure: number;
    /** The quota in bytes, or the users allowed. */
    readonly limit: number;
  },
) => Promise<void>;
